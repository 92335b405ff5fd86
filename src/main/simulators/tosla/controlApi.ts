import { z } from 'zod';
import type { DialectChange, DialectName, ToslaDialect } from './dialect';
import { DIALECTS, dialectChangeSchema } from './dialect';
import type { FaultPlan } from './faults';
import { faultSchema } from './faults';
import type { MerchantLedger } from './ledger';
import type { SimClock } from './simClock';
import type { SeenHashes, TimeSpanWindow } from './timeSpanWindow';

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
const dialectSchema = z.union([
  z.object({ name: z.enum(Object.keys(DIALECTS) as [DialectName, ...DialectName[]]) }).strict(),
  dialectChangeSchema,
]);

export interface ControlContext {
  ledger: MerchantLedger;
  faults: FaultPlan;
  clock: SimClock;
  window: TimeSpanWindow;
  seenHashes: SeenHashes;
  dialect(): ToslaDialect;
  changeDialect(change: DialectChange): void;
  /** Empties the books, the faults and the used hashes; `seed` fills the books again. */
  reset(seed: boolean): void;
}

export interface ControlAnswer {
  status: number;
  json: unknown;
}

interface ControlRoute {
  method: 'GET' | 'POST' | 'DELETE';
  /** After `/__control/`; each `{name}` is one path segment, handed to `run` as a param. */
  path: string;
  run(context: ControlContext, body: unknown, params: string[]): ControlAnswer;
}

const formatEndOfDay = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const state = (context: ControlContext): ControlAnswer => ({
  status: 200,
  json: {
    now: new Date(context.clock.now()).toISOString(),
    endOfDay: formatEndOfDay(context.ledger.endOfDayMinutes),
    orders: context.ledger.orders().length,
    faults: context.faults.pending(),
    dialect: context.dialect(),
    timeSpanWindowMinutes: context.window.minutes,
    hashesRemembered: context.seenHashes.size,
  },
});

/** Parses the body, or answers 400 with zod's explanation. */
function withBody<S extends z.ZodType>(
  schema: S,
  act: (value: z.output<S>, context: ControlContext, params: string[]) => ControlAnswer,
): ControlRoute['run'] {
  return (context, body, params) => {
    const result = schema.safeParse(body ?? {});
    return result.success ? act(result.data, context, params) : { status: 400, json: { error: z.prettifyError(result.error) } };
  };
}

/**
 * Loopback-only levers for tests and trainers (`/__control/...`): inject faults, move the
 * clock, set the end-of-day cut-off, switch the dialect, add orders and read the books.
 * One table, so a new lever (or a check in front of all of them) is one entry or one place.
 */
const ROUTES: ControlRoute[] = [
  { method: 'GET', path: 'state', run: state },
  {
    method: 'POST',
    path: 'faults',
    run: withBody(faultSchema, (fault, context) => {
      context.faults.add(fault);
      return state(context);
    }),
  },
  {
    method: 'DELETE',
    path: 'faults',
    run: (context) => {
      context.faults.clear();
      return state(context);
    },
  },
  {
    method: 'POST',
    path: 'clock',
    run: withBody(clockSchema, (change, context) => {
      if ('now' in change) context.clock.set(change.now);
      else context.clock.shift(change.shiftMs);
      return state(context);
    }),
  },
  {
    method: 'POST',
    path: 'end-of-day',
    run: withBody(endOfDaySchema, (change, context) => {
      const [hour = 0, minute = 0] = change.time.split(':').map(Number);
      context.ledger.setEndOfDay(hour * 60 + minute);
      return state(context);
    }),
  },
  { method: 'GET', path: 'dialect', run: (context) => ({ status: 200, json: context.dialect() }) },
  {
    method: 'POST',
    path: 'dialect',
    run: withBody(dialectSchema, (change, context) => {
      context.changeDialect('name' in change ? DIALECTS[change.name] : change);
      return { status: 200, json: context.dialect() };
    }),
  },
  {
    method: 'POST',
    path: 'orders',
    run: withBody(orderSchema, (order, context) => {
      if (context.ledger.order(order.orderId) !== undefined) {
        return { status: 409, json: { error: `order ${order.orderId} already exists` } };
      }
      return { status: 201, json: context.ledger.addOrder({ ...order, createdAt: order.createdAt ?? context.clock.now() }) };
    }),
  },
  {
    method: 'GET',
    path: 'orders/{orderId}',
    run: (context, _body, [orderId = '']) => {
      const order = context.ledger.order(decodeURIComponent(orderId));
      return order === undefined ? { status: 404, json: { error: 'no such order' } } : { status: 200, json: order };
    },
  },
  {
    method: 'POST',
    path: 'reset',
    run: withBody(resetSchema, (options, context) => {
      context.reset(options.seed);
      return state(context);
    }),
  },
];

/** The control paths, for the CLI's banner. */
export const CONTROL_PATHS = [...new Set(ROUTES.map((route) => route.path))];

const pattern = (route: ControlRoute) => new RegExp(`^/__control/${route.path.replaceAll(/\{[^}]+\}/gu, '([^/]+)')}$`, 'u');

export function handleControl(context: ControlContext, method: string, path: string, body: unknown): ControlAnswer {
  const onPath = ROUTES.map((route) => ({ route, params: pattern(route).exec(path)?.slice(1) })).filter((match) => match.params !== undefined);
  const match = onPath.find((candidate) => candidate.route.method === method);
  if (match === undefined) {
    return onPath.length === 0
      ? { status: 404, json: { error: `no control route ${path}` } }
      : { status: 405, json: { error: `${path} takes ${onPath.map((m) => m.route.method).join(', ')}` } };
  }
  return match.route.run(context, body, match.params ?? []);
}
