import { useEffect, useState } from 'react';
import type { ParkedBasketSummary } from '../../../../../shared/contract/catalog';
import { formatTry } from '../../../../../shared/money';
import { Dialog } from '../../../components/Dialog';
import { useLanguage, useT } from '../../../i18n/useT';
import { useAppStore } from '../../../state/appStore';
import { useSaleStore } from '../state/saleStore';

/**
 * Park the basket on screen (main keeps it) or recall a parked one. Only a basket that
 * never left this till can be parked: the screen locks the basket once it is sent.
 */
export function ParkedDialog() {
  const t = useT();
  const language = useLanguage();
  const api = useAppStore((state) => state.api);
  const basket = useSaleStore((state) => state.basket);
  const close = useSaleStore((state) => state.closeDialog);
  const load = useSaleStore((state) => state.load);
  const newSale = useSaleStore((state) => state.newSale);
  const [parked, setParked] = useState<ParkedBasketSummary[] | null>(null);
  const hasLines = basket.lines.some((line) => !line.voided);

  useEffect(() => {
    if (!api) return;
    let live = true;
    void api.call('basket.listParked').then((result) => {
      if (!live) return;
      if (result.ok) setParked(result.value);
      else {
        useAppStore.setState({ error: result.error });
        setParked([]);
      }
    });
    return () => {
      live = false;
    };
  }, [api]);

  const park = async () => {
    if (!api) return;
    const result = await api.call('basket.park', { basket, label: '' });
    if (!result.ok) {
      useAppStore.setState({ error: result.error });
      return;
    }
    newSale();
  };

  const recall = async (basketId: string) => {
    if (!api || hasLines) return;
    const result = await api.call('basket.recall', { basketId });
    if (!result.ok) {
      useAppStore.setState({ error: result.error });
      return;
    }
    load(result.value);
    close();
  };

  const timeText = (iso: string) =>
    new Intl.DateTimeFormat(language === 'tr' ? 'tr-TR' : 'en-GB', { timeStyle: 'short', timeZone: 'Europe/Istanbul' }).format(new Date(iso));

  return (
    <Dialog title={t('cashier.parked.title')} onCancel={close} testId="parked-dialog">
      {hasLines && (
        <button type="button" data-autofocus onClick={() => void park()} data-testid="park-basket">
          {t('cashier.parked.park')}
        </button>
      )}
      {parked === null ? (
        <p aria-busy="true">…</p>
      ) : parked.length === 0 ? (
        <p className="muted">{t('cashier.parked.none')}</p>
      ) : (
        <>
          {hasLines && <p className="muted small">{t('cashier.parked.mustBeEmpty')}</p>}
          <ul className="parked-list">
            {parked.map((entry) => (
              <li key={entry.basketId} data-testid="parked-basket">
                <span>
                  {timeText(entry.parkedAt)} · {entry.label || t('cashier.parked.lines', { count: entry.lineCount })} ·{' '}
                  <strong>{formatTry(entry.totalKurus)}</strong>
                </span>
                <button type="button" disabled={hasLines} onClick={() => void recall(entry.basketId)}>
                  {t('cashier.parked.recall')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="dialog-actions">
        <button type="button" className="ghost" onClick={close}>
          {t('cashier.dialog.close')} <kbd>Esc</kbd>
        </button>
      </div>
    </Dialog>
  );
}
