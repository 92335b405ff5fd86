import { describe, expect, it } from 'vitest';
import { csvField, detectDelimiter, parseCsv } from '../../src/main/core/catalog/csv';
import { decodeText } from '../../src/main/core/catalog/productFile';

describe('CSV reading', () => {
  it('keeps the starting line of records whose quoted fields span lines', () => {
    const text = 'a;b\r\n"çok\nsatırlı";2\r\n\r\nx;"y ""z"""\n';
    expect(parseCsv(text, ';')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['çok\nsatırlı', '2'] },
      { line: 5, fields: ['x', 'y "z"'] },
    ]);
  });

  it('reads a last record without a line break and empty trailing cells', () => {
    expect(parseCsv('a;;', ';')).toEqual([{ line: 1, fields: ['a', '', ''] }]);
  });

  it('picks the delimiter from the header, semicolon by default', () => {
    expect(detectDelimiter('Barkod;Ürün Adı;Fiyat\n1,2;3')).toBe(';');
    expect(detectDelimiter('Barkod\tÜrün Adı\tFiyat')).toBe('\t');
    expect(detectDelimiter('barcode,name,price')).toBe(',');
    expect(detectDelimiter('tek')).toBe(';');
  });

  it('quotes only what needs quoting, and reads it back', () => {
    const cells = ['düz', 'a;b', 'tırnak "içinde"', 'iki\nsatır'];
    const line = cells.map((cell) => csvField(cell, ';')).join(';');
    expect(line).toBe('düz;"a;b";"tırnak ""içinde""";"iki\nsatır"');
    expect(parseCsv(line, ';')[0]?.fields).toEqual(cells);
  });
});

describe('text decoding', () => {
  it('tells UTF-8 with and without BOM, UTF-16 and Windows-1254 apart', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xc5, 0x9f]))).toEqual({ text: 'ş', encoding: 'utf-8-bom' });
    expect(decodeText(new Uint8Array([0xc5, 0x9f]))).toEqual({ text: 'ş', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x5f, 0x01]))).toEqual({ text: 'ş', encoding: 'utf-16le' });
    expect(decodeText(new Uint8Array([0xfe, 0xdd, 0xf0]))).toEqual({ text: 'şİğ', encoding: 'windows-1254' });
  });
});
