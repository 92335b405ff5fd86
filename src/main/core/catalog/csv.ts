/**
 * Delimited text as Excel writes it: quoted fields with doubled quotes, line breaks
 * inside quotes, CRLF, LF or CR. Each record keeps the line it starts on, for messages.
 */
export interface CsvRecord {
  line: number;
  fields: string[];
}

const DELIMITERS = [';', '\t', ','] as const;

/** Turkish Excel writes `;`; a file with more tabs or commas than semicolons in its header is read with those. */
export function detectDelimiter(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/u));
  const counts = DELIMITERS.map((delimiter) => header.split(delimiter).length - 1);
  const best = Math.max(...counts);
  return best === 0 ? ';' : (DELIMITERS[counts.indexOf(best)] ?? ';');
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

interface Scanned {
  fields: string[];
  /** Where the next record starts. */
  next: number;
  /** Line breaks consumed, the record's own end included. */
  breaks: number;
}

/**
 * Splits text pushed in pieces (as a read stream decodes it) into records, so a file
 * of any size is read with one piece and one record in memory. Lines without quotes
 * take a fast path (one `indexOf` and one `split`); the rest go through the quoting
 * rules character by character.
 */
export class CsvSplitter {
  #delimiter: string | null;
  #buffer = '';
  #line = 1;

  /** Leave the delimiter out to pick it from the header line (`detectDelimiter`). */
  constructor(delimiter?: string) {
    this.#delimiter = delimiter ?? null;
  }

  get delimiter(): string | null {
    return this.#delimiter;
  }

  push(text: string): CsvRecord[] {
    this.#buffer = this.#buffer === '' ? text : this.#buffer + text;
    return this.#drain(false);
  }

  /** The records still held: a last line without a line break, or an unclosed quote running to the end. */
  end(): CsvRecord[] {
    return this.#drain(true);
  }

  #drain(final: boolean): CsvRecord[] {
    const text = this.#buffer;
    if (this.#delimiter === null) {
      if (!final && text.search(/[\r\n]/u) === -1) return [];
      this.#delimiter = detectDelimiter(text);
    }
    const delimiter = this.#delimiter;
    const records: CsvRecord[] = [];
    let start = 0;
    // Where the next quote and CR are, found once and again only when passed, so a piece is scanned once.
    let quote = -1;
    let carriage = -1;
    while (start < text.length) {
      const newline = text.indexOf('\n', start);
      const end = newline === -1 ? text.length : newline;
      if (quote !== Infinity && quote < start) quote = positionOf(text, '"', start);
      if (carriage !== Infinity && carriage < start) carriage = positionOf(text, '\r', start);
      const simple = quote >= end && carriage >= end - 1;
      if (simple && newline !== -1) {
        const body = text.charCodeAt(end - 1) === CR ? text.slice(start, end - 1) : text.slice(start, end);
        if (body !== '') records.push({ line: this.#line, fields: body.split(delimiter) });
        this.#line += 1;
        start = end + 1;
        continue;
      }
      const scanned = scanRecord(text, start, delimiter, final);
      if (scanned === null) break;
      const [only] = scanned.fields;
      if (!(scanned.fields.length === 1 && only === '')) records.push({ line: this.#line, fields: scanned.fields });
      this.#line += scanned.breaks;
      start = scanned.next;
    }
    this.#buffer = text.slice(start);
    return records;
  }
}

function positionOf(text: string, search: string, from: number): number {
  const at = text.indexOf(search, from);
  return at === -1 ? Infinity : at;
}

/**
 * One record from `start` by the quoting rules; null when the text ends inside it and
 * more may come. At the very end an open quote runs to the end of the text.
 */
function scanRecord(text: string, start: number, delimiter: string, final: boolean): Scanned | null {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  let breaks = 0;
  let i = start;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (quoted) {
      if (code === QUOTE) {
        if (i + 1 >= text.length && !final) return null;
        if (text.charCodeAt(i + 1) === QUOTE) {
          field += '"';
          i += 2;
        } else {
          quoted = false;
          i += 1;
        }
        continue;
      }
      const close = text.indexOf('"', i);
      const run = close === -1 ? text.slice(i) : text.slice(i, close);
      for (let at = run.indexOf('\n'); at !== -1; at = run.indexOf('\n', at + 1)) breaks += 1;
      field += run;
      if (close === -1) {
        if (!final) return null;
        i = text.length;
      } else {
        i = close;
      }
    } else if (code === QUOTE && field === '') {
      quoted = true;
      i += 1;
    } else if (text.startsWith(delimiter, i)) {
      fields.push(field);
      field = '';
      i += delimiter.length;
    } else if (code === LF || code === CR) {
      if (code === CR && i + 1 >= text.length && !final) return null;
      const next = code === CR && text.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
      fields.push(field);
      return { fields, next, breaks: breaks + 1 };
    } else {
      field += text[i];
      i += 1;
    }
  }
  if (!final) return null;
  fields.push(field);
  return { fields, next: text.length, breaks };
}

/** One field, quoted only when it has to be. */
export function csvField(value: string, delimiter: string): string {
  return value.includes(delimiter) || /["\r\n]/u.test(value) ? `"${value.replace(/"/gu, '""')}"` : value;
}
