import { describe, expect, it } from 'vitest';
import { withCheckDigit } from '../../src/shared/barcode/gtin';
import { MANAGER_TOKEN, openCatalog } from './catalogHarness';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bom = (text: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);

/** Windows-1254 bytes for the Turkish letters used here; ASCII passes through. */
function windows1254(text: string): Uint8Array {
  const table: Record<string, number> = { ş: 0xfe, Ş: 0xde, ı: 0xfd, İ: 0xdd, ğ: 0xf0, Ğ: 0xd0, ü: 0xfc, Ü: 0xdc, ö: 0xf6, Ö: 0xd6, ç: 0xe7, Ç: 0xc7 };
  return new Uint8Array([...text].map((char) => table[char] ?? char.charCodeAt(0)));
}

const A = withCheckDigit('869000000301');
const B = withCheckDigit('869000000302');
const C = withCheckDigit('869000000303');

const GOOD_CSV = [
  'Barkod;Ürün Adı;Birim;Fiyat;KDV;Kısım;PLU;Hızlı Tuş',
  `${A};Çay Şekeri 1 kg;adet;42,50;%1;;;1`,
  `="${B}";"Deterjan; Sıvı ""Yumuşak""";ADET;1.234,56;20;4;;`,
  `;Domates;kg;34,90;1;;7;`,
].join('\r\n');

describe('CSV import', () => {
  it('reads a Turkish Excel export with a BOM, quotes, decimal commas and formula-wrapped barcodes', async () => {
    const catalog = openCatalog();
    const preview = await catalog.preview('csv', 'urunler.csv', bom(GOOD_CSV));
    expect(preview).toMatchObject({ rows: 3, creates: 3, updates: 0, unchanged: 0, issueCount: 0, encoding: 'utf-8-bom' });
    expect(catalog.store.count()).toBe(0);

    expect(catalog.service.importConfirm(preview.importId, false, MANAGER_TOKEN)).toEqual({ created: 3, updated: 0, skipped: 0 });
    expect(catalog.service.lookup(B)).toMatchObject({ product: { name: 'Deterjan; Sıvı "Yumuşak"', priceKurus: 123456, vatRate: 2000, department: 4 } });
    expect(catalog.service.lookup(A)).toMatchObject({ product: { priceKurus: 4250, vatRate: 100, quickKey: 1, unit: 'C62' } });
    expect(catalog.store.byPlu(7)).toMatchObject({ name: 'Domates', unit: 'KGM', barcodes: [] });
    expect(catalog.audit.at(-1)).toMatchObject({ action: 'catalog.import', approverId: 'manager-1', subject: 'urunler.csv' });
    expect(catalog.changes).toEqual([{ reason: 'import', count: 3 }]);
  });

  it('reads Windows-1254 and plain UTF-8 alike', async () => {
    const text = `Barkod;Ürün Adı;Fiyat;KDV\n${A};Şişe Gazoz İçecek;19,50;20\n`;
    for (const [bytes, encoding] of [
      [windows1254(text), 'windows-1254'],
      [utf8(text), 'utf-8'],
    ] as const) {
      const catalog = openCatalog();
      const preview = await catalog.preview('csv', 'x.csv', bytes);
      expect(preview).toMatchObject({ creates: 1, issueCount: 0, encoding });
      catalog.service.importConfirm(preview.importId, false, MANAGER_TOKEN);
      expect(catalog.service.lookup(A)).toMatchObject({ product: { name: 'Şişe Gazoz İçecek' } });
    }
  });

  it('reports every bad row with its line, column and reason in both languages, and imports nothing', async () => {
    const catalog = openCatalog();
    const csv = [
      'Barkod;Ürün Adı;Birim;Fiyat;KDV;Kısım;PLU;Hızlı Tuş',
      `${A};Geçerli;adet;10,00;20;;;`,
      `8690000003019;Yanlış Kontrol;adet;10,00;20;;;`,
      `${C};;adet;10,00;20;;;`,
      `${withCheckDigit('869000000304')};Fiyatsız;adet;on lira;20;;;`,
      `${withCheckDigit('869000000305')};Eski KDV;adet;10,00;18;;;`,
      `${withCheckDigit('869000000306')};Birimsiz;koli-ish;10,00;20;;;`,
      `${A};Aynı Barkod;adet;10,00;20;;;`,
      `${withCheckDigit('869000000307')};Kısım harf;adet;10,00;20;A;;`,
    ].join('\n');
    const preview = await catalog.preview('csv', 'hatali.csv', utf8(csv));
    expect(preview.creates).toBe(1);
    expect(preview.issues.map((issue) => [issue.line, issue.column])).toEqual([
      [3, 'Barkod'],
      [4, 'Ürün Adı'],
      [5, 'Fiyat'],
      [6, 'KDV'],
      [7, 'Birim'],
      [8, 'Barkod'],
      [9, 'Kısım'],
    ]);
    expect(preview.issues[0]).toMatchObject({ message: expect.stringContaining('check digit'), messageTr: expect.stringContaining('kontrol hanesi') });
    expect(preview.issues[3]?.messageTr).toContain('yürürlükte değil');
    expect(preview.issues[5]).toMatchObject({ message: expect.stringContaining('line 2 of this file'), messageTr: expect.stringContaining('2. satırında') });

    expect(() => catalog.service.importConfirm(preview.importId, false, MANAGER_TOKEN)).toThrow(/7 row\(s\) of hatali.csv have errors/u);
    expect(catalog.store.count()).toBe(0);
    expect(catalog.service.importConfirm(preview.importId, true, MANAGER_TOKEN)).toEqual({ created: 1, updated: 0, skipped: 7 });
    expect(() => catalog.service.importConfirm(preview.importId, true, MANAGER_TOKEN)).toThrow(/expired or was already used/u);
  });

  it('names missing header columns', async () => {
    const catalog = openCatalog();
    const preview = await catalog.preview('csv', 'x.csv', utf8('Kod;Açıklama\n1;2\n'));
    expect(preview.issues).toEqual([expect.objectContaining({ line: 1, message: expect.stringContaining('Ürün Adı, Fiyat, KDV, Barkod') })]);
  });

  it('updates by barcode on re-import and counts unchanged rows', async () => {
    const catalog = openCatalog();
    const first = await catalog.preview('csv', 'a.csv', bom(GOOD_CSV));
    catalog.service.importConfirm(first.importId, false, MANAGER_TOKEN);
    const before = catalog.service.lookup(A);
    const changed = GOOD_CSV.replace('42,50', '44,90');
    const second = await catalog.preview('csv', 'b.csv', bom(changed));
    expect(second).toMatchObject({ creates: 0, updates: 1, unchanged: 2 });
    expect(catalog.service.importConfirm(second.importId, false, MANAGER_TOKEN)).toEqual({ created: 0, updated: 1, skipped: 0 });
    const after = catalog.service.lookup(A);
    expect(after).toMatchObject({ product: { priceKurus: 4490 } });
    if (before.kind === 'product' && after.kind === 'product') expect(after.product.id).toBe(before.product.id);
    expect(catalog.store.count()).toBe(3);
  });

  it('refuses to confirm without a manager', async () => {
    const catalog = openCatalog();
    const preview = await catalog.preview('csv', 'a.csv', bom(GOOD_CSV));
    expect(() => catalog.service.importConfirm(preview.importId, false, undefined)).toThrow(/manager/u);
    expect(catalog.store.count()).toBe(0);
  });
});

describe('JSON import and export', () => {
  it('reports bad items with field paths in both languages', async () => {
    const catalog = openCatalog();
    const json = JSON.stringify([
      { name: 'Su 500 ml', barcodes: [A], priceKurus: 800, vatRate: 100 },
      { name: '', barcodes: [B], priceKurus: 800, vatRate: 100 },
      { name: 'Kola', barcodes: [C], priceKurus: '32,50', vatRate: 2000 },
    ]);
    const preview = await catalog.preview('json', 'urunler.json', utf8(json));
    expect(preview.creates).toBe(1);
    expect(preview.issues.map((issue) => [issue.line, issue.column])).toEqual([
      [2, 'name'],
      [3, 'priceKurus'],
    ]);
    expect(preview.issues[1]?.messageTr).toMatch(/3\. kayıt, "priceKurus": .*bir sayı olmalı/u);
    expect((await catalog.preview('json', 'x.json', utf8('{"not":"a list"}'))).issues[0]?.messageTr).toContain('ürün listesi');
    expect((await catalog.preview('json', 'x.json', utf8('[{'))).issues[0]?.message).toContain('not valid JSON');
  });

  it.each(['csv', 'json'] as const)('exports %s that imports back with no change', async (format) => {
    const catalog = openCatalog();
    catalog.seedTrainingCatalog();
    const exported = catalog.service.export(format);
    expect(exported.fileName).toMatch(new RegExp(`^urunler-2026-01-15\\.${format}$`, 'u'));
    const bytes = Buffer.from(exported.contentBase64, 'base64');
    if (format === 'csv') expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const preview = await catalog.preview(format, exported.fileName, bytes);
    expect(preview).toMatchObject({ creates: 0, updates: 0, unchanged: catalog.store.count(), issueCount: 0 });
  });
});
