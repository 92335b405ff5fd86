import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { ImportFile } from '../../../shared/contract/catalog';
import { AppFailure } from '../failure';
import type { Clock } from '../ports';

/** Larger than any price list (a million products is about 60 MB of CSV), smaller than a full disk. */
export const MAX_UPLOAD_BYTES = 1024 * 1024 * 1024;
const HANDLE_TTL_MS = 30 * 60_000;
const MAX_HELD = 4;

/** A file main holds for one dry run. */
export interface HeldFile extends ImportFile {
  path: string;
  /** An upload main wrote itself, deleted once used; a chosen file is the user's and stays. */
  owned: boolean;
  heldAt: number;
}

const formatOf = (fileName: string): 'csv' | 'json' => (fileName.toLowerCase().endsWith('.json') ? 'json' : 'csv');

const noSuchFile = () =>
  new AppFailure(
    'catalog.no-such-file',
    'This file is no longer held for import (it was already checked, or it expired). Choose it again.',
    'Bu dosya içe aktarma için artık tutulmuyor (zaten kontrol edildi ya da süresi doldu). Dosyayı yeniden seçin.',
  );

/**
 * The files an import may read, each behind a random single-use handle: the renderer
 * names a file only by a handle main gave it, so it can never make main read a path
 * of its choosing. Uploads are written under `dir`, which is emptied at start.
 */
export class ImportFiles {
  readonly #dir: string;
  readonly #clock: Clock;
  readonly #held = new Map<string, HeldFile>();

  constructor(dir: string, clock: Clock) {
    this.#dir = dir;
    this.#clock = clock;
    rmSync(dir, { recursive: true, force: true });
  }

  /** A file the user chose in main's own dialog. */
  async adopt(path: string): Promise<ImportFile> {
    const info = await stat(path).catch(() => null);
    if (info === null || !info.isFile()) {
      throw new AppFailure('catalog.file-unreadable', `${basename(path)} cannot be read as a file.`, `${basename(path)} bir dosya olarak okunamıyor.`);
    }
    return this.#hold({ path, fileName: basename(path), sizeBytes: info.size, owned: false });
  }

  /** A file streamed to main (the web harness's upload), written to disk as it arrives. */
  async receive(fileName: string, body: Iterable<Uint8Array> | AsyncIterable<Uint8Array>): Promise<ImportFile> {
    mkdirSync(this.#dir, { recursive: true });
    const path = join(this.#dir, `${randomBytes(16).toString('hex')}.upload`);
    let size = 0;
    try {
      await pipeline(
        body,
        async function* limit(source: Iterable<Uint8Array> | AsyncIterable<Uint8Array>) {
          for await (const chunk of source) {
            size += chunk.length;
            if (size > MAX_UPLOAD_BYTES) {
              throw new AppFailure(
                'catalog.file-too-large',
                `The file is larger than ${MAX_UPLOAD_BYTES / 1024 ** 3} GB; split it into smaller files.`,
                `Dosya ${MAX_UPLOAD_BYTES / 1024 ** 3} GB'tan büyük; daha küçük dosyalara bölün.`,
              );
            }
            yield chunk;
          }
        },
        createWriteStream(path, { flags: 'wx' }),
      );
    } catch (error) {
      rmSync(path, { force: true });
      throw error;
    }
    return this.#hold({ path, fileName: basename(fileName.replaceAll('\\', '/')) || 'dosya', sizeBytes: size, owned: true });
  }

  /** The file behind a handle, which is used up by this. */
  take(handle: string): HeldFile {
    this.#forgetStale();
    const file = this.#held.get(handle);
    if (file === undefined) throw noSuchFile();
    this.#held.delete(handle);
    return file;
  }

  /** Done with a taken file: an upload is deleted. */
  release(file: HeldFile): void {
    if (file.owned) rmSync(file.path, { force: true });
  }

  #hold(file: Omit<HeldFile, 'fileHandle' | 'format' | 'heldAt'>): ImportFile {
    this.#forgetStale();
    while (this.#held.size >= MAX_HELD) {
      const [oldest] = this.#held.values();
      if (oldest === undefined) break;
      this.#held.delete(oldest.fileHandle);
      this.release(oldest);
    }
    const held: HeldFile = { ...file, fileHandle: randomBytes(16).toString('hex'), format: formatOf(file.fileName), heldAt: this.#clock.now() };
    this.#held.set(held.fileHandle, held);
    return { fileHandle: held.fileHandle, fileName: held.fileName, sizeBytes: held.sizeBytes, format: held.format };
  }

  #forgetStale(): void {
    const now = this.#clock.now();
    for (const file of [...this.#held.values()]) {
      if (now - file.heldAt > HANDLE_TTL_MS) {
        this.#held.delete(file.fileHandle);
        this.release(file);
      }
    }
  }
}
