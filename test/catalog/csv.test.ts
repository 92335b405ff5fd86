import { describe, expect, it } from 'vitest';
import type { CsvRecord } from '../../src/main/core/catalog/csv';
import { CsvSplitter, csvField, detectDelimiter } from '../../src/main/core/catalog/csv';
import type { FileEncoding } from '../../src/main/core/catalog/fileText';
import { FileTextDecoder } from '../../src/main/core/catalog/fileText';
import { JsonArraySplitter } from '../../src/main/core/catalog/jsonItems';

/** Splits `text` pushed in pieces of `size` characters (all at once when 0). */
function split(text: string, size = 0, delimiter?: string): CsvRecord[] {
  const splitter = new CsvSplitter(delimiter);
  const records: CsvRecord[] = [];
  const step = size === 0 ? Math.max(1, text.length) : size;
  for (let at = 0; at < text.length; at += step) records.push(...splitter.push(text.slice(at, at + step)));
  return [...records, ...splitter.end()];
}

const PIECE_SIZES = [0, 1, 2, 3, 5, 7];

describe('CSV reading', () => {
  it('keeps the starting line of records whose quoted fields span lines, however the text arrives', () => {
    const text = 'a;b\r\n"çok\nsatırlı";2\r\n\r\nx;"y ""z"""\n';
    for (const size of PIECE_SIZES) {
      expect(split(text, size, ';')).toEqual([
        { line: 1, fields: ['a', 'b'] },
        { line: 2, fields: ['çok\nsatırlı', '2'] },
        { line: 5, fields: ['x', 'y "z"'] },
      ]);
    }
  });

  it('reads a last record without a line break and empty trailing cells', () => {
    for (const size of PIECE_SIZES) expect(split('a;;', size, ';')).toEqual([{ line: 1, fields: ['a', '', ''] }]);
  });

  it('ends records at CR alone (old Mac Excel) and keeps a quote inside a field literal', () => {
    for (const size of PIECE_SIZES) {
      expect(split('a;b\rc;d"e\r\rf;"g\rh"\r', size, ';')).toEqual([
        { line: 1, fields: ['a', 'b'] },
        { line: 2, fields: ['c', 'd"e'] },
        { line: 4, fields: ['f', 'g\rh'] },
      ]);
    }
  });

  it('runs an unclosed quote to the end of the file', () => {
    expect(split('a;"b\nc', 0, ';')).toEqual([{ line: 1, fields: ['a', 'b\nc'] }]);
  });

  it('picks the delimiter from the header, semicolon by default', () => {
    expect(detectDelimiter('Barkod;Ürün Adı;Fiyat\n1,2;3')).toBe(';');
    expect(detectDelimiter('Barkod\tÜrün Adı\tFiyat')).toBe('\t');
    expect(detectDelimiter('barcode,name,price')).toBe(',');
    expect(detectDelimiter('tek')).toBe(';');
    for (const size of PIECE_SIZES) expect(split('barcode,name\n1,"a,b"\n', size)).toEqual([
      { line: 1, fields: ['barcode', 'name'] },
      { line: 2, fields: ['1', 'a,b'] },
    ]);
  });

  it('quotes only what needs quoting, and reads it back', () => {
    const cells = ['düz', 'a;b', 'tırnak "içinde"', 'iki\nsatır'];
    const line = cells.map((cell) => csvField(cell, ';')).join(';');
    expect(line).toBe('düz;"a;b";"tırnak ""içinde""";"iki\nsatır"');
    expect(split(line, 0, ';')[0]?.fields).toEqual(cells);
  });
});

/** Decodes `bytes` fed in pieces of `size` bytes (all at once when 0). */
function decode(bytes: number[], size = 0, forced?: FileEncoding): { text: string; encoding: FileEncoding | null } {
  const decoder = new FileTextDecoder(forced);
  const data = new Uint8Array(bytes);
  const step = size === 0 ? Math.max(1, data.length) : size;
  let text = '';
  for (let at = 0; at < data.length; at += step) text += decoder.decode(data.subarray(at, at + step));
  text += decoder.end();
  return { text, encoding: decoder.encoding };
}

describe('text decoding', () => {
  it('tells UTF-8 with and without BOM, UTF-16 and Windows-1254 apart, in pieces of any size', () => {
    for (const size of [0, 1, 2]) {
      expect(decode([0xef, 0xbb, 0xbf, 0xc5, 0x9f], size)).toEqual({ text: 'ş', encoding: 'utf-8-bom' });
      expect(decode([0xc5, 0x9f], size)).toEqual({ text: 'ş', encoding: 'utf-8' });
      expect(decode([0xff, 0xfe, 0x5f, 0x01], size)).toEqual({ text: 'ş', encoding: 'utf-16le' });
      expect(decode([0xfe, 0xdd, 0xf0], size, 'windows-1254')).toEqual({ text: 'şİğ', encoding: 'windows-1254' });
    }
    expect(decode([])).toEqual({ text: '', encoding: 'utf-8' });
  });

  it('gives up on UTF-8 at the first byte UTF-8 does not allow, so the reader can start over', () => {
    expect(() => decode([0x61, 0x62, 0x63, 0xfe, 0xdd])).toThrow();
    expect(() => decode([0x61, 0x62, 0x63, 0xfe, 0xdd], 1)).toThrow();
  });
});

describe('JSON list splitting', () => {
  const items = (text: string, size = 0): unknown[] => {
    const splitter = new JsonArraySplitter();
    const found: unknown[] = [];
    const step = size === 0 ? Math.max(1, text.length) : size;
    for (let at = 0; at < text.length; at += step) found.push(...splitter.push(text.slice(at, at + step)));
    return [...found, ...splitter.end()];
  };

  it('hands on each item of a list, nested values, strings with brackets and escapes included', () => {
    const list = [{ name: 'a ] } [ {', barcodes: ['1', '2'] }, { name: 'tırnak \\" ve \\\\', nested: { deep: [1, [2]] } }, 3, 'x', null, true];
    const text = ` \n${JSON.stringify(list, null, 2)}\n `;
    for (const size of [0, 1, 3, 16]) expect(items(text, size)).toEqual(list);
    expect(items('[]')).toEqual([]);
    expect(items('[ 1 , 2 ]')).toEqual([1, 2]);
  });

  it('tells a file that is not a list from one that is not JSON', () => {
    expect(() => items('{"not":"a list"}')).toThrow(expect.objectContaining({ kind: 'not-a-list' }));
    for (const bad of ['[{', '', '[1,]', '[1 2]', '[1] x', '[{"a":}]']) expect(() => items(bad)).toThrow(expect.objectContaining({ kind: 'invalid' }));
  });
});
