import { describe, expect, it } from 'vitest';
import { assignDepartments } from '../../src/shared/basket/departments';
import { checkPaymentPlan } from '../../src/shared/basket/payment';
import { overReceiptLimit, prepareForDevice } from '../../src/shared/basket/wire';
import { emptyCustomer } from '../../src/shared/customer/customer';
import { BASKET_ID, SECTIONS, basketWith, line } from './basketFixtures';

describe('departments from the fiscal parameters', () => {
  it('maps each rate to its lowest department and honours a forced one', () => {
    const { departments, problems } = assignDepartments(
      [line('a', { vatRate: 2000 }), line('b', { vatRate: 100 }), line('c', { vatRate: 2000, department: 4 })],
      SECTIONS,
    );
    expect(problems).toEqual([]);
    expect([...departments]).toEqual([
      ['a', 3],
      ['b', 1],
      ['c', 4],
    ]);
  });

  it('blocks a rate with no department, naming the rate and the products', () => {
    const { problems } = assignDepartments(
      [line('a', { vatRate: 0, name: 'Kitap' }), line('b', { vatRate: 0, name: 'Dergi' }), line('c', { vatRate: 800, name: 'Eski' })],
      SECTIONS,
    );
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatchObject({ code: 'basket.no-department-for-rate', lineIds: ['a', 'b'] });
    expect(problems[0]?.message).toContain('VAT %0');
    expect(problems[0]?.message).toContain('"Kitap", "Dergi"');
    expect(problems[0]?.messageTr).toContain('KDV %0 için kısım yok');
    expect(problems[1]?.message).toContain('VAT %8');
  });

  it('blocks a forced department that is missing or carries another rate', () => {
    const { problems } = assignDepartments([line('a', { department: 9 }), line('b', { department: 1, vatRate: 2000 })], SECTIONS);
    expect(problems.map((p) => p.code)).toEqual(['basket.department-missing', 'basket.department-rate-mismatch']);
    expect(problems[1]?.messageTr).toContain('%1 ile programlı');
  });
});

describe('payment plan', () => {
  it('requires a split to add up, saying by how much it is off', () => {
    const plan = { kind: 'split' as const, parts: [{ method: 'cash' as const, amount: 500, operatorId: null }, { method: 'card' as const, amount: 400, operatorId: 46 }] };
    expect(checkPaymentPlan(plan, 900)).toEqual([]);
    const [short] = checkPaymentPlan(plan, 1000);
    expect(short?.code).toBe('payment.split-sum');
    expect(short?.message.replace(/\u00a0/gu, ' ')).toContain('₺1,00 is still unassigned');
    expect(checkPaymentPlan(plan, 800)[0]?.messageTr).toContain('fazla dağıtıldı');
  });

  it('checks operators', () => {
    expect(checkPaymentPlan({ kind: 'meal-card', operatorId: 1 }, 100)[0]?.code).toBe('payment.unknown-meal-operator');
    expect(checkPaymentPlan({ kind: 'card', bankOperatorId: 999 }, 100)[0]?.code).toBe('payment.unknown-bank');
    expect(checkPaymentPlan({ kind: 'split', parts: [{ method: 'cash', amount: 50, operatorId: 46 }, { method: 'cash', amount: 50, operatorId: null }] }, 100)[0]?.code).toBe(
      'payment.cash-operator',
    );
    expect(checkPaymentPlan({ kind: 'device-asks' }, 100)).toEqual([]);
  });
});

describe('the TokenX wire basket', () => {
  it('maps the reference example: 1.5 kg pears at 60.00 TL, paid in cash', () => {
    const basket = basketWith([line('a', { name: 'Armut', unit: 'KGM', quantity: 1500, unitPrice: 6000, vatRate: 1000 })], { payment: { kind: 'cash' } });
    const prepared = prepareForDevice(basket, SECTIONS, 7);
    expect(prepared).toMatchObject({
      ok: true,
      wire: {
        basketID: BASKET_ID,
        checkNumber: 7,
        documentType: 0,
        items: [{ name: 'Armut', price: 6000, quantity: 1500, sectionNo: 2, taxPercent: 1000, unit: 'KGM' }],
        paymentItems: [{ type: 1, amount: 9000 }],
      },
    });
  });

  it('sends discounts as kuruş adjusts and leaves voided lines out', () => {
    const basket = basketWith(
      [line('a', { unitPrice: 2500, quantity: 2000, discount: { kind: 'percent', basisPoints: 1000 } }), line('b', { voided: true })],
      { discount: { kind: 'amount', kurus: 500 }, payment: { kind: 'meal-card', operatorId: 1002 } },
    );
    const prepared = prepareForDevice(basket, SECTIONS, 1);
    if (!prepared.ok) throw new Error(prepared.problems[0]?.message);
    expect(prepared.wire.items).toEqual([
      { name: 'Ürün a', price: 2500, quantity: 2000, sectionNo: 3, taxPercent: 2000, unit: 'C62', adjust: { description: '%10 ürün indirimi', discountOrSurcharge: 0, type: 0, totalValue: 500 } },
    ]);
    expect(prepared.wire.adjust).toEqual({ description: 'sepet indirimi', discountOrSurcharge: 0, type: 0, value: 500 });
    expect(prepared.wire.paymentItems).toEqual([{ type: 7, amount: 4000, operatorId: 1002 }]);
  });

  it('lets the device ask when no plan is chosen, and cuts long names', () => {
    const prepared = prepareForDevice(basketWith([line('a', { name: 'Ç'.repeat(80) })]), SECTIONS, 1);
    if (!prepared.ok) throw new Error('refused');
    expect(prepared.wire.paymentItems).toBeUndefined();
    expect(prepared.wire.items[0]?.name).toBe('Ç'.repeat(50));
  });

  it('sends an invoice sale as the e-Arşiv or e-Fatura bilgi fişi with the invoice number (reference §2.5)', () => {
    const customer = { ...emptyCustomer('e-arsiv'), taxId: '10000000146', name: 'Ayşe Yılmaz', city: 'İzmir', district: 'Bornova', invoiceSerial: 'ABC2026000000123' };
    const prepared = prepareForDevice(basketWith([line('a')], { customer }), SECTIONS, 1);
    expect(prepared).toMatchObject({
      ok: true,
      wire: {
        documentType: 9007,
        infoReceiptInfo: { serialNo: 'ABC2026000000123' },
        customerInfo: { taxID: '10000000146', name: 'Ayşe Yılmaz', cityName: 'İzmir', citySubdivisonName: 'Bornova' },
      },
    });
    const eFatura = prepareForDevice(basketWith([line('a')], { customer: { ...customer, document: 'e-fatura' } }), SECTIONS, 1);
    expect(eFatura).toMatchObject({ ok: true, wire: { documentType: 9006, infoReceiptInfo: { serialNo: 'ABC2026000000123' } } });
  });

  it('without an invoice number sends a normal receipt that carries the buyer, never a bilgi fişi without its serial', () => {
    const customer = { ...emptyCustomer('e-arsiv'), taxId: '10000000146', name: 'Ayşe Yılmaz' };
    const prepared = prepareForDevice(basketWith([line('a')], { customer }), SECTIONS, 1);
    expect(prepared).toMatchObject({ ok: true, wire: { documentType: 0, customerInfo: { taxID: '10000000146' } } });
    expect(prepared.ok && prepared.wire.infoReceiptInfo).toBeUndefined();
  });

  it('warns before a receipt above the device’s receipt limit, never for an invoice or without a limit', () => {
    expect(overReceiptLimit(0, 600_001, 600_000)).toBe(true);
    expect(overReceiptLimit(0, 600_000, 600_000)).toBe(false);
    expect(overReceiptLimit(9007, 900_000, 600_000)).toBe(false);
    expect(overReceiptLimit(0, 900_000, null)).toBe(false);
    expect(overReceiptLimit(0, 900_000, 0)).toBe(false);
  });

  it('lists every blocking problem at once', () => {
    const basket = basketWith([line('a', { unitPrice: 0, vatRate: 0 })], { payment: { kind: 'split', parts: [{ method: 'cash', amount: 1, operatorId: null }, { method: 'card', amount: 1, operatorId: null }] } });
    const prepared = prepareForDevice(basket, SECTIONS, 1);
    expect(prepared.ok).toBe(false);
    if (prepared.ok) return;
    expect(prepared.problems.map((p) => p.code)).toEqual(['basket.no-price', 'basket.zero-total', 'basket.no-department-for-rate', 'payment.split-sum']);
    expect(prepareForDevice(basketWith([]), SECTIONS, 1)).toMatchObject({ ok: false, problems: [{ code: 'basket.empty' }] });
  });
});
