import { z } from 'zod';
import type { FaultPlan } from './faults';
import { faultSchema } from './faults';
import type { MerchantLedger } from './ledger';
import type { SimClock } from './simClock';
import type { WireAnswer } from './paymentApi';

const instant = z.union([z.number().int(), z.iso.datetime({ offset: true }).transform((text) => Date.parse(text))]);

const clockSchema = z.union([z.object({ now: instant }).strict(), z.object({ shiftMs: z.number().int() }).strict()]);
const endOfDaySchema = z.object({ time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/u) }).strict();
const orderSchema = z
  .object({
    orderId: z.string().min(1).max(20),
    amount: z.number().int().positive(),
    kind: z.enum(['sale', 'pre-auth']).default('sale'),
    installmentCount: z.number().int().min(0).max(12).default(0),
    createdAt: instant.optional(),
  })
  .strict();
const resetSchema = z.object({ seed: z.boolean().default(true) }).strict();

export interface ControlContext {
  ledger: MerchantLedger;
  faults: FaultPlan;
  clock: SimClock;
  reset(seed: boolean): void;
}

const formatEndOfDay = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * Loopback-only levers for tests and trainers (`/__control/...`): inject faults, move
 * the clock, set the end-of-day cut-off, add orders and read the ledger back.
 */
export function handleControl(context: ControlContext, method: string, path: string, body: unknown): WireAnswer {
  const parse = <S extends z.ZodType>(schema: S): z.output<S> | WireAnswer => {
    const result = schema.safeParse(body ?? {});
    return result.success ? result.data : { status: 400, body: { error: z.prettifyError(result.error) } };
  };
  const isAnswer = (value: unknown): value is WireAnswer =>
    typeof value === 'object' && value !== null && 'status' in value && 'body' in value;
  const state = () => ({
    now: new Date(context.clock.now()).toISOString(),
    endOfDay: formatEndOfDay(context.ledger.endOfDayMinutes),
    orders: context.ledger.orders().length,
    faults: context.faults.pending(),
  });

  if (method === 'GET' && path === '/__control/state') return { status: 200, body: state() };
  if (method === 'POST' && path === '/__control/faults') {
    const fault = parse(faultSchema);
    if (isAnswer(fault)) return fault;
    context.faults.add(fault);
    return { status: 200, body: state() };
  }
  if (method === 'DELETE' && path === '/__control/faults') {
    context.faults.clear();
    return { status: 200, body: state() };
  }
  if (method === 'POST' && path === '/__control/clock') {
    const change = parse(clockSchema);
    if (isAnswer(change)) return change;
    if ('now' in change) context.clock.set(change.now);
    else context.clock.shift(change.shiftMs);
    return { status: 200, body: state() };
  }
  if (method === 'POST' && path === '/__control/end-of-day') {
    const change = parse(endOfDaySchema);
    if (isAnswer(change)) return change;
    const [hour = 0, minute = 0] = change.time.split(':').map(Number);
    context.ledger.setEndOfDay(hour * 60 + minute);
    return { status: 200, body: state() };
  }
  if (method === 'POST' && path === '/__control/orders') {
    const order = parse(orderSchema);
    if (isAnswer(order)) return order;
    if (context.ledger.order(order.orderId) !== undefined) {
      return { status: 409, body: { error: `order ${order.orderId} already exists` } };
    }
    const record = context.ledger.addOrder({ ...order, createdAt: order.createdAt ?? context.clock.now() });
    return { status: 201, body: record };
  }
  const orderPath = /^\/__control\/orders\/([^/]+)$/u.exec(path);
  if (method === 'GET' && orderPath?.[1] !== undefined) {
    const order = context.ledger.order(decodeURIComponent(orderPath[1]));
    return order === undefined ? { status: 404, body: { error: 'no such order' } } : { status: 200, body: order };
  }
  if (method === 'POST' && path === '/__control/reset') {
    const options = parse(resetSchema);
    if (isAnswer(options)) return options;
    context.reset(options.seed);
    return { status: 200, body: state() };
  }
  return { status: 404, body: { error: `no control route ${method} ${path}` } };
}
