import { z } from 'zod';
import { customerSchema } from '../customer/customer';
import { paymentPlanSchema } from './payment';
import { unitCodeSchema } from './units';

/**
 * The basket as the cashier builds it. Units follow TokenX: money in integer kuruş
 * (VAT included), quantities in integer thousandths, VAT rate as percent × 100.
 * The bounds keep price × quantity × percent inside what the arithmetic handles exactly.
 */
export const MAX_UNIT_PRICE_KURUS = 100_000_000;
export const MAX_QUANTITY = 10_000_000;
export const MAX_LINES = 2000;

const kurus = z.number().int().min(0).max(MAX_UNIT_PRICE_KURUS);

export const discountSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('amount'), kurus: z.number().int().min(1) }),
  /** 1000 = 10 %, as VAT rates are written. */
  z.object({ kind: z.literal('percent'), basisPoints: z.number().int().min(1).max(10_000) }),
]);
export type Discount = z.infer<typeof discountSchema>;

export const vatRateSchema = z.number().int().min(0).max(10_000);

export const basketLineSchema = z.object({
  id: z.string().min(1).max(64),
  productId: z.number().int().nullable(),
  name: z.string().trim().min(1).max(120),
  barcode: z.string().max(32).nullable(),
  plu: z.number().int().nullable(),
  unit: unitCodeSchema,
  quantity: z.number().int().min(1).max(MAX_QUANTITY),
  unitPrice: kurus,
  /** The catalog price, kept so an override stays visible and auditable. */
  catalogPrice: kurus,
  vatRate: vatRateSchema,
  /** Device department (kısım) forced for this product; null means "by VAT rate". */
  department: z.number().int().min(1).nullable(),
  discount: discountSchema.nullable(),
  voided: z.boolean(),
});
export type BasketLine = z.infer<typeof basketLineSchema>;

export const basketSchema = z.object({
  id: z.uuid(),
  lines: z.array(basketLineSchema).max(MAX_LINES),
  discount: discountSchema.nullable(),
  payment: paymentPlanSchema,
  customer: customerSchema.nullable(),
});
export type Basket = z.infer<typeof basketSchema>;

export const emptyBasket = (id: string): Basket => ({
  id,
  lines: [],
  discount: null,
  payment: { kind: 'device-asks' },
  customer: null,
});
