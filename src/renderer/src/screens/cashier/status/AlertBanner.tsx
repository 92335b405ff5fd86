import { useEffect } from 'react';
import type { CheckoutEntry } from '../../../../../shared/checkout/checkoutState';
import { playWarning } from '../../../feedback/sound';
import { useFormat } from '../../../i18n/format';
import { useT } from '../../../i18n/useT';
import { useAppStore } from '../../../state/appStore';
import { useCheckoutStore } from '../state/checkoutStore';
import type { CashierCommands } from '../useCashierCommands';

/**
 * The device's truth overruled what the till recorded: a payment after the basket was
 * marked declined, a voided receipt, an outcome against the one a manager entered, an
 * amount that differs. Loud, on top of the till, with the sound, until a manager has
 * checked it (a possible double sale), whichever basket is on screen now.
 */
export function AlertBanner({ commands }: { commands: CashierCommands }) {
  const t = useT();
  const format = useFormat();
  const alerts = useCheckoutStore((state) => state.alerts);
  const volume = useAppStore((state) => state.settings?.till.soundVolume ?? 0);
  const newest = alerts.at(-1)?.basketId;
  useEffect(() => {
    if (newest !== undefined) playWarning(volume);
  }, [newest, volume]);
  if (alerts.length === 0) return null;
  return (
    <section className="alert-banner" role="alert" aria-labelledby="alert-title" data-testid="device-alerts">
      <h2 id="alert-title">⚠ {t('cashier.alert.title')}</h2>
      <ul>
        {alerts.map((entry: CheckoutEntry) =>
          entry.alert === null ? null : (
            <li key={entry.basketId} data-testid="device-alert" data-kind={entry.alert.kind}>
              <span>
                {t(`cashier.alert.${entry.alert.kind}`, { previous: t(`cashier.status.${entry.alert.previous}`), now: t(`cashier.status.${entry.state}`) })}{' '}
                <strong>{format.money(entry.totalKurus)}</strong> · {t('cashier.status.basketId', { id: entry.basketId.slice(0, 8) })} · {format.dateTime(entry.alert.at)}
              </span>
              <button type="button" onClick={() => void commands.acknowledgeAlert(entry.basketId)} data-testid="acknowledge-alert">
                {t('cashier.alert.acknowledge')}
              </button>
            </li>
          ),
        )}
      </ul>
    </section>
  );
}
