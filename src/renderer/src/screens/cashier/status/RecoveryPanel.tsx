import { useFormat } from '../../../i18n/format';
import { useT } from '../../../i18n/useT';
import { useCheckoutStore } from '../state/checkoutStore';

/**
 * After a restart: the baskets the last session left on their way to a device. They are
 * settled (paid, cancelled, or recorded by a manager) before a new sale can start.
 */
export function RecoveryPanel() {
  const t = useT();
  const format = useFormat();
  const recovery = useCheckoutStore((state) => state.recovery);
  const unfinished = useCheckoutStore((state) => state.unfinished);
  const current = useCheckoutStore((state) => state.current);
  const follow = useCheckoutStore((state) => state.follow);
  const settled = useCheckoutStore((state) => state.settledAtStart);
  const acknowledge = useCheckoutStore((state) => state.acknowledgeSettled);
  const recovering = recovery?.phase === 'recovering';
  if (!recovering && unfinished.length === 0 && settled.length === 0) return null;
  return (
    <section className="recovery-panel" data-testid="recovery-panel" aria-live="polite">
      <h2>{t('cashier.recovery.title')}</h2>
      {recovering && recovery && (
        <p>{t('cashier.recovery.checking', { found: recovery.found, known: recovery.known })}</p>
      )}
      {recovery && recovery.unresolved > 0 && <p className="notice warn">{t('cashier.recovery.unresolved', { count: recovery.unresolved })}</p>}
      {recovery && recovery.awaitingDecision > 0 && <p className="notice warn">{t('cashier.recovery.awaitingDecision', { count: recovery.awaitingDecision })}</p>}
      {recovery && recovery.escalated > 0 && <p className="notice warn">{t('cashier.recovery.escalated', { count: recovery.escalated })}</p>}
      {(recovering || unfinished.length > 0) && <p className="muted">{t('cashier.recovery.blocked')}</p>}
      <ul className="recovery-list">
        {unfinished.map((entry) => (
          <li key={entry.basketId} data-testid="recovery-entry" className={entry.basketId === current?.basketId ? 'active' : ''}>
            <span>
              <strong>{t(`cashier.status.${entry.state}`)}</strong> · {format.money(entry.totalKurus)} ·{' '}
              <span className="muted small">{t('cashier.status.basketId', { id: entry.basketId.slice(0, 8) })}</span>
            </span>
            {entry.basketId !== current?.basketId && (
              <button type="button" className="ghost small" onClick={() => follow(entry)}>
                {t('cashier.recovery.resolve')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {settled.length > 0 && (
        <>
          <p>{t('cashier.recovery.settled')}</p>
          <ul className="recovery-list">
            {settled.map((entry) => (
              <li key={entry.basketId} data-testid="recovery-settled">
                <span>
                  <strong>{t(`cashier.status.${entry.state}`)}</strong> · {format.money(entry.totalKurus)}
                  {entry.sale?.receiptNo != null && entry.sale.receiptNo > 0 ? ` · ${t('cashier.status.receiptNo')} ${entry.sale.receiptNo}` : ''} ·{' '}
                  <span className="muted small">{t('cashier.status.basketId', { id: entry.basketId.slice(0, 8) })}</span>
                </span>
              </li>
            ))}
          </ul>
          <button type="button" onClick={acknowledge} data-testid="recovery-acknowledge">
            {t('cashier.recovery.acknowledge')}
          </button>
        </>
      )}
    </section>
  );
}
