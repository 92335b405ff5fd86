import { DECLINE_TEXT } from './control';
import { SIM_BANKS, SIM_MEAL_CARD_OPERATORS } from './wire';

/**
 * The virtual ÖKC: one panel per terminal showing what its screen would, driven through
 * the control API. Plain HTML and one inline script (it is a training tool served by
 * the simulator, never part of the app). Every control is a labelled native element
 * with a stable `data-testid`, so a keyboard user and Playwright can both drive it; the
 * page redraws only when the simulator's state version changes, keeping focus put.
 */

const SCRIPT = String.raw`
const panels = document.getElementById('terminals');
const form = {};
let version = -1;
const money = (k) => (k / 100).toLocaleString('tr-TR', { minimumFractionDigits: 2 }) + ' ₺';
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (key === 'onclick' || key === 'onchange') node[key] = value;
    else if (value !== undefined && value !== null && value !== false) node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) if (child !== null && child !== undefined) node.append(child);
  return node;
}
function select(id, testid, label, options, key, tid) {
  const current = form[tid][key];
  const box = el('select', { id, 'data-testid': testid, onchange: (e) => { form[tid][key] = e.target.value; } },
    options.map((o) => el('option', { value: o.value, selected: String(o.value) === String(current) }, o.label)));
  return el('label', { for: id }, label + ' ', box);
}
async function act(tid, body) {
  const res = await fetch('/__control/device', { method: 'POST', headers: { 'content-type': 'application/json', 'x-simulator-token': DATA.token }, body: JSON.stringify(body) });
  const answer = await res.json();
  form[tid].message = res.ok ? 'Tamam / Done' : 'Hata / Error: ' + (answer.description || answer.error || res.status);
  version = -1;
  await refresh();
}
function payments(tid, total) {
  const f = form[tid];
  const bank = Number(f.bank);
  if (f.method === 'plan') return undefined;
  if (f.method === 'cash') return [{ type: 1, amount: total }];
  if (f.method === 'card') return [{ type: 3, amount: total, operatorId: bank }];
  if (f.method === 'meal') return [{ type: 7, amount: total, operatorId: Number(f.meal) }];
  const cash = Math.max(0, Math.min(total, Math.round(Number(String(f.mixedCash).replace(',', '.')) * 100) || 0));
  return [{ type: 1, amount: cash }, { type: 3, amount: total - cash, operatorId: bank }].filter((p) => p.amount > 0);
}
function terminalPanel(t, state) {
  const tid = t.id;
  form[tid] = form[tid] || { method: 'plan', bank: DATA.banks[0].value, meal: DATA.meals[0].value, mixedCash: '0', code: 5005, message: '' };
  const visible = state.baskets.filter((b) => b.deletedAt === null && b.status === 0 && (b.terminalId === tid || (b.terminalId === null && b.branchId === t.branchId)));
  const current = visible.find((b) => b.isLocked && b.lockedBy === tid);
  const heading = el('h2', { id: 'title-' + tid }, tid + ' · ' + (t.sale === 'instant' ? 'Anlık satış / Instant' : 'Liste / List'));
  const status = el('p', {},
    'Fiş no / Receipt: ', el('strong', { 'data-testid': 'receipt-no-' + tid }, String(t.receiptNo)),
    ' · Z no: ', el('strong', { 'data-testid': 'z-no-' + tid }, String(t.zNo)),
    ' · ', el('span', { 'data-testid': 'busy-' + tid }, t.busy ? 'MEŞGUL / BUSY' : 'Hazır / Ready'));
  const tools = el('div', { class: 'row' },
    el('button', { 'data-testid': 'busy-toggle-' + tid, onclick: () => act(tid, { action: 'busy', terminalId: tid, busy: !t.busy }) }, t.busy ? 'Meşguliyeti bitir / Not busy' : 'Meşgul yap / Go busy'),
    el('button', { 'data-testid': 'mode-toggle-' + tid, onclick: () => act(tid, { action: 'sale-kind', terminalId: tid, sale: t.sale === 'instant' ? 'list' : 'instant' }) }, t.sale === 'instant' ? 'Liste moduna geç / Switch to list' : 'Anlık moda geç / Switch to instant'),
    el('button', { 'data-testid': 'z-report-' + tid, onclick: () => act(tid, { action: 'z-report', terminalId: tid }) }, 'Z raporu / Z report'));
  const list = el('ul', { 'data-testid': 'open-list-' + tid, 'aria-label': 'Açık sepetler / Open baskets' },
    visible.map((b) => el('li', { 'data-testid': 'open-basket-' + b.basketID },
      (b.title || ('Sepet ' + (b.checkNumber ?? ''))) + ' · ' + money(b.total) + (b.isLocked ? ' · kilitli / locked: ' + b.lockedBy : ' '),
      b.isLocked ? null : el('button', { 'data-testid': 'open-' + tid + '-' + b.basketID, onclick: () => act(tid, { action: 'open', terminalId: tid, basketId: b.basketID }) }, 'Aç / Open'))));
  const screen = el('div', { class: 'screen', 'data-testid': 'screen-' + tid, 'aria-live': 'polite' });
  if (current) {
    const id = current.basketID;
    screen.append(
      el('h3', {}, 'Ödeme ekranı / Payment · ' + money(current.total)),
      el('ul', { 'data-testid': 'items-' + tid }, (current.items || []).map((i) => el('li', {}, i.name + ' × ' + (i.quantity / 1000) + ' @ ' + money(i.price)))),
      el('div', { class: 'row' },
        select('method-' + tid, 'method-' + tid, 'Ödeme / Payment', DATA.methods, 'method', tid),
        select('bank-' + tid, 'bank-' + tid, 'Banka / Bank', DATA.banks, 'bank', tid),
        select('meal-' + tid, 'meal-' + tid, 'Yemek kartı / Meal card', DATA.meals, 'meal', tid),
        el('label', { for: 'mixed-' + tid }, 'Karma: nakit TL / Mixed: cash TL ',
          el('input', { id: 'mixed-' + tid, 'data-testid': 'mixed-cash-' + tid, inputmode: 'decimal', value: form[tid].mixedCash, onchange: (e) => { form[tid].mixedCash = e.target.value; } }))),
      el('div', { class: 'row' },
        el('button', { 'data-testid': 'pay-' + tid, onclick: () => act(tid, { action: 'pay', terminalId: tid, basketId: id, payments: payments(tid, current.total) }) }, 'Öde / Pay'),
        select('code-' + tid, 'decline-code-' + tid, 'Red kodu / Decline code', DATA.codes, 'code', tid),
        el('button', { 'data-testid': 'decline-' + tid, onclick: () => act(tid, { action: 'decline', terminalId: tid, basketId: id, code: Number(form[tid].code) }) }, 'Reddet / Decline'),
        el('button', { 'data-testid': 'cancel-' + tid, onclick: () => act(tid, { action: 'cancel', terminalId: tid, basketId: id }) }, 'İptal / Cancel'),
        el('button', { 'data-testid': 'put-back-' + tid, onclick: () => act(tid, { action: 'put-back', terminalId: tid, basketId: id }) }, 'Geri bırak / Put back')));
  } else {
    screen.append(el('p', {}, 'Bekleniyor / Waiting for a basket'));
  }
  const receipts = el('ul', { 'data-testid': 'receipts-' + tid, 'aria-label': 'Fişler / Receipts' },
    t.receipts.map((id) => {
      const b = state.baskets.find((x) => x.basketID === id);
      return el('li', { 'data-testid': 'receipt-' + id }, 'Fiş / Receipt ' + (b && b.sale ? b.sale.receiptNo : '?') + ' · ' + money(b ? b.total : 0) + ' ',
        el('button', { 'data-testid': 'void-' + id, onclick: () => act(tid, { action: 'void', terminalId: tid, basketId: id }) }, 'Fişi iptal et / Void receipt'));
    }));
  return el('section', { class: 'terminal', 'data-testid': 'terminal-' + tid, 'aria-labelledby': 'title-' + tid },
    heading, status, tools, el('h3', {}, 'Açık sepetler / Open baskets'), list, screen, el('h3', {}, 'Fişler / Receipts'), receipts,
    el('p', { role: 'status', 'data-testid': 'message-' + tid }, form[tid].message));
}
async function refresh() {
  try {
    const state = await (await fetch('/__control/state', { headers: { 'x-simulator-token': DATA.token } })).json();
    if (state.version === version) return;
    version = state.version;
    const focused = document.activeElement && document.activeElement.dataset ? document.activeElement.dataset.testid : null;
    panels.replaceChildren(...state.terminals.map((t) => terminalPanel(t, state)));
    const again = focused ? document.querySelector('[data-testid="' + focused + '"]') : null;
    if (again) again.focus();
  } catch (error) {
    panels.setAttribute('data-error', String(error));
  }
}
refresh();
setInterval(refresh, 400);
`;

/** The page, with this run's control token for its own calls to the control API. */
export function okcPage(token: string): string {
  const data = {
    token,
    methods: [
      { value: 'plan', label: 'Sepetteki plan / As sent' },
      { value: 'cash', label: 'Nakit / Cash' },
      { value: 'card', label: 'Kart / Card' },
      { value: 'meal', label: 'Yemek kartı / Meal card' },
      { value: 'mixed', label: 'Karma (nakit + kart) / Mixed' },
    ],
    banks: SIM_BANKS.map((bank) => ({ value: bank.code, label: bank.name })),
    meals: SIM_MEAL_CARD_OPERATORS.map((operator) => ({ value: operator.code, label: operator.name })),
    codes: Object.entries(DECLINE_TEXT).map(([code, text]) => ({ value: Number(code), label: `${code} ${text}` })),
  };
  const json = JSON.stringify(data).replaceAll('<', '\\u003c');
  return `<!doctype html>
<html lang="tr">
<head>
<meta charset="utf-8">
<title>Sanal ÖKC · Virtual ÖKC (TokenX simulator)</title>
<style>
body { font-family: system-ui, sans-serif; margin: 1rem; background: #f4f4f0; }
#terminals { display: grid; grid-template-columns: repeat(auto-fit, minmax(26rem, 1fr)); gap: 1rem; }
.terminal { background: #fff; border: 2px solid #333; border-radius: 8px; padding: 0.75rem; }
.screen { background: #e8f4ea; border-radius: 6px; padding: 0.5rem; margin: 0.5rem 0; }
.row { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; margin: 0.25rem 0; }
button { padding: 0.3rem 0.6rem; }
button:focus-visible, select:focus-visible, input:focus-visible { outline: 3px solid #1565c0; }
</style>
</head>
<body>
<h1>Sanal ÖKC · Virtual ÖKC</h1>
<main id="terminals" aria-label="Terminaller / Terminals"></main>
<script>const DATA = ${json};${SCRIPT}</script>
</body>
</html>`;
}
