import type { CheckoutEntry } from '../../../../../shared/checkout/checkoutState';
import { useFormat } from '../../../i18n/format';
import { useT } from '../../../i18n/useT';
import { call } from '../../../state/call';
import { useQuery } from '../../../state/useQuery';

/**
 * A basket the last session left with the device, shown read-only until it is settled:
 * its lines as they were sent (from the journal) and its total, so the cashier can tell
 * the customer what is waiting on the device.
 */
export function RecoveredBasket({ entry }: { entry: CheckoutEntry }) {
  const t = useT();
  const format = useFormat();
  const detail = useQuery(`checkout.get#${entry.basketId}`, () => call('checkout.get', { basketId: entry.basketId })).data;
  return (
    <section className="recovered-basket" aria-labelledby="recovered-title" data-testid="recovered-basket">
      <h2 id="recovered-title">{t('cashier.recovered.title')}</h2>
      <p>
        {t('cashier.recovered.text', { total: format.money(entry.totalKurus), at: format.dateTime(entry.createdAt) })} <span className="muted small">{t('cashier.recovered.readOnly')}</span>
      </p>
      {detail && (
        <div className="recovered-lines">
          <table className="data-table" data-testid="recovered-lines">
            <thead>
              <tr>
                <th>{t('cashier.basket.product')}</th>
                <th className="num">{t('cashier.basket.quantity')}</th>
                <th className="num">{t('cashier.basket.unitPrice')}</th>
                <th className="num">{t('cashier.basket.vat')}</th>
                <th className="num">{t('cashier.basket.total')}</th>
              </tr>
            </thead>
            <tbody>
              {detail.lines.map((line, index) => (
                <tr key={index} data-testid="recovered-line">
                  <td>{line.name}</td>
                  <td className="num">{format.quantity(line.quantity)}</td>
                  <td className="num">{format.amount(line.price)}</td>
                  <td className="num">{format.percent(line.taxPercent)}</td>
                  <td className="num">{format.amount(line.totalKurus)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {detail.basketDiscountKurus > 0 && (
            <p className="small">
              {t('cashier.totals.basketDiscount')}: −{format.money(detail.basketDiscountKurus)}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
