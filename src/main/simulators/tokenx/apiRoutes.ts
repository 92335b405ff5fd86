import type { z } from 'zod';
import { SIM_CLIENT_ID, SIM_CLIENT_SECRET, SIM_CURRENCIES, SIM_SECTIONS } from './fixtures';
import type { JwtIssuer } from './jwt';
import type { ApiRefusal, SimBasket, SimulatorStore, StoreResult } from './store';
import { REFUSALS } from './store';
import type { SimBasketRequest } from './wire';
import { basketBodySchema, clientSettingsBodySchema, createBodySchema, unlockBodySchema } from './wire';

/**
 * The TokenX API of reference §5, answered from the store in TokenX's envelope
 * `{status, description, result}` with its HTTP statuses and codes.
 */

export interface ApiRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  /** The parsed JSON body; `invalid` when it is not JSON. */
  body: { kind: 'none' } | { kind: 'json'; value: unknown } | { kind: 'invalid' };
}

export interface ApiAnswer {
  http: number;
  body: { status: number | string; description: string; result?: unknown };
}

export interface ApiDeps {
  store: SimulatorStore;
  jwt: JwtIssuer;
  basketCreated(record: SimBasket): void;
}

const answer = (http: number, description: string, result?: unknown, status: number | string = 0): ApiAnswer => ({
  http,
  body: result === undefined ? { status, description } : { status, description, result },
});

/** TokenX's refusal envelope; the code as a number or a string as the dialect says (reference §7.4). */
function refusal(refused: ApiRefusal, store: SimulatorStore): ApiAnswer {
  const status = refused.padded ?? (store.dialect.codeForm === 'string' ? String(refused.status) : refused.status);
  return { http: refused.http, body: { status, description: refused.description } };
}

const header = (request: ApiRequest, name: string): string | undefined => {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

const ROUTING = ['terminal-id', 'branch-id', 'merchant-id'] as const;
type RoutingHeader = (typeof ROUTING)[number];

/** Exactly the one routing header the endpoint takes: 6 when missing, 0007 when another is sent too. */
function routing(request: ApiRequest, wanted: RoutingHeader): StoreResult<string> {
  const present = ROUTING.filter((name) => (header(request, name) ?? '') !== '');
  const value = header(request, wanted);
  if (value === undefined || value === '') return REFUSALS.noContextHeader();
  if (present.length > 1) return REFUSALS.multipleHeaders();
  return { ok: true, value };
}

function parseBody<T>(request: ApiRequest, schema: z.ZodType<T>): StoreResult<T> {
  if (request.body.kind !== 'json') return REFUSALS.badFormat('body is not JSON');
  const parsed = schema.safeParse(request.body.value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  return REFUSALS.badFormat(issue === undefined ? 'invalid body' : `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`);
}

function authenticate(request: ApiRequest, deps: ApiDeps): ApiAnswer {
  const match = /^Basic (.+)$/.exec(header(request, 'authorization') ?? '');
  const decoded = match?.[1] === undefined ? '' : Buffer.from(match[1], 'base64').toString('utf8');
  const split = decoded.indexOf(':');
  if (split < 0 || decoded.slice(0, split) !== SIM_CLIENT_ID || decoded.slice(split + 1) !== SIM_CLIENT_SECRET) {
    return answer(401, 'Invalid client credentials.', undefined, 401);
  }
  const token = deps.jwt.issue(SIM_CLIENT_ID);
  return answer(200, 'User authenticated successfully.', { ...token, tokenType: 'Bearer' }, 201);
}

function create(request: ApiRequest, deps: ApiDeps, kind: 'instant' | 'list'): ApiAnswer {
  const { store } = deps;
  const route = routing(request, kind === 'instant' ? 'terminal-id' : 'branch-id');
  if (!route.ok) return refusal(route, store);
  const body = parseBody<SimBasketRequest>(request, createBodySchema);
  if (!body.ok) return refusal(body, store);
  const created = store.create(body.value, kind === 'instant' ? { terminalId: route.value } : { branchId: route.value });
  if (!created.ok) return refusal(created, store);
  deps.basketCreated(created.value);
  return answer(201, kind === 'instant' ? 'Instant Basket Record Successfully Created' : 'Basket Record Successfully Created');
}

const BASKET_PATH = /^\/v1\/basket\/([^/]+)$/;
const TERMINAL_PATH = /^\/v1\/terminal\/([^/]+)$/;

/** Answers one API request that already passed the bearer check (or is the auth call itself). */
export function routeApi(request: ApiRequest, deps: ApiDeps): ApiAnswer {
  const answered = route(request, deps);
  if (deps.store.dialect.codeForm !== 'string') return answered;
  return { ...answered, body: { ...answered.body, status: String(answered.body.status) } };
}

function route(request: ApiRequest, deps: ApiDeps): ApiAnswer {
  const { method, path } = request;
  const { store } = deps;
  if (method === 'POST' && path === '/v1/auth/token') return authenticate(request, deps);

  const token = deps.jwt.check(header(request, 'authorization'));
  if (!token.ok) return answer(401, token.description, undefined, token.code);

  if (path === '/v1/client-settings' && method === 'GET') {
    // The auth value is not echoed back (reference §2.2).
    return answer(200, 'Your client settings has been fetched successfully', { callbackUrl: store.clientSettings.callbackUrl });
  }
  if (path === '/v1/client-settings' && method === 'POST') {
    const body = parseBody(request, clientSettingsBodySchema);
    if (!body.ok) return refusal(body, store);
    store.clientSettings = { callbackUrl: body.value.callbackUrl, callbackAuthHeader: body.value.callbackAuthHeader ?? null };
    return answer(200, 'Your client settings has been set successfully');
  }
  if (path === '/v1/fiscal-parameters' && method === 'GET') {
    const route = routing(request, 'terminal-id');
    if (!route.ok) return refusal(route, store);
    const terminal = store.terminal(route.value);
    if (!terminal.ok) return refusal(terminal, store);
    return answer(200, 'Successfully Fetched Fiscal Parameters', {
      sections: SIM_SECTIONS,
      receiptLimit: store.dialect.receiptLimit === 'none' ? null : 990_000,
      currencies: SIM_CURRENCIES,
      terminal: terminal.value.id,
      createdAt: '2024-12-10T08:44:30.231Z',
      updatedAt: '2025-08-03T08:14:45.253Z',
    });
  }
  if (path === '/v1/instant-basket' && method === 'POST') return create(request, deps, 'instant');
  if (path === '/v1/basket' && method === 'POST') return create(request, deps, 'list');
  if (path === '/v1/basket/unlock' && method === 'POST') {
    const route = routing(request, 'branch-id');
    if (!route.ok) return refusal(route, store);
    const body = parseBody(request, unlockBodySchema);
    if (!body.ok) return refusal(body, store);
    const unlocked = store.unlock(body.value.basketID, route.value);
    return unlocked.ok ? answer(200, 'Unlock Operation Successfully Completed') : refusal(unlocked, store);
  }
  if (path === '/v1/basket/open-basket' && method === 'GET') {
    const route = routing(request, 'terminal-id');
    if (!route.ok) return refusal(route, store);
    const terminal = store.terminal(route.value);
    if (!terminal.ok) return refusal(terminal, store);
    return answer(200, 'Successfully Fetched Open Baskets', store.openBaskets(terminal.value.id).map((record) => store.openSummary(record)));
  }
  const basketId = BASKET_PATH.exec(path)?.[1];
  if (basketId !== undefined) {
    const id = decodeURIComponent(basketId);
    if (method === 'GET') {
      const found = store.get(id);
      return found.ok ? answer(200, 'Successfully Fetched the Basket', found.value) : refusal(found, store);
    }
    if (method === 'PUT') {
      const route = routing(request, 'branch-id');
      if (!route.ok) return refusal(route, store);
      const body = parseBody(request, basketBodySchema);
      if (!body.ok) return refusal(body, store);
      const updated = store.update(id, route.value, body.value);
      return updated.ok ? answer(200, 'Basket Record Successfully Updated') : refusal(updated, store);
    }
    if (method === 'DELETE') {
      const deleted = store.delete(id);
      return deleted.ok ? answer(200, 'Basket has been deleted successfully') : refusal(deleted, store);
    }
  }
  if (path === '/v1/terminal' && method === 'GET') return terminals(request, store);
  const terminalId = TERMINAL_PATH.exec(path)?.[1];
  if (terminalId !== undefined && method === 'GET') {
    const route = routing(request, 'terminal-id');
    if (!route.ok) return refusal(route, store);
    const terminal = store.terminal(decodeURIComponent(terminalId), REFUSALS.forbiddenAccess);
    if (!terminal.ok) return refusal(terminal, store);
    const { id, branchId, merchantId } = terminal.value;
    return answer(200, "POS's organization returned successfully.", { terminalId: id, branchId, merchantId });
  }
  return answer(404, `Cannot ${method} ${path}`, undefined, 404);
}

function terminals(request: ApiRequest, store: SimulatorStore): ApiAnswer {
  const present = ROUTING.filter((name) => (header(request, name) ?? '') !== '');
  if (present.length === 0) return refusal(REFUSALS.noContextHeader(), store);
  if (present.length > 1) return refusal(REFUSALS.multipleHeaders(), store);
  const [name] = present;
  const value = header(request, name ?? 'terminal-id') ?? '';
  const all = [...store.terminals.values()];
  let matches = all;
  if (name === 'terminal-id') {
    const terminal = store.terminal(value, REFUSALS.forbiddenAccess);
    if (!terminal.ok) return refusal(terminal, store);
    matches = [terminal.value];
  } else if (name === 'branch-id') {
    matches = all.filter((terminal) => terminal.branchId === value);
    if (matches.length === 0) return refusal(REFUSALS.forbiddenAccess(), store);
  } else if (!all.some((terminal) => terminal.merchantId === value)) {
    return refusal(REFUSALS.forbiddenAccess(), store);
  }
  return answer(200, 'Terminals fetched successfully', matches.map(({ id, branchId, sale }) => ({ id, branchId, mode: store.modeNumber(sale) })));
}
