import type { BasketTotals } from '../../../../../shared/basket/totals';
import { useFormat } from '../../../i18n/format';
import { useT } from '../../../i18n/useT';

/**
 * What the customer pays, first and largest, always in view; then how it is made up.
 * All from the shared totals, so they match the device to the kuruş. `totalKurus`
 * stands in when only the journal's total is known (a basket left by the last session).
 */
export function TotalsPanel({ totals, totalKurus }: { totals: BasketTotals | null; totalKurus: number }) {
  const t = useT();
  const format = useFormat();
  return (
    <section className="totals" aria-label={t('cashier.totals.title')} data-testid="totals">
      <div className="grand-total">
        <span>{t('cashier.totals.total')}</span>
        <output data-testid="grand-total" aria-live="polite">
          {format.money(totalKurus)}
        </output>
      </div>
      {totals !== null && (
        <dl className="totals-rows">
          <dt>{t('cashier.totals.gross')}</dt>
          <dd data-testid="totals-gross">{format.money(totals.gross)}</dd>
          {totals.lineDiscounts > 0 && (
            <>
              <dt>{t('cashier.totals.lineDiscounts')}</dt>
              <dd data-testid="totals-line-discounts">−{format.money(totals.lineDiscounts)}</dd>
            </>
          )}
          {totals.basketDiscount > 0 && (
            <>
              <dt>{t('cashier.totals.basketDiscount')}</dt>
              <dd data-testid="totals-basket-discount">−{format.money(totals.basketDiscount)}</dd>
            </>
          )}
        </dl>
      )}
      {totals !== null && totals.vat.length > 0 && (
        <table className="vat-table" data-testid="vat-table" aria-label={t('cashier.totals.vatTitle')}>
          <thead>
            <tr>
              <th>{t('cashier.totals.vatRate')}</th>
              <th className="num">{t('cashier.totals.vatBase')}</th>
              <th className="num">{t('cashier.totals.vatAmount')}</th>
              <th className="num">{t('cashier.totals.vatGross')}</th>
            </tr>
          </thead>
          <tbody>
            {totals.vat.map((bucket) => (
              <tr key={bucket.vatRate} data-testid="vat-row">
                <td>{format.percent(bucket.vatRate)}</td>
                <td className="num">{format.amount(bucket.net)}</td>
                <td className="num">{format.amount(bucket.vat)}</td>
                <td className="num">{format.amount(bucket.gross)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
