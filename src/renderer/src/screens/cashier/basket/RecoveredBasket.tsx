import type { CheckoutEntry } from '../../../../../shared/checkout/checkoutState';
import { useFormat } from '../../../i18n/format';
import { useT } from '../../../i18n/useT';

/**
 * A basket the last session left with the device, shown read-only until it is settled:
 * its lines as they were sent, and its total, so the cashier can tell the customer.
 */
export function RecoveredBasket({ entry }: { entry: CheckoutEntry }) {
  const t = useT();
  const format = useFormat();
  return (
    <section className="recovered-basket" aria-label={t('cashier.recovered.title')} data-testid="recovered-basket">
      <h2>{t('cashier.recovered.title')}</h2>
      <p>
        {t('cashier.recovered.text', { total: format.money(entry.totalKurus), at: format.dateTime(entry.createdAt) })}
      </p>
      <p className="muted small">{t('cashier.recovered.readOnly')}</p>
    </section>
  );
}
