import { seededRandom } from '../../../shared/seededRandom';
import { gmt3Wall, instantOfGmt3Wall, transactionDateAt } from './gmt3';
import type { MerchantLedger, NewOrder } from './ledger';

const CARDS = ['41595600****7732', '55711355****5575', '41197901****3496', '45467112****7894', '54066754****5403'];
const ORDERS_PER_DAY = 8;
const SEED = 20_250_314;

const startOfDay = (epochMs: number, daysBack: number): number =>
  instantOfGmt3Wall({ ...gmt3Wall(epochMs), day: gmt3Wall(epochMs).day - daysBack, hour: 0, minute: 0, second: 0 });

const orderId = (dayStart: number, index: number): string =>
  `ORD-${transactionDateAt(dayStart)}-${String(index + 1).padStart(4, '0')}`;

/**
 * Gives the merchant eight orders a day for today and up to `daysBack` days before:
 * plain sales, installment sales, a pre-auth, an order already voided and one partially
 * refunded, with order ids `ORD-yyyyMMdd-NNNN`. A day that already has its orders is left
 * as it is, so a kept ledger gains only the days it lacks. Today's orders lie before `now`.
 */
export function seedLedger(ledger: MerchantLedger, now: number, daysBack = 3): void {
  const random = seededRandom(SEED);
  for (let back = daysBack; back >= 0; back -= 1) {
    const dayStart = startOfDay(now, back);
    if (ledger.order(orderId(dayStart, 0)) !== undefined) continue;
    const first = back === 0 ? dayStart + 60_000 : dayStart + 9 * 3_600_000;
    const last = back === 0 ? Math.max(first, now - 60_000) : dayStart + 21 * 3_600_000;
    const step = (last - first) / ORDERS_PER_DAY;
    for (let index = 0; index < ORDERS_PER_DAY; index += 1) {
      const createdAt = Math.floor(first + step * index + random() * step * 0.5);
      const order: NewOrder = {
        orderId: orderId(dayStart, index),
        amount: 1_000 + Math.floor(random() * 240) * 125,
        createdAt,
        installmentCount: index % 4 === 1 ? 3 : 0,
        kind: index === 5 ? 'pre-auth' : 'sale',
        cardNo: CARDS[index % CARDS.length] ?? CARDS[0],
        commissionRateBp: index % 2 === 0 ? 300 : 0,
      };
      ledger.addOrder(order);
      if (index === 3) ledger.void(order.orderId, null, createdAt + 30_000);
      if (index === 6) ledger.refund(order.orderId, Math.floor(order.amount / 4), null, { sameDay: 'allowed', at: createdAt + 60_000 });
    }
  }
}
