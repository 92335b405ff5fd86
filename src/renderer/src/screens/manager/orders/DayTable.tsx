import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { describeRequestStatus, describeTransactionType } from '../../../../../shared/tosla/catalog';
import type { ToslaDayRecord } from '../../../../../shared/tosla/views';
import { cssVariable } from '../../../components/cssVariable';
import { useFormat } from '../../../i18n/format';
import { usePick, useT } from '../../../i18n/useT';
import { createDateText } from './orderText';

/** Matches `.vrow`'s height in manager.css. */
const ROW_HEIGHT = 44;

/** The day's records in a virtualized grid: ↑↓ Home End move the selection, Enter opens the order. */
export function DayTable({ id, rows, selected, onSelect, onOpen }: { id: string; rows: readonly ToslaDayRecord[]; selected: number; onSelect(index: number): void; onOpen(orderId: string): void }) {
  const t = useT();
  const pick = usePick();
  const format = useFormat();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 8 });
  const select = (index: number) => {
    const next = Math.min(Math.max(0, index), rows.length - 1);
    onSelect(next);
    virtualizer.scrollToIndex(next);
  };
  const columns = ['time', 'orderId', 'type', 'status', 'amount', 'refunded', 'card'] as const;
  return (
    <div
      ref={scroller}
      className="vtable"
      role="grid"
      tabIndex={0}
      aria-label={`${t('manager.orders.day')} · ${t('manager.orders.keys')}`}
      aria-rowcount={rows.length + 1}
      aria-activedescendant={rows.length > 0 ? `${id}-row-${selected}` : undefined}
      data-testid="tosla-day-table"
      onKeyDown={(event) => {
        if (event.key === 'ArrowDown') select(selected + 1);
        else if (event.key === 'ArrowUp') select(selected - 1);
        else if (event.key === 'Home') select(0);
        else if (event.key === 'End') select(rows.length - 1);
        else if (event.key === 'Enter' && rows[selected]?.orderId) onOpen(rows[selected].orderId);
        else return;
        event.preventDefault();
      }}
    >
      <div className="vrow vhead" role="row" aria-rowindex={1}>
        {columns.map((column) => (
          <span key={column} role="columnheader" className={column === 'amount' || column === 'refunded' ? 'num' : undefined}>
            {t(`manager.orders.${column}`)}
          </span>
        ))}
      </div>
      <div className="vcanvas" ref={cssVariable('--vcanvas-height', `${virtualizer.getTotalSize()}px`)}>
          {virtualizer.getVirtualItems().map((item) => {
            const record = rows[item.index];
            if (!record) return null;
            return (
              <div
                key={item.key}
                id={`${id}-row-${item.index}`}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={item.index === selected}
                className={item.index === selected ? 'vrow placed selected' : 'vrow placed'}
                ref={cssVariable('--row-y', `${item.start}px`)}
                onClick={() => onSelect(item.index)}
                onDoubleClick={() => record.orderId && onOpen(record.orderId)}
              >
                <span role="gridcell">{createDateText(record.createDate)}</span>
                <span role="gridcell">{record.orderId ?? '—'}</span>
                <span role="gridcell">{pick(describeTransactionType(record.transactionType))}</span>
                <span role="gridcell">{pick(describeRequestStatus(record.requestStatus))}</span>
                <span role="gridcell" className="num">
                  {format.money(record.amountKurus)}
                </span>
                <span role="gridcell" className="num">
                  {record.refundedKurus > 0 ? format.money(record.refundedKurus) : ''}
                </span>
                <span role="gridcell">{record.cardNo ?? ''}</span>
              </div>
            );
          })}
      </div>
    </div>
  );
}
