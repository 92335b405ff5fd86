/**
 * Delimited text as Excel writes it: quoted fields with doubled quotes, line breaks
 * inside quotes, CRLF or LF. Each record keeps the line it starts on, for messages.
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

export function parseCsv(text: string, delimiter: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };
  while (i < text.length) {
    const char = text[i];
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 1;
        } else {
          quoted = false;
        }
      } else {
        if (char === '\n') line += 1;
        field += char;
      }
    } else if (char === '"' && field === '') {
      quoted = true;
    } else if (char === delimiter) {
      fields.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else {
      field += char;
    }
    i += 1;
  }
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}

/** One field, quoted only when it has to be. */
export function csvField(value: string, delimiter: string): string {
  return value.includes(delimiter) || /["\r\n]/u.test(value) ? `"${value.replace(/"/gu, '""')}"` : value;
}
