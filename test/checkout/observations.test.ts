import { describe, expect, it } from 'vitest';
import { normaliseSale } from '../../src/main/core/checkout/observations';
import { saleSchema } from '../../src/shared/tokenx/basketModel';

const BASKET = '653a9a6b-1111-4c44-9d1e-1f0a4b1d2c3e';

describe('reading the device’s sale object', () => {
  it('keeps every field of reference §2.8’s completed example, PascalCase as TokenX writes it', () => {
    const sale = saleSchema.parse({
      basketID: BASKET,
      documentType: 0,
      InstanceIdentifier: 'XXXX',
      invoiceID: '',
      message: 'OK',
      paymentCount: 1,
      paymentItems: [{ amount: 22500, BatchNo: 0, currencyId: 0, description: 'Nakit', operatorId: 0, status: -1, taxRate: -1, TxnNo: 0, type: 1 }],
      receiptNo: 6,
      status: 0,
      UUID: 'c3efb147-0000-4000-8000-000000000001',
      zNo: 3,
    });
    expect(normaliseSale(sale)).toEqual({
      status: 0,
      message: 'OK',
      receiptNo: 6,
      zNo: 3,
      uuid: 'c3efb147-0000-4000-8000-000000000001',
      invoiceId: null,
      documentType: 0,
      paymentCount: 1,
      instanceIdentifier: 'XXXX',
      paymentItems: [{ type: 1, amount: 22500, description: 'Nakit', operatorId: 0, status: -1, batchNo: '0', txnNo: '0', currencyId: 0, taxRate: -1 }],
    });
  });

  it('reads the camelCase spellings too, and keeps a batch or transaction number’s leading zeros', () => {
    const sale = saleSchema.parse({
      basketID: BASKET,
      instanceIdentifier: 'INST-7',
      invoiceId: 'GIB2026000000001',
      message: 'OK',
      paymentItems: [{ amount: 5000, batchNo: '000412', operatorId: 62, txnNo: '0000981', type: 3 }],
      status: 0,
      uuid: 'c3efb147-0000-4000-8000-000000000002',
    });
    expect(normaliseSale(sale)).toMatchObject({
      uuid: 'c3efb147-0000-4000-8000-000000000002',
      invoiceId: 'GIB2026000000001',
      instanceIdentifier: 'INST-7',
      paymentItems: [{ type: 3, amount: 5000, operatorId: 62, batchNo: '000412', txnNo: '0000981' }],
    });
  });
});
