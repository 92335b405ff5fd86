import { istanbulToEpoch, istanbulWallTime } from '../../core/tosla/istanbulTime';
import type { MerchantLedger, NewOrder } from './ledger';
import { seededRandom } from '../../../shared/seededRandom';

const CARDS = ['41595600****7732', '55711355****5575', '41197901****3496', '45467112****7894', '54066754****5403'];
const DAYS_BACK = 3;
const ORDERS_PER_DAY = 8;

const startOfIstanbulDay = (epochMs: number, daysBack: number): number => {
  const wall = istanbulWallTime(epochMs);
  const day = new Date(Date.UTC(wall.year, wall.month - 1, wall.day - daysBack));
  return istanbulToEpoch({
    year: day.getUTCFullYear(),
    month: day.getUTCMonth() + 1,
    day: day.getUTCDate(),
    hour: 0,
    minute: 0,
    second: 0,
  });
};

const orderId = (dayStart: number, index: number): string => {
  const wall = istanbulWallTime(dayStart);
  const date = `${wall.year}${String(wall.month).padStart(2, '0')}${String(wall.day).padStart(2, '0')}`;
  return `ORD-${date}-${String(index + 1).padStart(4, '0')}`;
};

/**
 * Fills the ledger with today and the three days before: plain sales, installment
 * sales, a pre-auth, an order already voided and one partially refunded, with order
 * ids `ORD-yyyyMMdd-NNNN`. Today's orders all lie before `now`.
 */
export function seedLedger(ledger: MerchantLedger, now: number, seed = 20_250_314): void {
  const random = seededRandom(seed);
  for (let daysBack = DAYS_BACK; daysBack >= 0; daysBack -= 1) {
    const dayStart = startOfIstanbulDay(now, daysBack);
    const first = daysBack === 0 ? dayStart + 60_000 : dayStart + 9 * 3_600_000;
    const last = daysBack === 0 ? Math.max(first, now - 60_000) : dayStart + 21 * 3_600_000;
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
      if (index === 6) ledger.refund(order.orderId, Math.floor(order.amount / 4), null, createdAt + 60_000);
    }
  }
}
