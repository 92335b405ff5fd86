import { describe, expect, it } from 'vitest';
import { foldTurkish, searchTokens } from '../../src/main/core/catalog/turkishFold';
import { withCheckDigit } from '../../src/shared/barcode/gtin';
import { MANAGER_TOKEN, openCatalog, productInput } from './catalogHarness';

describe('Turkish folding', () => {
  it.each([
    ['İNCİR', 'incir'],
    ['ISPANAK', 'ispanak'],
    ['Işık', 'isik'],
    ['SÜT', 'sut'],
    ['Çay Şeker Göz Öğün', 'cay seker goz ogun'],
    ['ığdır', 'igdir'],
  ])('%s → %s', (text, folded) => {
    expect(foldTurkish(text)).toBe(folded);
  });

  it('folds every character up to U+1FFF exactly as Turkish lower-casing then dropping marks would, so stored indexes stay valid', () => {
    const byLocale = (text: string) => text.toLocaleLowerCase('tr-TR').normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/gu, 'i');
    const texts = [...Array.from({ length: 0x2000 - 0x20 }, (_, offset) => String.fromCodePoint(0x20 + offset)), 'I\u0307', 'İ\u0307', 'ΣΑΣ'];
    expect(texts.filter((text) => foldTurkish(text) !== byLocale(text))).toEqual([]);
  });

  it('splits a query into folded words', () => {
    expect(searchTokens('  Süt,  1 L ')).toEqual(['sut', '1', 'l']);
    expect(searchTokens('--')).toEqual([]);
  });
});

describe('catalog search', () => {
  function stocked() {
    const catalog = openCatalog();
    const add = (name: string, serial: string, extra = {}) =>
      catalog.service.upsert(productInput({ name, barcodes: [withCheckDigit(`869000${serial}`)], ...extra }), MANAGER_TOKEN);
    add('İNCİR KURU 250 G', '000101');
    add('Ispanak Dondurulmuş', '000102');
    add('Süt Tam Yağlı 1 L', '000103');
    add('Sütlü Çikolata', '000104');
    add('Işıklı Kalem', '000105');
    catalog.service.upsert(productInput({ name: 'Domates', barcodes: [], unit: 'KGM', plu: 7 }), MANAGER_TOKEN);
    return catalog;
  }

  const names = (products: { name: string }[]) => products.map((p) => p.name).sort();

  it('finds names whatever the case and Turkish letters typed', () => {
    const { service } = stocked();
    expect(names(service.search('incir', 10))).toEqual(['İNCİR KURU 250 G']);
    expect(names(service.search('İNC', 10))).toEqual(['İNCİR KURU 250 G']);
    expect(names(service.search('ıspanak', 10))).toEqual(['Ispanak Dondurulmuş']);
    expect(names(service.search('ISPA', 10))).toEqual(['Ispanak Dondurulmuş']);
    expect(names(service.search('isik', 10))).toEqual(['Işıklı Kalem']);
    expect(names(service.search('SUT', 10))).toEqual(['Süt Tam Yağlı 1 L', 'Sütlü Çikolata']);
  });

  it('matches every word by prefix, in any order', () => {
    const { service } = stocked();
    expect(names(service.search('yağ süt', 10))).toEqual(['Süt Tam Yağlı 1 L']);
    expect(names(service.search('çik süt', 10))).toEqual(['Sütlü Çikolata']);
    expect(service.search('süt armut', 10)).toEqual([]);
    expect(service.search('', 10)).toEqual([]);
    expect(service.search('"*)(', 10)).toEqual([]);
  });

  it('finds barcodes by prefix and PLUs exactly, and honours the limit', () => {
    const { service } = stocked();
    expect(service.search('8690000001', 3)).toHaveLength(3);
    expect(names(service.search(withCheckDigit('869000000104'), 10))).toEqual(['Sütlü Çikolata']);
    expect(names(service.search('7', 10))).toEqual(['Domates']);
  });

  it('keeps the index in step with renames', () => {
    const catalog = stocked();
    const [chocolate] = catalog.service.search('çikolata', 1);
    if (chocolate === undefined) throw new Error('not found');
    catalog.service.upsert({ ...chocolate, name: 'Bitter Tablet' }, MANAGER_TOKEN);
    expect(catalog.service.search('çikolata', 10)).toEqual([]);
    expect(names(catalog.service.search('bitter', 10))).toEqual(['Bitter Tablet']);
  });
});

describe('barcode lookup', () => {
  function stocked() {
    const catalog = openCatalog();
    catalog.service.upsert(productInput({ barcodes: ['0036000291452', '8690000000012'] }), MANAGER_TOKEN);
    catalog.service.upsert(productInput({ name: 'Domates', barcodes: [], unit: 'KGM', priceKurus: 3490, plu: 42 }), MANAGER_TOKEN);
    return catalog;
  }

  it('finds a product by any of its barcodes, and a UPC-A stored as EAN-13', () => {
    const { service } = stocked();
    expect(service.lookup('8690000000012')).toMatchObject({ kind: 'product', product: { name: 'Süt Tam Yağlı 1 L' } });
    expect(service.lookup('036000291452')).toMatchObject({ kind: 'product', product: { name: 'Süt Tam Yağlı 1 L' } });
  });

  it('reads scale labels by the product PLU', () => {
    const { service } = stocked();
    expect(service.lookup(withCheckDigit('270004201250'))).toMatchObject({ kind: 'scale-label', product: { name: 'Domates' }, label: { weightGrams: 1250 } });
    expect(service.lookup(withCheckDigit('290004204575'))).toMatchObject({ kind: 'scale-label', label: { embedded: 'price', priceKurus: 4575 } });
    const orphan = service.lookup(withCheckDigit('270009901250'));
    expect(orphan).toMatchObject({ kind: 'unknown' });
    if (orphan.kind === 'unknown') expect(orphan.messageTr).toContain('99 PLU');
  });

  it('tells a misread from an unknown product', () => {
    const { service } = stocked();
    expect(service.lookup('8690000000013')).toMatchObject({ kind: 'invalid', message: expect.stringContaining('expected 2') });
    expect(service.lookup('869000000')).toMatchObject({ kind: 'invalid', messageTr: expect.stringContaining('9 haneli') });
    expect(service.lookup('8690000000029')).toMatchObject({ kind: 'unknown', message: expect.stringContaining('not in the catalog'), messageTr: expect.stringContaining('katalogda yok') });
  });

  it('lists quick keys in grid order', () => {
    const catalog = stocked();
    catalog.service.upsert(productInput({ name: 'Simit', barcodes: [withCheckDigit('869000000201')], quickKey: 2 }), MANAGER_TOKEN);
    catalog.service.upsert(productInput({ name: 'Ekmek', barcodes: [withCheckDigit('869000000202')], quickKey: 1 }), MANAGER_TOKEN);
    expect(catalog.service.quickKeys().map((p) => [p.quickKey, p.name])).toEqual([
      [1, 'Ekmek'],
      [2, 'Simit'],
    ]);
  });
});
