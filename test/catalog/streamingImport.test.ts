import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withCheckDigit } from '../../src/shared/barcode/gtin';
import { startTestCore } from '../helpers/core';
import { tempDir } from '../helpers/tmp';
import { MANAGER_TOKEN, openCatalog, productInput } from './catalogHarness';

const utf8 = (text: string) => new TextEncoder().encode(text);
const barcode = (index: number) => withCheckDigit(`869${String(index).padStart(9, '0')}`);
const HEADER = 'Barkod;Ürün Adı;Birim;Fiyat;KDV';

/** Windows-1254 bytes for the Turkish letters used here; ASCII passes through. */
function windows1254(text: string): Uint8Array {
  const table: Record<string, number> = { ş: 0xfe, Ş: 0xde, ı: 0xfd, İ: 0xdd, ğ: 0xf0, Ğ: 0xd0, ü: 0xfc, Ü: 0xdc, ö: 0xf6, Ö: 0xd6, ç: 0xe7, Ç: 0xc7 };
  return new Uint8Array([...text].map((char) => table[char] ?? char.charCodeAt(0)));
}

/** `count` good rows (line n + 1 holds product n), a multi-line quoted name among them. */
function rows(count: number, name = (index: number) => `Ürün ${index} Çikolatalı`): string[] {
  return Array.from({ length: count }, (_, offset) => {
    const index = offset + 1;
    return index === 7 ? `${barcode(index)};"İki ""satırlı""\nad";adet;1,50;20` : `${barcode(index)};${name(index)};adet;${index % 1000},25;20`;
  });
}

const tempTables = (catalog: ReturnType<typeof openCatalog>) =>
  catalog.db.prepare("SELECT name FROM sqlite_temp_master WHERE type = 'table'").all().length;

describe('streaming import', () => {
  it('reads a file of many pieces in one pass, lists every bad row, reports progress and writes it all', async () => {
    const catalog = openCatalog();
    const lines = rows(30_000);
    // Bad rows at known places, some of them far into the file (several pieces in).
    lines[99] = `${barcode(100)};;adet;1,00;20`;
    lines[20_000] = `${barcode(20_001)};Eski KDV;adet;1,00;18`;
    lines[29_998] = `${barcode(5)};Aynı barkod;adet;1,00;20`;
    const text = `\ufeff${HEADER}\r\n${lines.join('\r\n')}\r\n`;
    expect(text.length).toBeGreaterThan(3 * 256 * 1024);

    const preview = await catalog.preview('csv', 'buyuk.csv', utf8(text));
    // The quoted name spans two lines, so every later row sits one line further down.
    expect(preview).toMatchObject({ rows: 30_000, creates: 29_997, updates: 0, unchanged: 0, issueCount: 3, encoding: 'utf-8-bom' });
    expect(preview.issues.map((issue) => [issue.line, issue.column])).toEqual([
      [102, 'Ürün Adı'],
      [20_003, 'KDV'],
      [30_001, 'Barkod'],
    ]);
    expect(preview.issues[2]).toMatchObject({ message: expect.stringContaining('line 6 of this file'), messageTr: expect.stringContaining('6. satırında') });
    expect(catalog.store.count()).toBe(0);

    const checking = catalog.progress.filter((step) => step.phase === 'checking');
    expect(checking.length).toBeGreaterThan(1);
    expect(checking.map((step) => step.bytesDone)).toEqual([...checking.map((step) => step.bytesDone)].sort((a, b) => a - b));
    expect(catalog.progress.at(-1)).toMatchObject({ phase: 'done', fileName: 'buyuk.csv', rowsDone: 30_000, bytesDone: utf8(text).length, totalBytes: utf8(text).length });

    expect(catalog.service.importConfirm(preview.importId, true, MANAGER_TOKEN)).toEqual({ created: 29_997, updated: 0, skipped: 3 });
    expect(catalog.progress.slice(-2).map((step) => step.phase)).toEqual(['writing', 'done']);
    expect(catalog.store.count()).toBe(29_997);
    expect(catalog.service.lookup(barcode(7))).toMatchObject({ product: { name: 'İki "satırlı"\nad', priceKurus: 150 } });
    expect(catalog.service.lookup(barcode(29_998))).toMatchObject({ product: { name: 'Ürün 29998 Çikolatalı', priceKurus: 99_825, vatRate: 2000 } });
    expect(catalog.service.search('cikolatali 29998', 5).map((product) => product.barcodes[0])).toEqual([barcode(29_998)]);
    expect(catalog.service.lookup(barcode(100))).toMatchObject({ kind: 'unknown' });
    expect(tempTables(catalog)).toBe(0);
  });

  it('starts over as Windows-1254 when the first non-UTF-8 byte comes pieces into the file', async () => {
    const catalog = openCatalog();
    const lines = rows(12_000, (index) => `Urun ${index}`);
    lines[11_000] = `${barcode(11_001)};Şişe Gazoz İçecek;adet;19,50;20`;
    const bytes = windows1254(`${HEADER}\r\n${lines.join('\r\n')}\r\n`);
    expect(bytes.indexOf(0xde)).toBeGreaterThan(256 * 1024);

    const preview = await catalog.preview('csv', 'eski-excel.csv', bytes);
    expect(preview).toMatchObject({ rows: 12_000, creates: 12_000, issueCount: 0, encoding: 'windows-1254' });
    catalog.service.importConfirm(preview.importId, false, MANAGER_TOKEN);
    expect(catalog.store.count()).toBe(12_000);
    expect(catalog.service.lookup(barcode(11_001))).toMatchObject({ product: { name: 'Şişe Gazoz İçecek' } });
  });

  it('reads UTF-16 "Unicode text" from Excel, tab-separated, across pieces', async () => {
    const catalog = openCatalog();
    const lines = rows(5_000).map((line) => line.replaceAll(';', '\t'));
    const text = `${HEADER.replaceAll(';', '\t')}\r\n${lines.join('\r\n')}\r\n`;
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(bytes.length).toBeGreaterThan(256 * 1024);
    const preview = await catalog.preview('csv', 'unicode.txt', bytes);
    expect(preview).toMatchObject({ rows: 5_000, creates: 5_000, issueCount: 0, encoding: 'utf-16le' });
    catalog.service.importConfirm(preview.importId, false, MANAGER_TOKEN);
    expect(catalog.service.lookup(barcode(4_321))).toMatchObject({ product: { name: 'Ürün 4321 Çikolatalı' } });
  });

  it('streams a long JSON list, lists bad items, and voids everything when the list breaks off', async () => {
    const catalog = openCatalog();
    const items = Array.from({ length: 8_000 }, (_, offset) => ({ name: `Ürün ${offset + 1}`, barcodes: [barcode(offset + 1)], priceKurus: 100 + offset, vatRate: 2000 }));
    const json = JSON.stringify([...items.slice(0, 6_000), { name: 'Fiyatı yazı', barcodes: [barcode(9_001)], priceKurus: '1,00', vatRate: 2000 }, ...items.slice(6_000)], null, 2);
    expect(json.length).toBeGreaterThan(256 * 1024);
    const preview = await catalog.preview('json', 'urunler.json', utf8(json));
    expect(preview).toMatchObject({ rows: 8_001, creates: 8_000, issueCount: 1, issues: [expect.objectContaining({ line: 6_001, column: 'priceKurus' })] });

    const cut = await catalog.preview('json', 'yarim.json', utf8(json.slice(0, 300_000)));
    expect(cut).toMatchObject({ rows: 1, creates: 0, issueCount: 1, issues: [expect.objectContaining({ line: 1, message: expect.stringContaining('not valid JSON') })] });
    expect(() => catalog.service.importConfirm(cut.importId, true, MANAGER_TOKEN)).not.toThrow();
    expect(catalog.store.count()).toBe(0);
  });

  it('replaces an updated product’s barcodes and search entry, and refuses a product on two lines', async () => {
    const catalog = openCatalog();
    const kept = catalog.service.upsert(productInput({ name: 'Eski Ad', barcodes: [barcode(1), barcode(2)] }), MANAGER_TOKEN);
    const preview = await catalog.preview('csv', 'a.csv', utf8(`${HEADER}\n${barcode(1)};Yeni Ad;adet;5,00;10\n${barcode(2)};Aynı ürün;adet;5,00;10\n`));
    expect(preview).toMatchObject({ updates: 1, issueCount: 1 });
    expect(preview.issues[0]).toMatchObject({ line: 3, column: 'Barkod', message: expect.stringContaining('same product as line 2'), messageTr: expect.stringContaining('2. satırdaki ürünle') });
    catalog.service.importConfirm(preview.importId, true, MANAGER_TOKEN);
    expect(catalog.store.get(kept.id)).toMatchObject({ name: 'Yeni Ad', barcodes: [barcode(1)], priceKurus: 500, vatRate: 1000 });
    expect(catalog.service.lookup(barcode(2))).toMatchObject({ kind: 'unknown' });
    expect(catalog.service.search('yeni', 5).map((product) => product.id)).toEqual([kept.id]);
    expect(catalog.service.search('eski', 5)).toEqual([]);
  });

  it('voids a check when the catalog changed before the import', async () => {
    const catalog = openCatalog();
    const first = await catalog.preview('csv', 'a.csv', utf8(`${HEADER}\n${barcode(1)};Bir;adet;1,00;20\n`));
    const second = await catalog.preview('csv', 'b.csv', utf8(`${HEADER}\n${barcode(1)};Bir başka;adet;2,00;20\n`));
    catalog.service.importConfirm(first.importId, false, MANAGER_TOKEN);
    expect(() => catalog.service.importConfirm(second.importId, false, MANAGER_TOKEN)).toThrow(/catalog changed after b\.csv was checked/u);
    expect(() => catalog.service.importConfirm(second.importId, false, MANAGER_TOKEN)).toThrow(/expired or was already used/u);

    const third = await catalog.preview('csv', 'c.csv', utf8(`${HEADER}\n${barcode(3)};Üç;adet;1,00;20\n`));
    catalog.service.upsert(productInput({ barcodes: [barcode(4)] }), MANAGER_TOKEN);
    expect(() => catalog.service.importConfirm(third.importId, false, MANAGER_TOKEN)).toThrow(expect.objectContaining({ appError: expect.objectContaining({ code: 'catalog.import-stale' }) }));
    expect(catalog.service.lookup(barcode(3))).toMatchObject({ kind: 'unknown' });
    expect(tempTables(catalog)).toBe(0);
  });

  it('checks one file at a time', async () => {
    const catalog = openCatalog();
    const big = utf8(`${HEADER}\n${rows(20_000).join('\n')}\n`);
    const one = await catalog.service.receiveImportFile('bir.csv', [big]);
    const two = await catalog.service.receiveImportFile('iki.csv', [big]);
    const running = catalog.service.importPreview(one.fileHandle, 'csv');
    await expect(catalog.service.importPreview(two.fileHandle, 'csv')).rejects.toMatchObject({ appError: { code: 'catalog.import-busy' } });
    await expect(running).resolves.toMatchObject({ creates: 20_000 });
  });
});

describe('import files and their handles', () => {
  it('serves a handle once, and deletes an upload once read but never the file the user chose', async () => {
    const chosen = join(tempDir(), 'urunler.csv');
    writeFileSync(chosen, `${HEADER}\n${barcode(1)};Bir;adet;1,00;20\n`);
    const catalog = openCatalog(undefined, async () => chosen);
    const file = await catalog.service.chooseImportFile();
    expect(file).toEqual({ fileHandle: expect.stringMatching(/^[0-9a-f]{32}$/u), fileName: 'urunler.csv', sizeBytes: expect.any(Number), format: 'csv' });
    if (file === null) return;
    await expect(catalog.service.importPreview(file.fileHandle, 'csv')).resolves.toMatchObject({ creates: 1 });
    await expect(catalog.service.importPreview(file.fileHandle, 'csv')).rejects.toMatchObject({ appError: { code: 'catalog.no-such-file' } });
    expect(existsSync(chosen)).toBe(true);

    const uploaded = await catalog.service.receiveImportFile('C:\\Users\\kasa\\liste.json', [utf8('[]')]);
    expect(uploaded).toMatchObject({ fileName: 'liste.json', sizeBytes: 2, format: 'json' });
    expect(readdirSync(join(catalog.dir, 'imports'))).toHaveLength(1);
    await catalog.service.importPreview(uploaded.fileHandle, 'json');
    expect(readdirSync(join(catalog.dir, 'imports'))).toEqual([]);
    await expect(catalog.service.importPreview('0'.repeat(32), 'csv')).rejects.toMatchObject({ appError: { code: 'catalog.no-such-file' } });
  });

  it('answers null when the dialog is closed, and says so where main has no dialog', async () => {
    await expect(openCatalog(undefined, async () => null).service.chooseImportFile()).resolves.toBeNull();
    await expect(openCatalog().service.chooseImportFile()).rejects.toMatchObject({ appError: { code: 'catalog.no-file-dialog' } });
  });

  it('refuses a path the renderer names, in place of a handle or beside one', async () => {
    const api = await startTestCore();
    const upload = () => api.receiveImportFile('urunler.csv', [utf8(`${HEADER}\n${barcode(1)};Bir;adet;1,00;20\n`)]);
    // Nobody signed in may hand main a file, by dialog or by upload.
    await expect(upload()).resolves.toMatchObject({ ok: false, error: { code: 'auth.not-signed-in' } });
    await expect(api.invoke('catalog.chooseImportFile', undefined)).resolves.toMatchObject({ ok: false, error: { code: 'auth.not-signed-in' } });
    await expect(api.invoke('users.bootstrapAdmin', { displayName: 'Yönetici', pin: '613870' })).resolves.toMatchObject({ ok: true });
    const secret = join(tempDir(), 'gizli.csv');
    writeFileSync(secret, `${HEADER}\n${barcode(1)};Gizli;adet;1,00;20\n`);
    for (const arg of [
      { fileHandle: secret, format: 'csv' },
      { fileHandle: `../../${'a'.repeat(26)}`, format: 'csv' },
      { fileHandle: '0'.repeat(32), format: 'csv', path: secret },
      { path: secret, format: 'csv' },
      { contentBase64: Buffer.from('x').toString('base64'), fileName: 'x.csv', format: 'csv' },
    ]) {
      await expect(api.invoke('catalog.importPreview', arg)).resolves.toMatchObject({ ok: false, error: { code: 'contract.invalid-argument' } });
    }
    await expect(api.invoke('catalog.importPreview', { fileHandle: 'f'.repeat(32), format: 'csv' })).resolves.toMatchObject({ ok: false, error: { code: 'catalog.no-such-file' } });
    await expect(api.invoke('catalog.chooseImportFile', undefined)).resolves.toMatchObject({ ok: false, error: { code: 'catalog.no-file-dialog' } });

    const uploaded = await upload();
    expect(uploaded).toMatchObject({ ok: true });
    if (!uploaded.ok) return;
    await expect(api.invoke('catalog.importPreview', { fileHandle: uploaded.value.fileHandle, format: 'csv' })).resolves.toMatchObject({ ok: true, value: { creates: 1 } });
  });
});
