import { createReadStream } from 'node:fs';
import { TextDecoder } from 'node:util';

/** Excel writes UTF-8 with a BOM, UTF-16 for "Unicode text", and Windows-1254 for plain "CSV" on Turkish Windows. */
export type FileEncoding = 'utf-8-bom' | 'utf-16le' | 'utf-8' | 'windows-1254';

/** A file read as UTF-8 (it had no BOM) holds a byte sequence UTF-8 does not allow. */
class NotUtf8 extends Error {}

/**
 * Turns a file's bytes into text piece by piece. The first bytes decide: a UTF-8 or
 * UTF-16LE byte-order mark, else UTF-8, and a file that turns out not to be UTF-8 is
 * Windows-1254 (`decode` throws `NotUtf8`; the reader starts over with that encoding).
 */
export class FileTextDecoder {
  #encoding: FileEncoding | null;
  #decoder: TextDecoder | null = null;
  /** Bytes held back until there are enough to see a byte-order mark. */
  #head: Uint8Array | null = new Uint8Array(0);

  constructor(encoding?: FileEncoding) {
    this.#encoding = encoding ?? null;
  }

  /** Known once the first bytes are in. */
  get encoding(): FileEncoding | null {
    return this.#encoding;
  }

  decode(bytes: Uint8Array): string {
    if (this.#head !== null) {
      const head = this.#head.length === 0 ? bytes : Buffer.concat([this.#head, bytes]);
      if (head.length < 3) {
        this.#head = head;
        return '';
      }
      this.#head = null;
      return this.#run(this.#start(head), true);
    }
    return this.#run(bytes, true);
  }

  end(): string {
    if (this.#head !== null) {
      const head = this.#head;
      this.#head = null;
      return this.#run(this.#start(head), false);
    }
    return this.#run(new Uint8Array(0), false);
  }

  #start(head: Uint8Array): Uint8Array {
    if (this.#encoding === null) {
      if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) this.#encoding = 'utf-8-bom';
      else if (head[0] === 0xff && head[1] === 0xfe) this.#encoding = 'utf-16le';
      else this.#encoding = 'utf-8';
    }
    // The decoders drop a byte-order mark themselves; an unmarked file must be UTF-8 throughout.
    this.#decoder =
      this.#encoding === 'utf-8-bom'
        ? new TextDecoder('utf-8')
        : this.#encoding === 'utf-16le'
          ? new TextDecoder('utf-16le')
          : this.#encoding === 'utf-8'
            ? new TextDecoder('utf-8', { fatal: true })
            : new TextDecoder('windows-1254');
    return head;
  }

  #run(bytes: Uint8Array, stream: boolean): string {
    if (this.#decoder === null) return '';
    try {
      return this.#decoder.decode(bytes, { stream });
    } catch (error) {
      if (this.#encoding === 'utf-8') throw new NotUtf8();
      throw error;
    }
  }
}

/** Pieces of this size keep memory flat and let other work run between them. */
const PIECE_BYTES = 256 * 1024;

export interface TextReader {
  /** Decoded text of the next piece, and the bytes read so far. */
  piece(text: string, bytesRead: number): void;
  /** The last of the text, once the file is read to its end. */
  end(text: string, bytesRead: number): void;
  /** What came so far is void: the file is read again from the start as Windows-1254. */
  restart(): void;
}

/**
 * Reads a file as text in pieces, waiting for each (other work runs meanwhile); answers
 * the encoding it was read with. An exception from the reader stops the reading.
 */
export async function readFileText(path: string, reader: TextReader): Promise<FileEncoding> {
  let forced: FileEncoding | undefined;
  for (;;) {
    const decoder = new FileTextDecoder(forced);
    const stream = createReadStream(path, { highWaterMark: PIECE_BYTES });
    let bytesRead = 0;
    try {
      for await (const piece of stream as AsyncIterable<Buffer>) {
        bytesRead += piece.length;
        reader.piece(decoder.decode(piece), bytesRead);
      }
      reader.end(decoder.end(), bytesRead);
      return decoder.encoding ?? 'utf-8';
    } catch (error) {
      if (!(error instanceof NotUtf8)) throw error;
      forced = 'windows-1254';
      reader.restart();
    } finally {
      stream.destroy();
    }
  }
}
