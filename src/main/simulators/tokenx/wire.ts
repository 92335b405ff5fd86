import { z } from 'zod';

/**
 * TokenX's wire model as the simulator reads and writes it, written from the vendor's
 * documents and never from the app's client code, so a field or a unit the client gets
 * wrong is refused here instead of agreed with. Sections cited are of
 * `reference/tokenx-protocol.md`; [C] confirmed, [G] guessed there.
 */

const int = z.number().int();

/** §3 "adjust": discountOrSurcharge 0 discount / 1 surcharge; type 0 amount in kuruş / 1 percent × 100. */
const adjust = z
  .object({
    description: z.string().optional(),
    discountOrSurcharge: z.union([z.literal(0), z.literal(1)]),
    type: z.union([z.literal(0), z.literal(1)]),
    value: int.min(0).optional(),
    totalValue: int.min(0).optional(),
  })
  .refine((a) => a.value !== undefined || a.totalValue !== undefined, 'adjust needs value or totalValue');
export type SimAdjust = z.infer<typeof adjust>;

/** §3 items: price is the unit price in kuruş, quantity thousandths, taxPercent percent × 100 [C]. */
const item = z.object({
  name: z.string().min(1),
  price: int.min(0),
  quantity: int.min(1),
  sectionNo: int.min(0),
  taxPercent: int.min(0).max(10_000),
  unit: z.string().optional(),
  barcode: z.string().optional(),
  pluNo: int.optional(),
  type: int.optional(),
  vatID: int.optional(),
  limit: int.optional(),
  paymentType: int.optional(),
  adjust: adjust.optional(),
});
export type SimItem = z.infer<typeof item>;

/** §3 paymentItems: type (payment type table), amount in kuruş, optional operatorId [T]. */
const paymentItem = z.object({
  type: int.min(1),
  amount: int.min(0),
  description: z.string().optional(),
  operatorId: int.min(0).optional(),
  taxRate: int.optional(),
});
export type SimPaymentItem = z.infer<typeof paymentItem>;

/** §3 infoReceiptInfo, for the bilgi fişi documents 9001/9002/9005–9007. */
const infoReceiptInfo = z.object({
  documentNo: z.string().optional(),
  documentDate: z.string().optional(),
  subscriberNo: z.string().optional(),
  companyName: z.string().optional(),
  serialNo: z.string().optional(),
});

/** §3 customerInfo: UBL-TR party fields (note Token's `citySubdivisonName` spelling); taxID a VKN (10) or TCKN (11 digits). */
const optionalText = z.string().optional();
const customerInfo = z.object({
  name: optionalText,
  taxID: z.string().regex(/^(\d{10}|\d{11})?$/u, 'taxID is a 10-digit VKN or an 11-digit TCKN').optional(),
  taxScheme: optionalText,
  email: optionalText,
  telephone: optionalText,
  telefax: optionalText,
  street: optionalText,
  buildingName: optionalText,
  buildingNumber: optionalText,
  room: optionalText,
  citySubdivisonName: optionalText,
  cityName: optionalText,
  region: optionalText,
  postalZone: optionalText,
  country: optionalText,
  isLock: z.boolean().optional(),
});

/** §3 documentType values: the e-Fatura (9006) and e-Arşiv (9007) bilgi fişi carry the invoice's serialNo [C, §2.5]. */
export const INVOICE_SLIP_TYPES: ReadonlySet<number> = new Set([9006, 9007]);

/** §2.6: the body of an update, and of a create without its id. */
export const basketBodySchema = z
  .object({
    checkNumber: int.min(0).max(9_999_999_999).optional(),
    title: z.string().optional(),
    filter: z.string().optional(),
    note: z.string().optional(),
    createInvoice: z.boolean().optional(),
    documentType: int.min(0).optional(),
    isVoid: z.boolean().optional(),
    isWayBill: z.boolean().optional(),
    taxFreeAmount: int.min(0).optional(),
    items: z.array(item),
    paymentItems: z.array(paymentItem).optional(),
    customerInfo: customerInfo.optional(),
    adjust: adjust.optional(),
    infoReceiptInfo: infoReceiptInfo.optional(),
  })
  .superRefine((basket, ctx) => {
    if (basket.documentType !== undefined && INVOICE_SLIP_TYPES.has(basket.documentType) && !basket.infoReceiptInfo?.serialNo) {
      ctx.addIssue({ code: 'custom', path: ['infoReceiptInfo', 'serialNo'], message: `documentType ${basket.documentType} needs the invoice serialNo` });
    }
  });
export type SimBasketBody = z.infer<typeof basketBodySchema>;

/** §2.4/§2.5: a create carries the client's UUID as basketID [C]. */
export const createBodySchema = z.intersection(basketBodySchema, z.object({ basketID: z.uuid() }));
export type SimBasketRequest = z.infer<typeof createBodySchema>;

export const unlockBodySchema = z.object({ basketID: z.string().min(1) });
export const clientSettingsBodySchema = z.object({ callbackUrl: z.url(), callbackAuthHeader: z.string().max(2000).optional() });

/** §3 sale statuses [C]: 0 success, −1 cancelled or failed, 99 receipt voided; the vendor table's POS codes beside them. */
export const SIM_SALE_STATUS = { paid: 0, cancelled: -1, voided: 99, networkError: 4, offlineInvoice: 5 } as const;
/** §2.8 basket status [G]: 0 open, 1 completed. */
export const SIM_BASKET_STATUS = { open: 0, completed: 1 } as const;

/** §3 `ReceiptInfo`, the sale object of a Get Basket and of a BASKET_COMPLETED webhook (note the PascalCase fields). */
export interface SimSale {
  basketID: string;
  documentType?: number;
  InstanceIdentifier?: string;
  invoiceID?: string;
  message: string;
  paymentCount?: number;
  paymentItems?: {
    amount: number;
    BatchNo?: number;
    currencyId?: number;
    description?: string;
    operatorId?: number;
    status?: number;
    taxRate?: number;
    TxnNo?: number;
    type: number;
  }[];
  receiptNo?: number;
  status: number;
  UUID?: string;
  zNo?: number;
}

export type SimWebhookOperation = 'BASKET_COMPLETED' | 'BASKET_LOCKED' | 'BASKET_UNLOCKED';

/** §4 webhook envelope [T]. */
export interface SimWebhook {
  terminalId: string;
  clientId: string;
  operation: SimWebhookOperation;
  operationDate: string;
  data: SimSale | { basketID: string; lockedBy?: string | null };
}

/** §2.3 a department (kısım) of the device. */
export interface SimSection {
  sectionNo: number;
  name: string;
  taxPercent: number;
  limit: number;
  price: number;
  status: number;
  type: number;
  plus: unknown[];
}

/** §3 operatorId [T]: meal-card operators (with type 7) and banks (with type 3). */
export const SIM_MEAL_CARD_OPERATORS: readonly { code: number; name: string }[] = [
  { code: 1000, name: 'Test uygulaması' },
  { code: 1001, name: 'Edenred' },
  { code: 1002, name: 'Multinet' },
  { code: 1003, name: 'Setcard' },
  { code: 1004, name: 'Pluxee (Sodexo)' },
  { code: 1005, name: 'TokenFlex' },
  { code: 1006, name: 'Metropol' },
];
export const SIM_BANKS: readonly { code: number; name: string }[] = [
  { code: 67, name: 'Yapı Kredi' },
  { code: 46, name: 'Akbank' },
  { code: 62, name: 'Garanti' },
  { code: 12, name: 'Halkbank' },
  { code: 64, name: 'İş Bankası' },
  { code: 32, name: 'TEB' },
  { code: 15, name: 'VakıfBank' },
  { code: 10, name: 'Ziraat' },
  { code: 111, name: 'QNB' },
  { code: 133, name: 'ING' },
];
