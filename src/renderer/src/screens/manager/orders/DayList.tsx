import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { formatTry } from '../../../../../shared/money';
import type { AppError } from '../../../../../shared/result';
import type { ToslaDayPage, ToslaDayRecord } from '../../../../../shared/tosla/views';
import { TOSLA_REQUEST_STATUSES, TOSLA_TRANSACTION_TYPES, describeRequestStatus, describeTransactionType } from '../../../../../shared/tosla/catalog';
import { StatusLine } from '../../../components/StatusLine';
import { errorText } from '../../../i18n/translate';
import { useLanguage, useT } from '../../../i18n/useT';
import { useAppStore } from '../../../state/appStore';
import { istanbulToday } from '../istanbulTime';
import { createDateText } from './orderText';

const PAGE_SIZE = 100;
/** Matches `.vrow`'s height in manager.css. */
const ROW_HEIGHT = 44;

/**
 * Sets one CSS variable on the element through the CSSOM: the renderer's CSP allows no
 * inline style attribute, and the virtual list's offsets are the only dynamic layout.
 */
const cssVariable = (name: string, value: string) => (node: HTMLElement | null) => {
  node?.style.setProperty(name, value);
};

/**
 * One day's Tosla records, a page at a time, in a virtualized table. Arrow keys move the
 * selection, Enter opens the order. Status and type filters apply to the page on show.
 */
export function DayList({ onOpen }: { onOpen(orderId: string): void }) {
  const t = useT();
  const language = useLanguage();
  const api = useAppStore((state) => state.api);
  const ids = { date: useId(), status: useId(), type: useId() };
  const [date, setDate] = useState(() => istanbulToday(new Date()));
  const [pageNumber, setPageNumber] = useState(1);
  const [page, setPage] = useState<ToslaDayPage | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [status, setStatus] = useState<number | null>(null);
  const [type, setType] = useState<number | null>(null);
  const [selected, setSelected] = useState(0);
  const scroller = useRef<HTMLDivElement>(null);

  const load = useCallback(async () => {
    if (!api || !/^\d{4}-\d{2}-\d{2}$/u.test(date)) return;
    setLoading(true);
    const result = await api.call('tosla.listByDate', { date, page: pageNumber, pageSize: PAGE_SIZE });
    setLoading(false);
    if (result.ok) {
      setPage(result.value);
      setError(null);
    } else {
      setError(result.error);
    }
  }, [api, date, pageNumber]);

  useEffect(() => {
    void load();
  }, [load]);

  const rows: ToslaDayRecord[] = (page?.records ?? []).filter(
    (record) => (status === null || record.requestStatus === status) && (type === null || record.transactionType === type),
  );
  const pages = page ? Math.max(1, Math.ceil(page.count / PAGE_SIZE)) : 1;

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });

  const select = (index: number) => {
    const next = Math.min(Math.max(0, index), rows.length - 1);
    setSelected(next);
    virtualizer.scrollToIndex(next);
  };

  const label = (text: { tr: string; en: string }) => (language === 'tr' ? text.tr : text.en);

  return (
    <section className="day-list" aria-labelledby={`${ids.date}-title`}>
      <h2 id={`${ids.date}-title`}>{t('manager.orders.day')}</h2>
      <div className="filters">
        <div className="form-field">
          <label htmlFor={ids.date}>{t('manager.orders.date')}</label>
          <input
            id={ids.date}
            type="date"
            value={date}
            onChange={(event) => {
              setDate(event.target.value);
              setPageNumber(1);
              setSelected(0);
            }}
          />
        </div>
        <div className="form-field">
          <label htmlFor={ids.status}>{t('manager.orders.status')}</label>
          <select id={ids.status} value={status ?? ''} onChange={(event) => setStatus(event.target.value === '' ? null : Number(event.target.value))}>
            <option value="">{t('manager.orders.all')}</option>
            {Object.entries(TOSLA_REQUEST_STATUSES).map(([value, text]) => (
              <option key={value} value={value}>
                {label(text)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor={ids.type}>{t('manager.orders.type')}</label>
          <select id={ids.type} value={type ?? ''} onChange={(event) => setType(event.target.value === '' ? null : Number(event.target.value))}>
            <option value="">{t('manager.orders.all')}</option>
            {Object.entries(TOSLA_TRANSACTION_TYPES).map(([value, text]) => (
              <option key={value} value={value}>
                {label(text)}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="ghost" onClick={() => void load()}>
          {t('manager.orders.reload')}
        </button>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {errorText(error, language)}
        </p>
      )}
      {loading && <StatusLine tone="working">{t('manager.orders.loading')}</StatusLine>}
      {page && (
        <p className="muted" aria-live="polite">
          {t('manager.orders.count', { shown: rows.length, count: page.count, page: page.page, pages })}
        </p>
      )}
      <div className="vtable" role="grid" aria-label={t('manager.orders.day')} aria-rowcount={rows.length} data-testid="tosla-day-table">
        <div className="vrow vhead" role="row">
          <span role="columnheader">{t('manager.orders.time')}</span>
          <span role="columnheader">{t('manager.orders.orderId')}</span>
          <span role="columnheader">{t('manager.orders.type')}</span>
          <span role="columnheader">{t('manager.orders.status')}</span>
          <span role="columnheader" className="num">
            {t('manager.orders.amount')}
          </span>
          <span role="columnheader" className="num">
            {t('manager.orders.refunded')}
          </span>
          <span role="columnheader">{t('manager.orders.card')}</span>
        </div>
        <div
          ref={scroller}
          className="vbody"
          tabIndex={0}
          aria-activedescendant={rows.length > 0 ? `${ids.date}-row-${selected}` : undefined}
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
          <div className="vcanvas" ref={cssVariable('--vcanvas-height', `${virtualizer.getTotalSize()}px`)}>
            {virtualizer.getVirtualItems().map((item) => {
              const record = rows[item.index];
              if (!record) return null;
              return (
                <div
                  key={item.key}
                  id={`${ids.date}-row-${item.index}`}
                  role="row"
                  aria-selected={item.index === selected}
                  className={item.index === selected ? 'vrow placed selected' : 'vrow placed'}
                  ref={cssVariable('--vrow-y', `${item.start}px`)}
                  onClick={() => setSelected(item.index)}
                  onDoubleClick={() => record.orderId && onOpen(record.orderId)}
                >
                  <span role="gridcell">{createDateText(record.createDate, language)}</span>
                  <span role="gridcell">
                    <code>{record.orderId ?? '—'}</code>
                  </span>
                  <span role="gridcell">{label(describeTransactionType(record.transactionType))}</span>
                  <span role="gridcell">{label(describeRequestStatus(record.requestStatus))}</span>
                  <span role="gridcell" className="num">
                    {formatTry(record.amountKurus)}
                  </span>
                  <span role="gridcell" className="num">
                    {record.refundedKurus > 0 ? formatTry(record.refundedKurus) : ''}
                  </span>
                  <span role="gridcell">{record.cardNo ?? ''}</span>
                </div>
              );
            })}
          </div>
        </div>
      </div>
      <div className="pager">
        <button type="button" className="ghost" disabled={pageNumber <= 1} onClick={() => setPageNumber((n) => n - 1)}>
          {t('manager.page.previous')}
        </button>
        <button type="button" className="ghost" disabled={pageNumber >= pages} onClick={() => setPageNumber((n) => n + 1)}>
          {t('manager.page.next')}
        </button>
        <span className="muted small">{t('manager.orders.keys')}</span>
      </div>
    </section>
  );
}
