import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { BasketLine } from '../../../../../shared/basket/model';
import type { BasketTotals } from '../../../../../shared/basket/totals';
import { lineGross } from '../../../../../shared/basket/totals';
import { cssVariable } from '../../../components/cssVariable';
import { useFormat } from '../../../i18n/format';
import { useT } from '../../../i18n/useT';

const NUMBER_COLUMNS = ['quantity', 'unitPrice', 'discount', 'vat', 'total'] as const;

/** One line a row (`.basket-row` in cashier.css); fixed so the list is virtualized and a 7-line till monitor shows exactly what fits. */
const ROW_HEIGHT = 44;

/**
 * The basket as rows, newest last: live lines, voided ones struck through, lines the
 * device cannot take flagged in place. Only the rows in view are rendered, so a long
 * basket scrolls as lightly as a short one. Read-only when `onSelect` is absent.
 */
export function BasketList({
  lines,
  totals,
  blockedLineIds,
  selectedLineId,
  onSelect,
  testId = 'basket-table',
}: {
  lines: readonly BasketLine[];
  totals: BasketTotals | null;
  blockedLineIds: ReadonlySet<string>;
  selectedLineId: string | null;
  onSelect?(lineId: string): void;
  testId?: string;
}) {
  const t = useT();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: lines.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 6 });
  const selectedIndex = lines.findIndex((line) => line.id === selectedLineId);

  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, lines.length, virtualizer]);

  const payable = new Map(totals?.lines.map((line) => [line.lineId, line]) ?? []);
  return (
    <div className="basket-grid">
      <div className="basket-table" role="grid" aria-label={t('cashier.basket.title')} aria-rowcount={lines.length + 1} data-testid={testId}>
        <div className="basket-row basket-head" role="row" aria-rowindex={1}>
          <span role="columnheader">
            {t('cashier.basket.product')} <span className="muted" data-testid="basket-count">({t('cashier.basket.lines', { count: lines.filter((line) => !line.voided).length })})</span>
          </span>
          {NUMBER_COLUMNS.map((column) => (
            <span key={column} role="columnheader" className="num">
              {t(`cashier.basket.${column}`)}
            </span>
          ))}
        </div>
        <div ref={scroller} className="basket-scroll" data-testid="basket-scroll">
          <div className="vcanvas" ref={cssVariable('--vcanvas-height', `${virtualizer.getTotalSize()}px`)}>
            {virtualizer.getVirtualItems().map((item) => {
              const line = lines[item.index];
              if (!line) return null;
              const figures = payable.get(line.id);
              return (
                <LineRow
                  key={line.id}
                  line={line}
                  index={item.index}
                  top={item.start}
                  lineDiscount={figures?.lineDiscount ?? 0}
                  payable={figures ? figures.gross - figures.lineDiscount : lineGross(line)}
                  selected={line.id === selectedLineId}
                  blocked={blockedLineIds.has(line.id)}
                  onSelect={onSelect}
                />
              );
            })}
          </div>
        </div>
      </div>
      {lines.length === 0 && <p className="basket-empty">{t('cashier.basket.empty')}</p>}
    </div>
  );
}

function LineRow({
  line,
  index,
  top,
  lineDiscount,
  payable,
  selected,
  blocked,
  onSelect,
}: {
  line: BasketLine;
  index: number;
  top: number;
  lineDiscount: number;
  payable: number;
  selected: boolean;
  blocked: boolean;
  onSelect?(lineId: string): void;
}) {
  const t = useT();
  const format = useFormat();
  const className = ['basket-row placed', line.voided ? 'voided' : '', selected ? 'selected' : '', blocked ? 'blocked' : ''].join(' ').trim();
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      className={className}
      data-testid="basket-line"
      ref={cssVariable('--row-y', `${top}px`)}
      onClick={() => !line.voided && onSelect?.(line.id)}
    >
      <span role="gridcell" className="col-name" title={line.name}>
        <span className="line-name">{line.name}</span>
        {line.voided && <span className="tag bad">{t('cashier.basket.voided')}</span>}
        {blocked && <span className="tag bad">{t('cashier.basket.noDepartment')}</span>}
        {line.unitPrice !== line.catalogPrice && <span className="tag warn">{t('cashier.basket.overridden', { price: format.money(line.catalogPrice) })}</span>}
        {(line.barcode ?? line.plu) !== null && <span className="line-code">{line.barcode ?? `PLU ${line.plu}`}</span>}
      </span>
      <span role="gridcell" className="num" data-testid="line-quantity">
        {format.quantity(line.quantity, line.unit)}
      </span>
      <span role="gridcell" className="num">
        {format.amount(line.unitPrice)}
      </span>
      <span role="gridcell" className="num" data-testid="line-discount">
        {lineDiscount > 0 ? `−${format.amount(lineDiscount)}` : ''}
      </span>
      <span role="gridcell" className="num">
        {format.percent(line.vatRate)}
      </span>
      <span role="gridcell" className="num strong" data-testid="line-total">
        {format.amount(payable)}
      </span>
    </div>
  );
}
