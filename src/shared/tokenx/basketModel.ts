import { z } from 'zod';

/**
 * The TokenX basket as it travels on the wire (reference §3, the "Token Integration
 * Protocol" model the cloud API accepts), and the shapes TokenX sends back about a
 * basket (details §2.8, open list §2.9, webhook §4). Units are TokenX's own: money in
 * integer kuruş (VAT included), quantity in thousandths, VAT as percent × 100.
 *
 * Request schemas are strict about units and ranges, because a wrong basket must be
 * caught before it reaches a fiscal device. Response schemas are loose objects with
 * nullable fields: TokenX's examples disagree on casing and presence, and a newer field
 * must never turn a good answer into a schema failure.
 */

const kurus = z.number().int().min(0);
/** checkNumber is "int, ≤ 10 digits" on the wire. */
export const MAX_CHECK_NUMBER = 9_999_999_999;

/** 0 = discount, 1 = surcharge; 0 = amount in kuruş, 1 = percent × 100. */
export const adjustSchema = z
  .object({
    description: z.string().max(100),
    discountOrSurcharge: z.union([z.literal(0), z.literal(1)]),
    type: z.union([z.literal(0), z.literal(1)]),
    /** Per unit of quantity on an item, the whole amount on the basket. */
    value: z.number().int().min(0).optional(),
    /** On an item only: applies to the whole line. */
    totalValue: z.number().int().min(0).optional(),
  })
  .refine((adjust) => (adjust.value === undefined) !== (adjust.totalValue === undefined), {
    message: 'an adjust carries exactly one of value or totalValue',
    params: { en: 'an adjust carries exactly one of value or totalValue', tr: 'indirim/artırım value veya totalValue alanlarından yalnız birini taşır' },
  })
  .refine((adjust) => adjust.type === 0 || (adjust.value ?? adjust.totalValue ?? 0) <= 10_000, {
    message: 'a percent adjust is at most 10000 (100 %)',
    params: { en: 'a percent adjust is at most 10000 (100 %)', tr: 'yüzde indirim/artırım en çok 10000 (%100) olabilir' },
  });
export type WireAdjust = z.infer<typeof adjustSchema>;

export const wireItemSchema = z.object({
  name: z.string().trim().min(1).max(50),
  /** Unit price, VAT included. */
  price: kurus,
  /** Thousandths: 1000 = one piece or 1 kg. */
  quantity: z.number().int().min(1),
  /** Department (kısım) from Get Fiscal Parameters. */
  sectionNo: z.number().int().min(1),
  /** Percent × 100: 1000 = 10 %. */
  taxPercent: z.number().int().min(0).max(10_000),
  unit: z.string().max(10).optional(),
  barcode: z.string().max(32).optional(),
  pluNo: z.number().int().min(0).optional(),
  type: z.number().int().optional(),
  vatID: z.number().int().optional(),
  limit: z.number().int().optional(),
  paymentType: z.number().int().optional(),
  adjust: adjustSchema.optional(),
});
export type WireItem = z.infer<typeof wireItemSchema>;

export const wirePaymentItemSchema = z.object({
  /** See PAYMENT_TYPES in paymentTypes.ts. */
  type: z.number().int().min(1),
  amount: kurus,
  description: z.string().max(50).optional(),
  /** Bank (card) or meal-card operator; 0 or absent lets the cashier choose on the device. */
  operatorId: z.number().int().min(0).optional(),
  taxRate: z.number().int().optional(),
});
export type WirePaymentItem = z.infer<typeof wirePaymentItemSchema>;

const optionalText = (max: number) => z.string().max(max).optional();

/** UBL-TR party fields; `citySubdivisonName` keeps Token's spelling. */
export const customerInfoSchema = z.object({
  name: optionalText(200),
  taxID: z
    .string()
    .regex(/^(\d{10}|\d{11})?$/, 'taxID is a 10-digit VKN or an 11-digit TCKN')
    .optional(),
  taxScheme: optionalText(100),
  email: optionalText(200),
  telephone: optionalText(30),
  telefax: optionalText(30),
  street: optionalText(200),
  buildingName: optionalText(100),
  buildingNumber: optionalText(20),
  room: optionalText(20),
  citySubdivisonName: optionalText(100),
  cityName: optionalText(100),
  region: optionalText(100),
  postalZone: optionalText(20),
  country: optionalText(100),
  isLock: z.boolean().optional(),
});
export type WireCustomerInfo = z.infer<typeof customerInfoSchema>;

export const infoReceiptInfoSchema = z.object({
  documentNo: optionalText(50),
  /** DD-MM-YYYY as in Token's examples. */
  documentDate: z
    .string()
    .regex(/^\d{2}-\d{2}-\d{4}$/, 'documentDate is DD-MM-YYYY')
    .optional(),
  subscriberNo: optionalText(50),
  companyName: optionalText(200),
  serialNo: optionalText(50),
});

/** The basket body without its id: what an update (PUT) sends. */
export const wireBasketBodySchema = z.object({
  checkNumber: z.number().int().min(0).max(MAX_CHECK_NUMBER).optional(),
  title: optionalText(100),
  filter: optionalText(100),
  note: optionalText(500),
  createInvoice: z.boolean().optional(),
  /** 0 receipt; 9000–9008 collection and information slips (reference §3). */
  documentType: z.number().int().min(0).optional(),
  isVoid: z.boolean().optional(),
  isWayBill: z.boolean().optional(),
  /** Non-VAT amount of collection documents, added to the total. */
  taxFreeAmount: kurus.optional(),
  items: z.array(wireItemSchema).max(2000),
  /** Absent: the cashier chooses the tender on the device. */
  paymentItems: z.array(wirePaymentItemSchema).max(20).optional(),
  customerInfo: customerInfoSchema.optional(),
  adjust: adjustSchema.optional(),
  infoReceiptInfo: infoReceiptInfoSchema.optional(),
});
export type WireBasketBody = z.infer<typeof wireBasketBodySchema>;

/** A basket as created (instant or list): the body plus the client-made UUID. */
export const wireBasketSchema = wireBasketBodySchema.extend({ basketID: z.uuid() });
export type WireBasket = z.infer<typeof wireBasketSchema>;

// ---------------------------------------------------------------- what TokenX answers

const maybeInt = z.number().int().nullish();
const maybeText = z.string().nullish();

/**
 * Where TokenX's examples spell one field in several ways (reference §2.8: the sale's
 * PascalCase `UUID`, `InstanceIdentifier`, `BatchNo`, `TxnNo` beside camelCase
 * everywhere else), every spelling is read: the first one present and not null wins
 * and lands under the canonical name, so the rest of the app knows one spelling.
 */
export function readSpellings(spellings: Readonly<Record<string, readonly string[]>>): (raw: unknown) => unknown {
  return (raw) => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
    const read: Record<string, unknown> = { ...(raw as Record<string, unknown>) };
    for (const [canonical, others] of Object.entries(spellings)) {
      if (read[canonical] !== undefined && read[canonical] !== null) continue;
      const found = others.find((other) => read[other] !== undefined && read[other] !== null);
      if (found !== undefined) read[canonical] = read[found];
    }
    return read;
  };
}

/** Bank batch and transaction numbers as the device wrote them: a number, or digits whose leading zeros matter. */
const reference = z.union([z.number().int(), z.string()]).nullish();

/** A payment as the device reports it; note Token's PascalCase `BatchNo` / `TxnNo`. */
export const salePaymentItemSchema = z.preprocess(
  readSpellings({ BatchNo: ['batchNo'], TxnNo: ['txnNo'] }),
  z.looseObject({
    type: z.number().int(),
    amount: z.number().int(),
    description: maybeText,
    operatorId: maybeInt,
    status: maybeInt,
    taxRate: maybeInt,
    currencyId: maybeInt,
    BatchNo: reference,
    TxnNo: reference,
  }),
);
export type SalePaymentItem = z.infer<typeof salePaymentItemSchema>;

/** SALE_STATUS: 0 paid, −1 cancelled on the device, 99 receipt voided. */
export const SALE_STATUS = { paid: 0, cancelled: -1, voided: 99 } as const;

/** `result.sale` of Get Basket, and `data` of a BASKET_COMPLETED webhook (reference §3 `ReceiptInfo`, §4). */
export const saleSchema = z.preprocess(
  readSpellings({ UUID: ['uuid'], InstanceIdentifier: ['instanceIdentifier'], invoiceID: ['invoiceId'] }),
  z.looseObject({
    basketID: z.string().min(1),
    status: z.number().int(),
    documentType: maybeInt,
    InstanceIdentifier: maybeText,
    invoiceID: maybeText,
    message: maybeText,
    paymentCount: maybeInt,
    paymentItems: z.array(salePaymentItemSchema).nullish(),
    receiptNo: maybeInt,
    zNo: maybeInt,
    UUID: maybeText,
  }),
);
export type Sale = z.infer<typeof saleSchema>;

/** BASKET_STATUS: the basket record itself, separate from the sale's outcome. */
export const BASKET_STATUS = { open: 0, completed: 1 } as const;

const responseItemSchema = z.looseObject({
  name: z.string(),
  price: z.number().int(),
  quantity: z.number().int(),
  sectionNo: maybeInt,
  taxPercent: maybeInt,
});

/** `result` of `GET /v1/basket/{id}`. `checkNumber` is a string in one old example. */
export const basketDetailsSchema = z.looseObject({
  basketID: z.string().min(1),
  status: maybeInt,
  clientId: maybeText,
  branchId: maybeText,
  terminalId: maybeText,
  total: maybeInt,
  checkNumber: z.union([z.number().int(), z.string()]).nullish(),
  title: maybeText,
  filter: maybeText,
  note: maybeText,
  documentType: maybeInt,
  isLocked: z.boolean().nullish(),
  lockedBy: maybeText,
  items: z.array(responseItemSchema).nullish(),
  paymentItems: z.array(salePaymentItemSchema).nullish(),
  createdAt: maybeText,
  updatedAt: maybeText,
  deletedAt: maybeText,
  sale: saleSchema.nullish(),
});
export type BasketDetails = z.infer<typeof basketDetailsSchema>;

/** One entry of `GET /v1/basket/open-basket`. */
export const openBasketSchema = z.looseObject({
  basketID: z.string().min(1),
  checkNumber: z.union([z.number().int(), z.string()]).nullish(),
  title: maybeText,
  filter: maybeText,
  total: maybeInt,
  branchId: maybeText,
  isLocked: z.boolean().nullish(),
  lockedBy: maybeText,
  createdAt: maybeText,
});
export type OpenBasket = z.infer<typeof openBasketSchema>;

// ---------------------------------------------------------------- webhook (§4)

export const WEBHOOK_OPERATIONS = ['BASKET_LOCKED', 'BASKET_UNLOCKED', 'BASKET_COMPLETED'] as const;
export type WebhookOperation = (typeof WEBHOOK_OPERATIONS)[number];

const webhookHead = {
  terminalId: maybeText,
  clientId: maybeText,
  operationDate: maybeText,
};

/** What TokenX POSTs to the registered callback URL, one operation per delivery. */
export const webhookPayloadSchema = z.discriminatedUnion('operation', [
  z.looseObject({ ...webhookHead, operation: z.literal('BASKET_COMPLETED'), data: saleSchema }),
  z.looseObject({
    ...webhookHead,
    operation: z.literal('BASKET_LOCKED'),
    data: z.looseObject({ basketID: z.string().min(1), lockedBy: maybeText }),
  }),
  z.looseObject({
    ...webhookHead,
    operation: z.literal('BASKET_UNLOCKED'),
    data: z.looseObject({ basketID: z.string().min(1), lockedBy: maybeText }),
  }),
]);
export type WebhookPayload = z.infer<typeof webhookPayloadSchema>;
