import type { CheckoutEntry } from '../../../../../shared/checkout/checkoutState';
import { useFormat } from '../../../i18n/format';
import { useT } from '../../../i18n/useT';
import { useCheckoutStore } from '../state/checkoutStore';
import { primaryAction } from '../state/selectors';
import type { CashierCommands } from '../useCashierCommands';
import { DeviceBusy } from './DeviceBusy';
import { StateDetail } from './StateDetail';
import { StatusActions } from './StatusActions';

type Tone = 'info' | 'ok' | 'warn' | 'bad' | 'neutral';

const TONE: Record<CheckoutEntry['state'], Tone> = {
  draft: 'info',
  sending: 'info',
  'on-device': 'info',
  unknown: 'warn',
  paid: 'ok',
  'cancelled-on-device': 'neutral',
  'receipt-voided': 'neutral',
  declined: 'bad',
  'device-busy': 'bad',
  deleted: 'neutral',
  rejected: 'bad',
  'awaiting-decision': 'warn',
  dropped: 'neutral',
};

/**
 * Follows the basket on the device as the checkout state machine moves. Every state
 * has its word, not only its colour, and offers only the actions that are safe in it:
 * an unknown basket can be checked again, never sent again; a refused one goes again
 * with F10 once the payment is fixed.
 */
export function StatusPanel({ commands }: { commands: CashierCommands }) {
  const t = useT();
  const current = useCheckoutStore((state) => state.current);
  const sending = useCheckoutStore((state) => state.sending);
  if (current === null) {
    return (
      <section className={`status-panel tone-${sending ? 'info' : 'idle'}`} data-testid="status-panel" data-state={sending ? 'sending' : 'idle'} aria-live="polite">
        <h2 className="status-word">{sending ? t('cashier.status.sending') : t('cashier.status.idle')}</h2>
      </section>
    );
  }
  return <EntryStatus entry={current} commands={commands} />;
}

function EntryStatus({ entry, commands }: { entry: CheckoutEntry; commands: CashierCommands }) {
  const t = useT();
  const format = useFormat();
  const f10 = useCheckoutStore(primaryAction);
  return (
    <section className={`status-panel tone-${TONE[entry.state]}`} data-testid="status-panel" data-state={entry.state} aria-live="polite">
      <h2 className="status-word" data-testid="status-word">
        {t(`cashier.status.${entry.state}`)}
      </h2>
      <p className="status-amount">
        {format.money(entry.totalKurus)} · <span className="muted small">{t('cashier.status.basketId', { id: entry.basketId.slice(0, 8) })}</span>
      </p>
      <StateDetail entry={entry} />
      {entry.forced && <p className="notice warn">{t('cashier.status.forced')}</p>}
      {entry.cancelRequested && !entry.final && <p className="notice warn">{t('cashier.status.cancelRequested')}</p>}
      {entry.escalated && !entry.final && <p className="notice warn" data-testid="escalated">{t('cashier.status.escalated')}</p>}
      {entry.state === 'awaiting-decision' && <p className="status-detail">{t('cashier.status.decideHelp')}</p>}
      {entry.state === 'device-busy' && <DeviceBusy commands={commands} />}
      {f10 === 'resend' && <p className="status-detail" data-testid="resend-hint">{t('cashier.status.resendHint')}</p>}
      {entry.state === 'paid' && <p className="muted small">{t('cashier.status.nextSaleHint')}</p>}
      <StatusActions entry={entry} commands={commands} />
    </section>
  );
}
