import type { SimSection } from './wire';

/**
 * The simulator's one merchant: documented test credentials, one branch with three
 * terminals (two in instant sale mode, one in list mode), and a terminal of another
 * merchant to exercise the "foreign terminal" refusals. Listed in the README.
 */
export const SIM_CLIENT_ID = '7d3e5f10-2b4c-4d8e-9a61-0c5b7e2f4a93';
export const SIM_CLIENT_SECRET = 'tezgah-sim-secret';
export const SIM_MERCHANT_ID = SIM_CLIENT_ID;
export const SIM_BRANCH_ID = 'b81bb869-4a5c-4f0e-8d2a-3c6e9f1d7a25';
export const SIM_FOREIGN_BRANCH_ID = 'e0c4d7a2-91f3-4b6e-8a5d-2f7c1b9e3d60';

/** How a terminal takes baskets: sent to it directly, or picked from the branch list. Its `mode` number depends on the dialect. */
export type SaleKind = 'instant' | 'list';

export interface TerminalFixture {
  id: string;
  branchId: string;
  merchantId: string;
  sale: SaleKind;
}

export const SIM_TERMINALS: readonly TerminalFixture[] = [
  { id: 'AV0000000001', branchId: SIM_BRANCH_ID, merchantId: SIM_MERCHANT_ID, sale: 'instant' },
  { id: 'AV0000000002', branchId: SIM_BRANCH_ID, merchantId: SIM_MERCHANT_ID, sale: 'instant' },
  { id: 'AT0000000003', branchId: SIM_BRANCH_ID, merchantId: SIM_MERCHANT_ID, sale: 'list' },
];

/** Belongs to another merchant: every call naming it is refused as forbidden. */
export const SIM_FOREIGN_TERMINAL: TerminalFixture = {
  id: 'AV0000009999',
  branchId: SIM_FOREIGN_BRANCH_ID,
  merchantId: 'a4f29c3e-6d1b-4e7a-b58c-90e2d3f1c7b4',
  sale: 'instant',
};

/** Departments programmed on every simulated ÖKC: one per VAT rate in force since July 2023. */
export const SIM_SECTIONS: readonly SimSection[] = [
  { sectionNo: 1, name: 'Gıda %1', taxPercent: 100, limit: 0, price: 0, status: 1, type: 0, plus: [] },
  { sectionNo: 2, name: 'Genel %10', taxPercent: 1000, limit: 0, price: 0, status: 1, type: 0, plus: [] },
  { sectionNo: 3, name: 'Genel %20', taxPercent: 2000, limit: 0, price: 0, status: 1, type: 0, plus: [] },
  { sectionNo: 4, name: 'İstisna %0', taxPercent: 0, limit: 0, price: 0, status: 1, type: 0, plus: [] },
];

export const SIM_CURRENCIES = [
  { id: 1, name: 'DOLAR', rate: 473452 },
  { id: 2, name: 'AVRO', rate: 544841 },
  { id: 3, name: 'STERLIN', rate: 635517 },
];

/** Default token lifetime, as in Token's own example (reference §2.1). */
export const SIM_TOKEN_LIFETIME_SECONDS = 900;
