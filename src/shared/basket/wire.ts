import type { Customer } from '../customer/customer';
import type { FiscalSection } from './departments';
import { assignDepartments, vatRateText } from './departments';
import type { Basket, Discount } from './model';
import { WIRE_PAYMENT_TYPE, checkPaymentPlan, paymentParts } from './payment';
import type { BasketTotals } from './totals';
import { basketTotals } from './totals';
import type { UnitCode } from './units';

/**
 * The basket in TokenX's wire model (reference §3). Discounts always travel as kuruş
 * amounts (`type: 0`): a percent is resolved here, so the device never rounds it
 * differently from the screen. A line discount is the line's `adjust.totalValue`;
 * the basket discount is the basket's `adjust.value`.
 */
export interface WireAdjust {
  description: string;
  /** 0 discount, 1 surcharge. */
  discountOrSurcharge: 0;
  /** 0 amount in kuruş. */
  type: 0;
  value?: number;
  totalValue?: number;
}

export interface WireItem {
  name: string;
  price: number;
  quantity: number;
  sectionNo: number;
  taxPercent: number;
  unit: UnitCode;
  adjust?: WireAdjust;
}

export interface WirePaymentItem {
  type: number;
  amount: number;
  operatorId?: number;
}

export interface WireCustomerInfo {
  name: string;
  taxID: string;
  taxScheme: string;
  email: string;
  telephone: string;
  street: string;
  buildingNumber: string;
  citySubdivisonName: string;
  cityName: string;
  postalZone: string;
  country: string;
}

export interface WireBasket {
  basketID: string;
  checkNumber: number;
  items: WireItem[];
  paymentItems?: WirePaymentItem[];
  adjust?: WireAdjust;
  documentType: number;
  customerInfo?: WireCustomerInfo;
  infoReceiptInfo?: { serialNo: string };
}

/** TokenX document types: plain receipt, or the bilgi fişi that goes with an e-invoice (reference §3). */
export const DOCUMENT_TYPE = { receipt: 0, 'e-fatura': 9006, 'e-arsiv': 9007 } as const;

/**
 * A sale above the device's receipt limit (`receiptLimit`, the yearly invoice threshold,
 * reference §6) must be documented by an invoice, not a receipt; the till warns before
 * sending such a receipt, and the cashier confirms or adds the invoice.
 */
export function overReceiptLimit(documentType: number, totalKurus: number, receiptLimitKurus: number | null): boolean {
  return documentType === DOCUMENT_TYPE.receipt && receiptLimitKurus !== null && receiptLimitKurus > 0 && totalKurus > receiptLimitKurus;
}

/** Item names are cut to what the device prints (TokenX clients truncate at 50). */
export const WIRE_NAME_LENGTH = 50;

export interface SendProblem {
  code: string;
  message: string;
  messageTr: string;
  lineIds: string[];
}

export type PreparedBasket = { ok: true; wire: WireBasket; totals: BasketTotals } | { ok: false; problems: SendProblem[] };

const adjustText = (discount: Discount, what: 'line' | 'basket'): string =>
  discount.kind === 'percent'
    ? `${vatRateText(discount.basisPoints)} ${what === 'line' ? 'ürün indirimi' : 'sepet indirimi'}`
    : what === 'line'
      ? 'ürün indirimi'
      : 'sepet indirimi';

function customerInfo(customer: Customer): WireCustomerInfo {
  return {
    name: customer.name,
    taxID: customer.taxId,
    taxScheme: customer.taxOffice,
    email: customer.email,
    telephone: customer.phone,
    street: customer.street,
    buildingNumber: customer.buildingNumber,
    citySubdivisonName: customer.district,
    cityName: customer.city,
    postalZone: customer.postalCode,
    country: customer.country,
  };
}

/**
 * Checks everything that would make the device or TokenX refuse the basket, and maps
 * it to the wire model when nothing does. Problems name the line, rate or amount.
 */
export function prepareForDevice(basket: Basket, sections: readonly FiscalSection[], checkNumber: number): PreparedBasket {
  const live = basket.lines.filter((line) => !line.voided);
  const totals = basketTotals(basket);
  const problems: SendProblem[] = [];

  if (live.length === 0) {
    problems.push({ code: 'basket.empty', message: 'The basket is empty.', messageTr: 'Sepet boş.', lineIds: [] });
  }
  const unpriced = live.filter((line) => line.unitPrice === 0);
  if (unpriced.length > 0) {
    const names = unpriced.map((line) => `"${line.name}"`).join(', ');
    problems.push({
      code: 'basket.no-price',
      message: `${names} has no price; enter a price before sending.`,
      messageTr: `${names} için fiyat yok; göndermeden önce fiyat girin.`,
      lineIds: unpriced.map((line) => line.id),
    });
  }
  if (basket.discount?.kind === 'amount' && basket.discount.kurus > totals.subtotal) {
    problems.push({
      code: 'basket.discount-too-large',
      message: 'The basket discount is larger than the basket total; lower or remove it.',
      messageTr: 'Sepet indirimi sepet toplamından büyük; azaltın veya kaldırın.',
      lineIds: [],
    });
  }
  if (live.length > 0 && totals.total === 0) {
    problems.push({
      code: 'basket.zero-total',
      message: 'The basket total is zero; the device cannot print a receipt for nothing.',
      messageTr: 'Sepet toplamı sıfır; cihaz tutarsız fiş basamaz.',
      lineIds: [],
    });
  }
  const { departments, problems: departmentProblems } = assignDepartments(basket.lines, sections);
  problems.push(...departmentProblems);
  problems.push(...checkPaymentPlan(basket.payment, totals.total).map((p) => ({ ...p, lineIds: [] })));
  if (problems.length > 0) return { ok: false, problems };

  const items: WireItem[] = live.map((line, index) => {
    const lineTotals = totals.lines[index];
    const item: WireItem = {
      name: Array.from(line.name).slice(0, WIRE_NAME_LENGTH).join(''),
      price: line.unitPrice,
      quantity: line.quantity,
      sectionNo: departments.get(line.id) ?? 0,
      taxPercent: line.vatRate,
      unit: line.unit,
    };
    if (line.discount !== null && lineTotals !== undefined && lineTotals.lineDiscount > 0) {
      item.adjust = { description: adjustText(line.discount, 'line'), discountOrSurcharge: 0, type: 0, totalValue: lineTotals.lineDiscount };
    }
    return item;
  });

  // The bilgi fişi (9006/9007) carries the invoice's serial number (reference §2.5); without one the sale is a receipt with the buyer on it.
  const invoice = basket.customer !== null && basket.customer.invoiceSerial !== '' ? basket.customer : null;
  const wire: WireBasket = {
    basketID: basket.id,
    checkNumber,
    items,
    documentType: invoice === null ? DOCUMENT_TYPE.receipt : DOCUMENT_TYPE[invoice.document],
  };
  if (invoice !== null) wire.infoReceiptInfo = { serialNo: invoice.invoiceSerial };
  const parts = paymentParts(basket.payment, totals.total);
  if (parts !== null) {
    wire.paymentItems = parts.map((part) =>
      part.operatorId === null
        ? { type: WIRE_PAYMENT_TYPE[part.method], amount: part.amount }
        : { type: WIRE_PAYMENT_TYPE[part.method], amount: part.amount, operatorId: part.operatorId },
    );
  }
  if (basket.discount !== null && totals.basketDiscount > 0) {
    wire.adjust = { description: adjustText(basket.discount, 'basket'), discountOrSurcharge: 0, type: 0, value: totals.basketDiscount };
  }
  if (basket.customer !== null) wire.customerInfo = customerInfo(basket.customer);
  return { ok: true, wire, totals };
}
