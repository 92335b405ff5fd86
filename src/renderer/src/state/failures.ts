import { create } from 'zustand';
import type { AppError } from '../../../shared/result';
import type { Bilingual } from '../../../shared/bilingual';

/** What Enter does on a failure besides closing it, e.g. "add this barcode as a product". */
export interface FailureOffer {
  /** In both languages: the store holds no texts of its own, and the language may change while it is shown. */
  label: Bilingual;
  run(): void;
}

export interface Failure {
  id: number;
  error: AppError;
  /** The contract call main refused, or the part of the app that refused by itself (`till`). */
  source: string;
  offer: FailureOffer | null;
  /** Codes scanned while this was on screen: not added, so the cashier scans them again. */
  refused: string[];
}

interface FailureState {
  current: Failure | null;
  /** Sources a view on screen shows itself (beside its own form); counted, as two views may claim one. */
  claims: Readonly<Record<string, number>>;
  report(error: AppError, source: string, offer?: FailureOffer): void;
  /** The person has read it (Enter, Esc, the close button). */
  acknowledge(): void;
  /** A later success of the same source means what went wrong there is fixed. */
  settled(source: string): void;
  /** Everything a change of setup may have fixed: failures of these call families (`tokenx.`, `webhook.`…) go. */
  settledFamilies(prefixes: readonly string[]): void;
  /** What made this refusal is over (someone signed in): a failure with this code goes, whichever call it came from. */
  settledCode(code: string): void;
  /** A scan that came while a failure was on screen: not added, listed on the failure. */
  refuse(code: string): void;
  claim(sources: readonly string[]): () => void;
}

let nextId = 1;

/**
 * The one place every failure goes: refusals from main (through `call`) and the app's
 * own (a bad scan, a locked basket). Only the latest is kept; views decide where it is
 * shown: beside the form that claims its source, inside the open dialog, at the till's
 * entry field, or in the bar under the top bar.
 */
export const useFailures = create<FailureState>()((set) => ({
  current: null,
  claims: {},
  report: (error, source, offer) => set({ current: { id: nextId++, error, source, offer: offer ?? null, refused: [] } }),
  acknowledge: () => set({ current: null }),
  settled: (source) => set((state) => (state.current?.source === source ? { current: null } : state)),
  settledFamilies: (prefixes) =>
    set((state) => (state.current !== null && prefixes.some((prefix) => state.current?.source.startsWith(prefix)) ? { current: null } : state)),
  settledCode: (code) => set((state) => (state.current?.error.code === code ? { current: null } : state)),
  refuse: (code) =>
    set((state) => (state.current === null ? state : { current: { ...state.current, id: nextId++, refused: [...state.current.refused, code] } })),
  claim(sources) {
    const change = (step: 1 | -1) =>
      set((state) => ({ claims: { ...state.claims, ...Object.fromEntries(sources.map((source) => [source, (state.claims[source] ?? 0) + step])) } }));
    change(1);
    return () => change(-1);
  },
}));

/** The claim a view makes for the failures of one field: `settings.update#tokenx.terminalId`. */
export const fieldClaim = (source: string, path: string): string => `${source}#${path}`;

/** Whether a view on screen claimed this failure: by its source, or by its source and field. */
export const claimedBy = (failure: Failure, claim: string): boolean =>
  claim === failure.source || (failure.error.path !== undefined && claim === fieldClaim(failure.source, failure.error.path));

/** Whether no view on screen shows this failure itself, so a catch-all view must. */
export const unclaimed = (failure: Failure | null, claims: Readonly<Record<string, number>>): failure is Failure =>
  failure !== null && !Object.entries(claims).some(([claim, count]) => count > 0 && claimedBy(failure, claim));
