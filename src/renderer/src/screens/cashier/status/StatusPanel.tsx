import { useEffect } from 'react';
import type { CheckoutEntry } from '../../../../../shared/checkout/checkoutState';
import { formatTry } from '../../../../../shared/money';
import { PAYMENT_TYPES } from '../../../../../shared/tokenx/paymentTypes';
import { statusEntry } from '../../../../../shared/tokenx/statusCatalog';
import { useLanguage, useT } from '../../../i18n/useT';
import { useAppStore } from '../../../state/appStore';
import { useCheckoutStore } from '../state/checkoutStore';
import type { OpenDeviceBasket } from '../state/checkoutStore';
import type { CashierCommands } from '../useCashierCommands';

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
 * an unknown basket can be checked again, never sent again.
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
  const working = useCheckoutStore((state) => state.working);
  const tone = TONE[entry.state];
  return (
    <section className={`status-panel tone-${tone}`} data-testid="status-panel" data-state={entry.state} aria-live="polite">
      <h2 className="status-word" data-testid="status-word">
        {t(`cashier.status.${entry.state}`)}
      </h2>
      <p className="status-amount">
        {formatTry(entry.totalKurus)} · <span className="muted small">{t('cashier.status.basketId', { id: entry.basketId.slice(0, 8) })}</span>
      </p>
      <StateDetail entry={entry} />
      {entry.forced && <p className="notice warn">{t('cashier.status.forced')}</p>}
      {entry.cancelRequested && !entry.final && <p className="notice warn">{t('cashier.status.cancelRequested')}</p>}
      {entry.state === 'device-busy' && <DeviceBusy commands={commands} />}
      <div className="status-actions">
        {entry.state === 'on-device' && !entry.cancelRequested && (
          <button type="button" className="danger" disabled={working} onClick={() => void commands.cancelOnDevice()} data-testid="cancel-on-device">
            <kbd>F8</kbd> {t('cashier.action.cancelOnDevice')}
          </button>
        )}
        {!entry.final && (
          <button type="button" disabled={working} onClick={() => void commands.checkAgain()} data-testid="check-again">
            <kbd>F10</kbd> {t('cashier.action.checkAgain')}
          </button>
        )}
        {!entry.final && (entry.state === 'unknown' || entry.communicationError !== null) && (
          <button type="button" className="ghost" disabled={working} onClick={commands.openForceOutcome} data-testid="force-outcome">
            {t('cashier.action.force')}
          </button>
        )}
        {entry.final && entry.state !== 'paid' && (
          <button type="button" className="ghost" onClick={commands.backToBasket} data-testid="back-to-basket">
            {t('cashier.action.backToBasket')}
          </button>
        )}
        {entry.final && (
          <button type="button" onClick={commands.newSale} data-testid="new-sale">
            <kbd>F10</kbd> {t('cashier.action.newSale')}
          </button>
        )}
      </div>
    </section>
  );
}

function StateDetail({ entry }: { entry: CheckoutEntry }) {
  const t = useT();
  const language = useLanguage();
  switch (entry.state) {
    case 'on-device':
      return (
        <p className="status-detail" data-testid="locked-by">
          {entry.lockedBy ? t('cashier.status.lockedBy', { terminal: entry.lockedBy }) : t('cashier.status.notLocked')}
        </p>
      );
    case 'unknown':
      return (
        <>
          <p className="status-detail">{t('cashier.status.unknownHelp')}</p>
          {entry.communicationError && <p className="muted small">{t('cashier.status.communication', { reason: entry.communicationError })}</p>}
        </>
      );
    case 'paid':
    case 'receipt-voided':
      return entry.sale ? (
        <dl className="receipt" data-testid="receipt">
          <dt>{t('cashier.status.receiptNo')}</dt>
          <dd data-testid="receipt-no">{entry.sale.receiptNo ?? '—'}</dd>
          <dt>{t('cashier.status.zNo')}</dt>
          <dd data-testid="z-no">{entry.sale.zNo ?? '—'}</dd>
          <dt>{t('cashier.status.payments')}</dt>
          <dd>
            <ul className="payments" data-testid="payments">
              {entry.sale.paymentItems.map((item, index) => {
                const type = PAYMENT_TYPES.find((candidate) => candidate.code === item.type);
                return (
                  <li key={index}>
                    {type ? type[language] : String(item.type)}
                    {item.description && item.description.toLocaleUpperCase('tr-TR') !== type?.tr.toLocaleUpperCase('tr-TR') ? ` (${item.description})` : ''}:{' '}
                    <strong>{formatTry(item.amount)}</strong>
                  </li>
                );
              })}
            </ul>
          </dd>
        </dl>
      ) : null;
    case 'declined':
      return <DeviceAnswer code={declineCode(entry)} description={entry.sale?.message ?? null} />;
    case 'rejected':
    case 'device-busy':
      return <DeviceAnswer code={entry.rejection?.code ?? null} description={entry.rejection?.description ?? null} />;
    default:
      return null;
  }
}

/** The device reports a refusal as `5005: Online Decline`; the code is what the catalog knows it by. */
const declineCode = (entry: CheckoutEntry): string | null =>
  entry.sale === null ? null : (/^(\d{3,5})\b/u.exec(entry.sale.message.trim())?.[1] ?? String(entry.sale.status));

/**
 * The code TokenX or the device gave, what it means and what to do next (from the
 * status catalog), and TokenX's own words so support can match them.
 */
function DeviceAnswer({ code, description }: { code: string | null; description: string | null }) {
  const t = useT();
  const language = useLanguage();
  const known = code === null ? null : statusEntry(code);
  return (
    <div className="device-answer" data-testid="device-answer">
      {known && (
        <>
          <p className="status-detail">
            <span className="tag bad">{t('cashier.status.code', { code: known.code })}</span> {language === 'tr' ? known.tr : known.en}
          </p>
          <p className="status-detail" data-testid="what-to-do">
            <strong>{t('cashier.status.whatToDo')}:</strong> {language === 'tr' ? known.nextTr : known.nextEn}
          </p>
        </>
      )}
      {description && <p className="muted small">{description}</p>}
    </div>
  );
}

function DeviceBusy({ commands }: { commands: CashierCommands }) {
  const t = useT();
  const openBaskets = useCheckoutStore((state) => state.openBaskets);
  const loadOpenBaskets = useCheckoutStore((state) => state.loadOpenBaskets);
  const branchId = useAppStore((state) => state.settings?.tokenx.branchId ?? '');

  useEffect(() => {
    void loadOpenBaskets();
  }, [loadOpenBaskets]);

  return (
    <div className="device-busy" data-testid="device-busy">
      <p className="status-detail">{t('cashier.status.busyHelp')}</p>
      <h3>{t('cashier.status.openBaskets')}</h3>
      {openBaskets === null ? (
        <p aria-busy="true">…</p>
      ) : openBaskets.length === 0 ? (
        <p className="muted">{t('cashier.status.noOpenBaskets')}</p>
      ) : (
        <ul className="open-baskets">
          {openBaskets.map((basket: OpenDeviceBasket) => (
            <li key={basket.basketID} data-testid="open-basket">
              <span>
                {basket.title || basket.basketID.slice(0, 8)} · {basket.total != null ? formatTry(basket.total) : '—'}
                {basket.lockedBy ? ` · ${t('cashier.status.lockedBy', { terminal: basket.lockedBy })}` : ''}
              </span>
              <span className="row-actions">
                {basket.isLocked && (basket.branchId || branchId) && (
                  <button type="button" className="ghost small" onClick={() => void commands.unlockDeviceBasket(basket.basketID, basket.branchId || branchId)}>
                    {t('cashier.action.unlock')}
                  </button>
                )}
                <button type="button" className="danger small" onClick={() => void commands.deleteDeviceBasket(basket.basketID)} data-testid="delete-open-basket">
                  {t('cashier.action.delete')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
