import { z } from 'zod';
import type { AutoCompletePolicy, AutoCompleter } from './autoComplete';
import type { TokenxDialect } from './dialect';
import { tokenxDialectSchema } from './dialect';
import { AUTO_OUTCOMES, MANUAL_POLICY } from './autoComplete';
import type { HttpFaultPlan, OneShotFault, RandomFaults } from './httpFaults';
import { HTTP_FAULT_KINDS } from './httpFaults';
import type { JwtIssuer } from './jwt';
import type { DevicePayment, SimBasket, SimTerminal, SimulatorStore, StoreResult } from './store';
import type { WebhookDelivery, WebhookFaults, WebhookSender } from './webhookSender';
import { NO_WEBHOOK_FAULTS } from './webhookSender';

/**
 * The simulator's control surface: the device actions of the virtual ÖKC, auto-complete
 * policies and fault injection. Tests use the typed object in-process; the ÖKC page and
 * other processes use the same operations over `/__control/…` (schemas below).
 */

const rate = z.number().min(0).max(1);
const ms = z.number().int().min(0).max(600_000);

export const autoCompleteSchema = z.object({
  enabled: z.boolean(),
  outcome: z.enum(AUTO_OUTCOMES).default('pay'),
  lockAfterMs: ms.default(0),
  completeAfterMs: ms.default(0),
  declineCode: z.number().int().min(5001).max(5999).default(5005),
});

export const webhookFaultsSchema = z.object({
  dropRate: rate.default(0),
  duplicateRate: rate.default(0),
  reorderRate: rate.default(0),
  delayMs: z.tuple([ms, ms]).default([0, 0]),
});

export const randomFaultsSchema = z.object({
  rates: z.partialRecord(z.enum(HTTP_FAULT_KINDS), rate).default({}),
  stallMs: ms.default(30_000),
  retryAfterSeconds: z.number().int().min(0).max(3600).default(0),
});

export const oneShotFaultSchema = z.object({
  kind: z.enum(HTTP_FAULT_KINDS),
  method: z.enum(['GET', 'POST', 'PUT', 'DELETE']).optional(),
  path: z.string().startsWith('/').optional(),
  times: z.number().int().min(1).max(1000).default(1),
});

const devicePaymentSchema = z.object({
  type: z.number().int().min(1),
  amount: z.number().int().min(0),
  operatorId: z.number().int().min(0).optional(),
});

export const deviceActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('open'), terminalId: z.string(), basketId: z.string() }),
  z.object({ action: z.literal('put-back'), terminalId: z.string(), basketId: z.string() }),
  z.object({ action: z.literal('pay'), terminalId: z.string(), basketId: z.string(), payments: z.array(devicePaymentSchema).min(1).max(10).optional() }),
  /** Paid, with the e-invoice kept offline (vendor POS code 5); extended dialect only. */
  z.object({ action: z.literal('pay-offline-invoice'), terminalId: z.string(), basketId: z.string() }),
  /** The device lost its network mid-payment (vendor POS code 4); a later pay or cancel settles it. Extended dialect only. */
  z.object({ action: z.literal('network-error'), terminalId: z.string(), basketId: z.string() }),
  z.object({ action: z.literal('decline'), terminalId: z.string(), basketId: z.string(), code: z.number().int().min(5001).max(5999) }),
  z.object({ action: z.literal('cancel'), terminalId: z.string(), basketId: z.string() }),
  z.object({ action: z.literal('void'), terminalId: z.string(), basketId: z.string() }),
  z.object({ action: z.literal('busy'), terminalId: z.string(), busy: z.boolean() }),
  z.object({ action: z.literal('sale-kind'), terminalId: z.string(), sale: z.enum(['instant', 'list']) }),
  z.object({ action: z.literal('z-report'), terminalId: z.string() }),
]);
export type DeviceAction = z.infer<typeof deviceActionSchema>;

export interface SimulatorSnapshot {
  version: number;
  dialect: TokenxDialect;
  /** Each terminal with the `mode` number TokenX reports for it in this dialect. */
  terminals: (SimTerminal & { mode: number })[];
  baskets: ReturnType<SimulatorStore['details']>[];
  /** Whether an auth value is registered, never the value itself. */
  clientSettings: { callbackUrl: string | null; callbackAuthHeaderSet: boolean };
  webhooks: WebhookDelivery[];
}

export interface TokenxSimulatorControl {
  device(action: DeviceAction): StoreResult<unknown>;
  setAutoComplete(policy: z.input<typeof autoCompleteSchema>): void;
  setWebhookFaults(faults: z.input<typeof webhookFaultsSchema>): void;
  setHttpFaults(faults: z.input<typeof randomFaultsSchema>): void;
  failNext(fault: z.input<typeof oneShotFaultSchema>): void;
  /** Every token issued so far stops working (answers 401 / 0002). */
  expireTokens(): void;
  setTokenLifetime(seconds: number): void;
  setDialect(dialect: Partial<TokenxDialect>): TokenxDialect;
  snapshot(): SimulatorSnapshot;
  basket(basketId: string): SimBasket | undefined;
  /** Waits until no webhook delivery is under way. */
  settleWebhooks(): Promise<void>;
  /** Back to the fixtures: no baskets, no settings, no faults, manual device, the starting dialect. */
  reset(): void;
}

/** Unknown device-side code names shown with a decline, from the vendor's 5xxx table. */
export const DECLINE_TEXT: Record<number, string> = {
  5001: 'Error',
  5002: 'Cancelled',
  5003: 'Offline Decline',
  5004: 'Unable Decline',
  5005: 'Online Decline',
  5006: 'Payment App Not Found',
  5008: 'Bank App Not Found',
  5009: 'Bank App Crashed',
  5101: 'Card Validation Error',
  5104: 'Card Validation Timeout',
  5108: 'Card Type is not Credit',
  5111: 'Card is not Issued by Requested Bank',
};

export function createControl(parts: {
  store: SimulatorStore;
  sender: WebhookSender;
  faults: HttpFaultPlan;
  jwt: JwtIssuer;
  auto: AutoCompleter;
  /** The dialect the simulator started with; a reset goes back to it. */
  dialect: TokenxDialect;
}): TokenxSimulatorControl {
  const { store, sender, faults, jwt, auto } = parts;
  return {
    device(action) {
      switch (action.action) {
        case 'open':
          return store.open(action.terminalId, action.basketId);
        case 'put-back':
          return store.putBack(action.terminalId, action.basketId);
        case 'pay':
          return store.pay(action.terminalId, action.basketId, action.payments as DevicePayment[] | undefined);
        case 'pay-offline-invoice':
          return store.pay(action.terminalId, action.basketId, undefined, true);
        case 'network-error':
          return store.networkError(action.terminalId, action.basketId);
        case 'decline':
          return store.decline(action.terminalId, action.basketId, action.code, DECLINE_TEXT[action.code] ?? 'Decline');
        case 'cancel':
          return store.cancel(action.terminalId, action.basketId);
        case 'void':
          return store.voidReceipt(action.terminalId, action.basketId);
        case 'busy':
          return store.setBusy(action.terminalId, action.busy);
        case 'sale-kind':
          return store.setSaleKind(action.terminalId, action.sale);
        case 'z-report':
          return store.zReport(action.terminalId);
      }
    },
    setAutoComplete(policy) {
      auto.policy = autoCompleteSchema.parse(policy) satisfies AutoCompletePolicy;
    },
    setWebhookFaults(input) {
      sender.faults = webhookFaultsSchema.parse(input) satisfies WebhookFaults;
    },
    setHttpFaults(input) {
      faults.random = randomFaultsSchema.parse(input) satisfies RandomFaults;
    },
    failNext(fault) {
      faults.failNext(oneShotFaultSchema.parse(fault) satisfies OneShotFault);
    },
    expireTokens: () => jwt.revokeAll(),
    setTokenLifetime(seconds) {
      jwt.lifetimeSeconds = z.number().int().min(1).max(86_400).parse(seconds);
    },
    setDialect(dialect) {
      store.dialect = tokenxDialectSchema.parse({ ...store.dialect, ...dialect });
      return store.dialect;
    },
    snapshot: () => ({
      version: store.version,
      dialect: store.dialect,
      terminals: [...store.terminals.values()].map((terminal) => ({ ...terminal, mode: store.modeNumber(terminal.sale) })),
      baskets: [...store.baskets.values()].map((record) => store.details(record)),
      clientSettings: { callbackUrl: store.clientSettings.callbackUrl, callbackAuthHeaderSet: store.clientSettings.callbackAuthHeader !== null },
      webhooks: [...sender.log],
    }),
    basket: (basketId) => store.baskets.get(basketId),
    settleWebhooks: () => sender.settle(),
    reset() {
      auto.stop();
      auto.policy = MANUAL_POLICY;
      sender.faults = NO_WEBHOOK_FAULTS;
      sender.log.length = 0;
      faults.clear();
      store.dialect = parts.dialect;
      store.reset();
    },
  };
}
