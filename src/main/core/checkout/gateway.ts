/**
 * The slice of the TokenX API the checkout needs, declared here so the checkout can be
 * built and tested on its own; `TokenxClient` satisfies it structurally. Every call
 * answers with one of three kinds and never throws for a network problem: `unknown`
 * means nobody can say whether TokenX acted, which the checkout must never read as
 * "failed".
 */
export type GatewayAnswer<T> =
  | { kind: 'ok'; value: T; status: number }
  | { kind: 'rejected'; code: string | number; httpStatus: number; description: string }
  | { kind: 'unknown'; reason: string };

export interface GatewaySale {
  status: number;
  message?: string | null;
  receiptNo?: number | null;
  zNo?: number | null;
  paymentItems?: readonly {
    type: number;
    amount: number;
    description?: string | null;
    operatorId?: number | null;
  }[] | null;
}

export interface GatewayBasket {
  basketID: string;
  /** 0 open, 1 completed. */
  status?: number | null;
  isLocked?: boolean | null;
  lockedBy?: string | null;
  branchId?: string | null;
  deletedAt?: string | null;
  sale?: GatewaySale | null;
}

export interface GatewayOpenBasket {
  basketID: string;
  checkNumber?: number | string | null;
  title?: string | null;
  total?: number | null;
  isLocked?: boolean | null;
  lockedBy?: string | null;
  branchId?: string | null;
  createdAt?: string | null;
}

export interface CheckoutGateway {
  createInstantBasket(terminalId: string, basket: never): Promise<GatewayAnswer<unknown>>;
  createListBasket(branchId: string, basket: never): Promise<GatewayAnswer<unknown>>;
  getBasket(basketId: string): Promise<GatewayAnswer<GatewayBasket>>;
  getOpenBaskets(terminalId: string): Promise<GatewayAnswer<readonly GatewayOpenBasket[]>>;
  deleteBasket(basketId: string): Promise<GatewayAnswer<unknown>>;
  unlockBasket(branchId: string, basketId: string): Promise<GatewayAnswer<unknown>>;
}
