import type { DatabaseSync } from 'node:sqlite';
import type { Basket } from '../../../shared/basket/model';
import { basketSchema } from '../../../shared/basket/model';
import { basketTotals } from '../../../shared/basket/totals';
import type { ParkedBasketSummary } from '../../../shared/contract/catalog';
import { AppFailure } from '../failure';
import type { Clock } from '../ports';

/**
 * Whether a basket id has already gone to TokenX. The checkout journal answers it;
 * a basket that reached a device must be finished or cancelled there, never parked.
 */
export interface SentBaskets {
  wasSent(basketId: string): boolean;
}

interface ParkedRow {
  basket_id: string;
  label: string;
  parked_at: string;
  line_count: number;
  total_kurus: number;
  basket_json: string;
}

const alreadySent = (basketId: string) =>
  new AppFailure(
    'basket.already-on-device',
    `This basket (${basketId.slice(0, 8)}…) was already sent to the fiscal device. Finish or cancel it there; it cannot be parked or recalled.`,
    `Bu sepet (${basketId.slice(0, 8)}…) zaten ÖKC'ye gönderildi. Cihazda tamamlayın veya iptal edin; beklemeye alınamaz ya da geri çağrılamaz.`,
  );

/** Baskets put aside at the till (a customer fetching something) and taken up again later. */
export class ParkedBaskets {
  readonly #db: DatabaseSync;
  readonly #clock: Clock;
  readonly #sent: SentBaskets;

  constructor(db: DatabaseSync, clock: Clock, sent: SentBaskets) {
    this.#db = db;
    this.#clock = clock;
    this.#sent = sent;
  }

  park(basket: Basket, label: string): ParkedBasketSummary {
    if (this.#sent.wasSent(basket.id)) throw alreadySent(basket.id);
    const live = basket.lines.filter((line) => !line.voided);
    if (live.length === 0) {
      throw new AppFailure('basket.park-empty', 'An empty basket cannot be parked.', 'Boş sepet beklemeye alınamaz.');
    }
    const summary: ParkedBasketSummary = {
      basketId: basket.id,
      label,
      parkedAt: new Date(this.#clock.now()).toISOString(),
      lineCount: live.length,
      totalKurus: basketTotals(basket).total,
    };
    this.#db
      .prepare(
        `INSERT INTO parked_baskets (basket_id, label, parked_at, line_count, total_kurus, basket_json) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (basket_id) DO UPDATE SET label = excluded.label, parked_at = excluded.parked_at, line_count = excluded.line_count,
           total_kurus = excluded.total_kurus, basket_json = excluded.basket_json`,
      )
      .run(summary.basketId, summary.label, summary.parkedAt, summary.lineCount, summary.totalKurus, JSON.stringify(basket));
    return summary;
  }

  list(): ParkedBasketSummary[] {
    const rows = this.#db.prepare('SELECT * FROM parked_baskets ORDER BY parked_at, basket_id').all() as unknown as ParkedRow[];
    return rows.map((row) => ({
      basketId: row.basket_id,
      label: row.label,
      parkedAt: row.parked_at,
      lineCount: Number(row.line_count),
      totalKurus: Number(row.total_kurus),
    }));
  }

  /** Takes the basket out of the parked list and hands it back to the till. */
  recall(basketId: string): Basket {
    const row = this.#db.prepare('SELECT * FROM parked_baskets WHERE basket_id = ?').get(basketId) as ParkedRow | undefined;
    if (row === undefined) {
      throw new AppFailure('basket.not-parked', 'That basket is no longer parked; another till may have recalled it.', 'Bu sepet artık beklemede değil; başka bir kasa geri çağırmış olabilir.');
    }
    if (this.#sent.wasSent(basketId)) throw alreadySent(basketId);
    const parsed = basketSchema.safeParse(JSON.parse(row.basket_json));
    if (!parsed.success) {
      throw new AppFailure(
        'basket.parked-unreadable',
        'The parked basket could not be read back (it was saved by an incompatible version). It was left in place.',
        'Beklemedeki sepet okunamadı (uyumsuz bir sürümle kaydedilmiş). Olduğu gibi bırakıldı.',
      );
    }
    this.#db.prepare('DELETE FROM parked_baskets WHERE basket_id = ?').run(basketId);
    return parsed.data;
  }
}
