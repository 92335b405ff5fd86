import { describe, expect, it } from 'vitest';
import { FINAL_CONSUMER_TAX_ID, customerSchema, emptyCustomer } from '../../src/shared/customer/customer';
import { validate } from '../../src/shared/validation';

const company = {
  ...emptyCustomer('e-fatura'),
  taxId: '1234567890',
  name: 'Örnek Gıda A.Ş.',
  taxOffice: 'Kadıköy',
  street: 'Moda Cad. 12',
  district: 'Kadıköy',
  city: 'İstanbul',
  postalCode: '34710',
  email: 'muhasebe@ornek.com.tr',
};

describe('invoice customer', () => {
  it('accepts a complete e-Fatura company and a bare e-Arşiv person', () => {
    expect(validate(customerSchema, company).ok).toBe(true);
    expect(validate(customerSchema, { ...emptyCustomer('e-arsiv'), taxId: '10000000146', name: 'Ayşe Yılmaz' }).ok).toBe(true);
  });

  it('allows the final-consumer placeholder on e-Arşiv only', () => {
    const placeholder = { ...emptyCustomer('e-arsiv'), taxId: FINAL_CONSUMER_TAX_ID, name: 'Nihai Tüketici' };
    expect(validate(customerSchema, placeholder).ok).toBe(true);
    const result = validate(customerSchema, { ...company, taxId: FINAL_CONSUMER_TAX_ID });
    expect(result).toMatchObject({ ok: false, failure: { path: 'taxId', messageTr: expect.stringContaining('e-Fatura için') } });
  });

  it.each([
    [{ taxId: '1234567891' }, 'taxId', 'VKN 1234567891', "1234567891 VKN'si"],
    [{ taxOffice: '' }, 'taxOffice', 'tax office', 'vergi dairesi'],
    [{ city: '' }, 'city', 'city', 'ili'],
    [{ street: '' }, 'street', 'street', 'adresi'],
    [{ district: '' }, 'district', 'district', 'ilçesi'],
    [{ email: 'not-an-address' }, 'email', 'valid e-mail', 'e-posta'],
    [{ postalCode: '3471' }, 'postalCode', '5 digits', '5 hanelidir'],
    [{ name: 'A' }, 'name', 'company title', 'Unvan'],
  ])('explains %j in both languages', (change, path, en, tr) => {
    const result = validate(customerSchema, { ...company, ...change });
    expect(result).toMatchObject({ ok: false, failure: { path, message: expect.stringContaining(en), messageTr: expect.stringContaining(tr) } });
  });

  it('takes an invoice number in GİB’s 16-character form, upper-cased, and refuses any other', () => {
    const person = { ...emptyCustomer('e-arsiv'), taxId: '10000000146', name: 'Ali Veli' };
    expect(validate(customerSchema, { ...person, invoiceSerial: ' abc2026000000123 ' })).toMatchObject({ ok: true, data: { invoiceSerial: 'ABC2026000000123' } });
    for (const bad of ['ABC202600000012', 'TKN20240000000001', 'AB-2026000000123', 'ABC1926000000123']) {
      expect(validate(customerSchema, { ...person, invoiceSerial: bad })).toMatchObject({
        ok: false,
        failure: { path: 'invoiceSerial', message: expect.stringContaining('16 characters'), messageTr: expect.stringContaining('16 karakter') },
      });
    }
  });

  it('does not ask an e-Arşiv buyer for an address', () => {
    const person = { ...emptyCustomer('e-arsiv'), taxId: '10000000146', name: 'Ali Veli' };
    expect(validate(customerSchema, person).ok).toBe(true);
  });
});
