import { vatRateText } from '../../../../../shared/basket/departments';
import type { BasketTotals } from '../../../../../shared/basket/totals';
import { formatAmount, formatTry } from '../../../../../shared/money';
import { useT } from '../../../i18n/useT';

/** The figures the customer is told, all from the shared totals so they match the device to the kuruş. */
export function TotalsPanel({ totals }: { totals: BasketTotals }) {
  const t = useT();
  return (
    <section className="totals" aria-label={t('cashier.totals.title')} data-testid="totals">
      <dl className="totals-rows">
        <dt>{t('cashier.totals.gross')}</dt>
        <dd data-testid="totals-gross">{formatTry(totals.gross)}</dd>
        {totals.lineDiscounts > 0 && (
          <>
            <dt>{t('cashier.totals.lineDiscounts')}</dt>
            <dd data-testid="totals-line-discounts">−{formatTry(totals.lineDiscounts)}</dd>
          </>
        )}
        {totals.basketDiscount > 0 && (
          <>
            <dt>{t('cashier.totals.basketDiscount')}</dt>
            <dd data-testid="totals-basket-discount">−{formatTry(totals.basketDiscount)}</dd>
          </>
        )}
      </dl>
      <div className="grand-total">
        <span>{t('cashier.totals.total')}</span>
        <output data-testid="grand-total" aria-live="polite">
          {formatTry(totals.total)}
        </output>
      </div>
      {totals.vat.length > 0 && (
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
                <td>{vatRateText(bucket.vatRate)}</td>
                <td className="num">{formatAmount(bucket.net)}</td>
                <td className="num">{formatAmount(bucket.vat)}</td>
                <td className="num">{formatAmount(bucket.gross)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
