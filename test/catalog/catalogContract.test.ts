import { describe, expect, it } from 'vitest';
import { startTestCore } from '../helpers/core';

const start = () => startTestCore();

describe('catalog calls through the core', () => {
  it('serves the training catalog on a fresh install', async () => {
    const api = await start();
    const found = await api.invoke('catalog.search', { query: 'ekmek' });
    expect(found).toMatchObject({ ok: true });
    if (!found.ok) return;
    const products = found.value as { name: string; barcodes: string[] }[];
    expect(products.length).toBeGreaterThan(0);
    const code = products[0]?.barcodes[0];
    await expect(api.invoke('catalog.lookup', { code })).resolves.toMatchObject({ ok: true, value: { kind: 'product' } });
    await expect(api.invoke('catalog.quickKeys', undefined)).resolves.toMatchObject({ ok: true, value: expect.arrayContaining([expect.objectContaining({ quickKey: 1 })]) });
  });

  it('validates arguments and refuses edits by nobody', async () => {
    const api = await start();
    await expect(api.invoke('catalog.lookup', { code: '' })).resolves.toMatchObject({ ok: false, error: { code: 'contract.invalid-argument', path: 'code' } });
    const edit = await api.invoke('catalog.upsert', {
      product: { id: null, name: 'Yeni', barcodes: ['8690000000012'], unit: 'C62', priceKurus: 100, vatRate: 2000, department: null, plu: null, quickKey: null },
    });
    expect(edit).toMatchObject({ ok: false });
    if (!edit.ok) expect(edit.error.code).toMatch(/^auth\./u);
    await expect(api.invoke('basket.listParked', undefined)).resolves.toEqual({ ok: true, value: [] });
  });
});
