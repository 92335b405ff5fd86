import { useEffect, useRef } from 'react';
import { vatRateText } from '../../../../../shared/basket/departments';
import { lineGross } from '../../../../../shared/basket/totals';
import type { BasketTotals } from '../../../../../shared/basket/totals';
import { UNITS } from '../../../../../shared/basket/units';
import { formatAmount, formatQuantity, formatTry } from '../../../../../shared/money';
import { errorText } from '../../../i18n/translate';
import { useLanguage, useT } from '../../../i18n/useT';
import { offerAddProduct } from '../state/catalogActions';
import { useSaleStore } from '../state/saleStore';

/**
 * The basket as rows: live lines, voided ones struck through, and error rows for scans
 * that did not become a line. Lines the device cannot take are flagged in place.
 */
export function BasketTable({ totals, blockedLineIds }: { totals: BasketTotals; blockedLineIds: ReadonlySet<string> }) {
  const t = useT();
  const language = useLanguage();
  const lines = useSaleStore((state) => state.basket.lines);
  const selectedLineId = useSaleStore((state) => state.selectedLineId);
  const notices = useSaleStore((state) => state.notices);
  const select = useSaleStore((state) => state.select);
  const dismissNotice = useSaleStore((state) => state.dismissNotice);
  const offeredNoticeId = useSaleStore((state) => state.offeredNoticeId);
  const selectedRow = useRef<HTMLTableRowElement>(null);
  const payableById = new Map(totals.lines.map((line) => [line.lineId, line]));

  useEffect(() => {
    selectedRow.current?.scrollIntoView?.({ block: 'nearest' });
  }, [selectedLineId, lines.length]);

  const live = lines.filter((line) => !line.voided).length;
  return (
    <section className="basket" aria-label={t('cashier.basket.title')}>
      <div className="basket-scroll">
        <table className="basket-table" data-testid="basket-table">
          <thead>
            <tr>
              <th className="col-name">{t('cashier.basket.product')}</th>
              <th className="num">{t('cashier.basket.quantity')}</th>
              <th className="num">{t('cashier.basket.unitPrice')}</th>
              <th className="num">{t('cashier.basket.discount')}</th>
              <th className="num">{t('cashier.basket.vat')}</th>
              <th className="num">{t('cashier.basket.total')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => {
              const figures = payableById.get(line.id);
              const selected = line.id === selectedLineId;
              const blocked = blockedLineIds.has(line.id);
              const className = [line.voided ? 'voided' : '', selected ? 'selected' : '', blocked ? 'blocked' : ''].join(' ').trim();
              return (
                <tr
                  key={line.id}
                  ref={selected ? selectedRow : undefined}
                  className={className}
                  aria-selected={selected}
                  data-testid="basket-line"
                  onClick={() => !line.voided && select(line.id)}
                >
                  <td className="col-name">
                    <span className="line-name">{line.name}</span>
                    {line.voided && <span className="tag bad">{t('cashier.basket.voided')}</span>}
                    {blocked && <span className="tag bad">{t('cashier.basket.noDepartment')}</span>}
                    {line.unitPrice !== line.catalogPrice && (
                      <span className="tag warn">{t('cashier.basket.overridden', { price: formatTry(line.catalogPrice) })}</span>
                    )}
                    {line.barcode && <span className="line-code">{line.barcode}</span>}
                  </td>
                  <td className="num" data-testid="line-quantity">
                    {formatQuantity(line.quantity)} {UNITS[line.unit][language]}
                  </td>
                  <td className="num">{formatAmount(line.unitPrice)}</td>
                  <td className="num" data-testid="line-discount">
                    {figures && figures.lineDiscount > 0 ? `−${formatAmount(figures.lineDiscount)}` : ''}
                  </td>
                  <td className="num">{vatRateText(line.vatRate)}</td>
                  <td className="num strong" data-testid="line-total">
                    {formatAmount(figures ? figures.gross - figures.lineDiscount : lineGross(line))}
                  </td>
                </tr>
              );
            })}
            {notices.map((notice) => (
              <tr key={notice.id} className="notice-row" role="alert" data-testid="basket-notice" data-code={notice.code}>
                <td colSpan={5}>
                  <strong>⚠ </strong>
                  {errorText(notice, language)}
                  {notice.id === offeredNoticeId && <span className="notice-hint"> {t('cashier.addProduct.hint')}</span>}
                </td>
                <td className="num notice-actions">
                  {notice.id === offeredNoticeId && (
                    <button type="button" className="small" data-testid="notice-add-product" onClick={() => offerAddProduct(notice.id)}>
                      {t('cashier.addProduct.offer')} <kbd>Enter</kbd>
                    </button>
                  )}
                  <button type="button" className="ghost small" onClick={() => dismissNotice(notice.id)}>
                    {t('cashier.notice.dismiss')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {lines.length === 0 && notices.length === 0 && <p className="basket-empty">{t('cashier.basket.empty')}</p>}
      </div>
      <p className="basket-count muted">{t('cashier.basket.lines', { count: live })}</p>
    </section>
  );
}
