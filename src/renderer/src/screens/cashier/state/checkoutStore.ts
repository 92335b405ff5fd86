import type { z } from 'zod';
import { create } from 'zustand';
import type { openDeviceBasketSchema } from '../../../../../shared/contract/checkout';
import type { CheckoutEntry, ForcibleOutcome, RecoveryDecision, RecoveryStatus } from '../../../../../shared/checkout/checkoutState';
import type { FiscalSection } from '../../../../../shared/basket/departments';
import type { TokenxSimulatorInfo } from '../../../../../shared/checkout/tokenxSetup';
import type { WireBasketBody } from '../../../../../shared/tokenx/basketModel';
import type { Result } from '../../../../../shared/result';
import { pos } from '../../../pos';
import { call, callInBackground } from '../../../state/call';

export type OpenDeviceBasket = z.infer<typeof openDeviceBasketSchema>;

interface CheckoutState {
  /** The basket on screen once sent: its journal entry, kept live by `checkout.changed`. */
  current: CheckoutEntry | null;
  /** The journal id of the last basket this screen sent; any other `current` was left by the last session. */
  sentHere: string | null;
  /** A send whose answer has not come back yet (the journal entry id is made in main). */
  sending: boolean;
  /** A cancel, check or manager action in flight: its button waits for the answer. */
  working: boolean;
  recovery: RecoveryStatus | null;
  /** Baskets the last session left unsettled (listed at start-up), until each is final. */
  unfinished: CheckoutEntry[];
  /**
   * Baskets the last session left in flight that start-up recovery has settled (paid,
   * deleted…): the cashier is told what became of them before selling on.
   */
  settledAtStart: CheckoutEntry[];
  /**
   * Baskets whose device truth overruled what the till had recorded (a payment after a
   * decline…), whatever basket is on screen now: they stay until a manager has checked them.
   */
  alerts: CheckoutEntry[];
  /** What the device holds, fetched when it says it is busy. */
  openBaskets: OpenDeviceBasket[] | null;
  /** The target device's departments (VAT rates); null until TokenX has told us. */
  sections: FiscalSection[] | null;
  /** The target device's receipt limit in kuruş (the invoice threshold); null where the device has none. */
  receiptLimit: number | null;
  /** In training, the embedded simulator whose terminal takes the baskets; null when live. */
  simulator: TokenxSimulatorInfo | null;

  start(): Promise<void>;
  /** Reads the target device and its departments (the screen asks again when the terminal or training mode changes). */
  loadTarget(): Promise<void>;
  send(basket: WireBasketBody): Promise<boolean>;
  checkAgain(): Promise<void>;
  cancel(): Promise<void>;
  forceOutcome(outcome: ForcibleOutcome, approvalToken: string, note: string): Promise<void>;
  /** The cashier's answer for an old basket TokenX never saw: send it again, or drop it. */
  decide(basketId: string, decision: RecoveryDecision): Promise<void>;
  acknowledgeAlert(basketId: string, approvalToken: string): Promise<void>;
  loadOpenBaskets(): Promise<void>;
  unlockDeviceBasket(basketId: string, branchId: string, approvalToken: string): Promise<void>;
  deleteDeviceBasket(basketId: string, approvalToken: string): Promise<void>;
  /** Puts an unfinished basket on screen to follow and settle it. */
  follow(entry: CheckoutEntry): void;
  /** Leaves a finished basket; the next unfinished one (if any) comes on screen. */
  dismiss(): void;
  acknowledgeSettled(): void;
}

const openAlert = (entry: CheckoutEntry): boolean => entry.alert !== null && entry.alert.acknowledgedBy === null;

/** An entry's news for the alert list: listed while its alert is open, gone once acknowledged. */
const updateAlerts = (alerts: readonly CheckoutEntry[], entry: CheckoutEntry): CheckoutEntry[] => [
  ...alerts.filter((candidate) => candidate.basketId !== entry.basketId),
  ...(openAlert(entry) ? [entry] : []),
];

/** News about one of the baskets left unsettled: it stays listed with its new state until it is final. */
const updateUnfinished = (entries: readonly CheckoutEntry[], entry: CheckoutEntry): CheckoutEntry[] =>
  entries.flatMap((candidate) => (candidate.basketId !== entry.basketId ? [candidate] : entry.final ? [] : [entry]));

/**
 * The checkout as this till sees it: the basket being followed on the device, recovery
 * after a restart, and the baskets still unsettled. Main is the truth; this store only
 * mirrors its events and asks it to act.
 */
export const useCheckoutStore = create<CheckoutState>()((set, get) => {
  let unsubscribe: (() => void)[] = [];

  const settle = (entry: CheckoutEntry) =>
    set((state) => ({
      current: state.current?.basketId === entry.basketId ? entry : state.current,
      unfinished: updateUnfinished(state.unfinished, entry),
      alerts: updateAlerts(state.alerts, entry),
    }));

  /** Runs one action on the basket on screen; a second press while it runs does nothing. */
  const act = async (run: (basketId: string) => Promise<Result<CheckoutEntry>>) => {
    const basketId = get().current?.basketId;
    if (basketId === undefined || get().working) return;
    set({ working: true });
    const result = await run(basketId);
    set({ working: false });
    if (result.ok) settle(result.value);
  };

  /**
   * From the recent journal: baskets with an open alert, and those the last session left in
   * flight that start-up recovery has settled (their journal shows recovery moved them to a final state).
   */
  async function readRecent(found: number) {
    const recent = await call('checkout.list', { unfinishedOnly: false, limit: 100 });
    if (!recent.ok) return;
    set({ alerts: recent.value.filter(openAlert) });
    if (found === 0) return;
    const details = await Promise.all(recent.value.filter((entry) => entry.final).map((entry) => call('checkout.get', { basketId: entry.basketId })));
    const settled = details.flatMap((detail) =>
      detail.ok && detail.value.transitions.some((transition) => transition.cause === 'recovery' && transition.to === detail.value.state)
        ? [detail.value]
        : [],
    );
    set({ settledAtStart: settled.slice(0, found) });
  }

  async function refreshUnfinished() {
    const result = await call('checkout.list', { unfinishedOnly: true, limit: 100 });
    if (!result.ok) return;
    set((state) => ({
      unfinished: result.value,
      // A basket left in flight by the last session comes on screen at once: it is settled before anything else.
      current: state.current ?? result.value[0] ?? null,
    }));
  }

  return {
    current: null,
    sentHere: null,
    sending: false,
    working: false,
    recovery: null,
    unfinished: [],
    settledAtStart: [],
    alerts: [],
    openBaskets: null,
    sections: null,
    receiptLimit: null,
    simulator: null,

    async start() {
      unsubscribe.forEach((stop) => stop());
      unsubscribe = [
        pos.on('checkout.changed', settle),
        pos.on('checkout.recovery', (recovery) => {
          set({ recovery });
          if (recovery.phase === 'ready') void refreshUnfinished();
        }),
      ];
      const recovery = await call('checkout.recoveryStatus');
      if (recovery.ok) set({ recovery: recovery.value });
      await refreshUnfinished();
      await readRecent(recovery.ok ? recovery.value.found : 0);
    },

    async loadTarget() {
      const [simulator, sections] = await Promise.all([callInBackground('tokenx.simulator'), callInBackground('tokenx.fiscalParameters', {})]);
      // Without the departments nothing can be sent; the send panel says so and names the cause.
      set({
        simulator: simulator.ok ? simulator.value : null,
        sections: sections.ok ? sections.value.sections : null,
        receiptLimit: sections.ok ? sections.value.receiptLimit : null,
      });
    },

    async send(basket) {
      if (get().sending || get().current !== null) return false;
      set({ sending: true, openBaskets: null });
      const result = await call('checkout.send', { basket });
      set({ sending: false });
      if (!result.ok) return false;
      set({ current: result.value, sentHere: result.value.basketId });
      return true;
    },

    checkAgain: () => act((basketId) => call('checkout.checkAgain', { basketId })),
    cancel: () => act((basketId) => call('checkout.cancel', { basketId })),
    forceOutcome: (outcome, approvalToken, note) => act((basketId) => call('checkout.forceOutcome', { basketId, outcome, approvalToken, note })),

    async decide(basketId, decision) {
      const result = await call('checkout.decide', { basketId, decision });
      if (result.ok) settle(result.value);
    },

    async acknowledgeAlert(basketId, approvalToken) {
      const result = await call('checkout.acknowledgeAlert', { basketId, approvalToken });
      if (result.ok) settle(result.value);
    },

    async loadOpenBaskets() {
      const result = await call('checkout.openBaskets', {});
      set({ openBaskets: result.ok ? result.value : [] });
    },

    async unlockDeviceBasket(basketId, branchId, approvalToken) {
      await call('checkout.unlockDeviceBasket', { basketId, branchId, approvalToken });
      await get().loadOpenBaskets();
    },

    async deleteDeviceBasket(basketId, approvalToken) {
      await call('checkout.deleteDeviceBasket', { basketId, approvalToken });
      await get().loadOpenBaskets();
    },

    follow: (entry) => set({ current: entry, openBaskets: null }),
    acknowledgeSettled: () => set({ settledAtStart: [] }),

    dismiss() {
      const { current, unfinished } = get();
      if (current !== null && !current.final) return;
      set({ current: unfinished[0] ?? null, openBaskets: null });
    },
  };
});
