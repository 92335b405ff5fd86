import { errorMessage } from '../../../shared/errorMessage';

/** The text is not a JSON array, or not JSON at all; `reason` says where it went wrong. */
export class JsonListProblem extends Error {
  constructor(
    readonly kind: 'not-a-list' | 'invalid',
    readonly reason: string,
  ) {
    super(reason);
  }
}

type State = 'start' | 'item-or-close' | 'item' | 'in-item' | 'comma-or-close' | 'done';

const isSpace = (code: number): boolean => code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;

/**
 * Splits a top-level JSON array pushed in pieces into its items, each parsed on its
 * own, so a file of any length is read with one piece and one item in memory.
 */
export class JsonArraySplitter {
  #buffer = '';
  /** Where scanning resumes in the buffer. */
  #at = 0;
  #state: State = 'start';
  /** Where the item being read starts in the buffer. */
  #itemStart = 0;
  #depth = 0;
  #inString = false;
  #items = 0;

  push(text: string): unknown[] {
    this.#buffer = this.#buffer === '' ? text : this.#buffer + text;
    const items = this.#scan(false);
    const keep = this.#state === 'in-item' ? this.#itemStart : this.#at;
    this.#buffer = this.#buffer.slice(keep);
    this.#at -= keep;
    this.#itemStart -= keep;
    return items;
  }

  end(): unknown[] {
    const items = this.#scan(true);
    if (this.#state !== 'done') throw new JsonListProblem('invalid', 'Unexpected end of JSON input');
    return items;
  }

  #scan(final: boolean): unknown[] {
    const text = this.#buffer;
    const items: unknown[] = [];
    let i = this.#at;
    while (i < text.length) {
      const code = text.charCodeAt(i);
      switch (this.#state) {
        case 'start':
          if (isSpace(code)) break;
          if (code !== 0x5b) throw new JsonListProblem('not-a-list', 'not a list');
          this.#state = 'item-or-close';
          break;
        case 'item-or-close':
        case 'item':
          if (isSpace(code)) break;
          if (code === 0x5d && this.#state === 'item-or-close') {
            this.#state = 'done';
            break;
          }
          this.#state = 'in-item';
          this.#itemStart = i;
          this.#depth = 0;
          this.#inString = false;
          continue;
        case 'in-item': {
          if (this.#inString) {
            const close = text.indexOf('"', i);
            if (close === -1) {
              i = text.length;
              continue;
            }
            let slashes = 0;
            while (text.charCodeAt(close - 1 - slashes) === 0x5c) slashes += 1;
            if (slashes % 2 === 0) this.#inString = false;
            i = close + 1;
            continue;
          }
          if (code === 0x22) {
            this.#inString = true;
          } else if (code === 0x7b || code === 0x5b) {
            this.#depth += 1;
          } else if ((code === 0x7d || code === 0x5d) && this.#depth > 0) {
            this.#depth -= 1;
            if (this.#depth === 0) {
              items.push(this.#parse(text.slice(this.#itemStart, i + 1)));
              this.#state = 'comma-or-close';
            }
          } else if (this.#depth === 0 && (code === 0x2c || code === 0x5d || isSpace(code))) {
            // A bare value (number, true, null…) ends where the list goes on.
            items.push(this.#parse(text.slice(this.#itemStart, i)));
            this.#state = 'comma-or-close';
            continue;
          }
          break;
        }
        case 'comma-or-close':
          if (isSpace(code)) break;
          if (code === 0x2c) this.#state = 'item';
          else if (code === 0x5d) this.#state = 'done';
          else throw this.#invalid(`Unexpected character "${text[i] ?? ''}" after item ${this.#items}`);
          break;
        case 'done':
          if (!isSpace(code)) throw this.#invalid(`Unexpected "${text[i] ?? ''}" after the end of the list`);
          break;
      }
      i += 1;
    }
    if (final && this.#state === 'in-item' && this.#depth === 0 && !this.#inString) {
      items.push(this.#parse(text.slice(this.#itemStart)));
      this.#state = 'comma-or-close';
    }
    this.#at = i;
    return items;
  }

  #parse(text: string): unknown {
    this.#items += 1;
    try {
      return JSON.parse(text);
    } catch (error) {
      throw this.#invalid(`item ${this.#items}: ${errorMessage(error)}`);
    }
  }

  #invalid(reason: string): JsonListProblem {
    return new JsonListProblem('invalid', reason);
  }
}
