import { useId, useState } from 'react';
import { TOSLA_REQUEST_STATUSES, TOSLA_TRANSACTION_TYPES } from '../../../../../shared/tosla/catalog';
import type { CatalogText } from '../../../../../shared/tosla/catalog';
import { DateField } from '../../../components/DateField';
import { StatusLine } from '../../../components/StatusLine';
import { FailureNotice } from '../../../feedback/FailureNotice';
import { istanbulDay } from '../../../i18n/format';
import { usePick, useT } from '../../../i18n/useT';
import { DayTable } from './DayTable';
import { DAY_PAGE_SIZE, useDayPage } from './useDayPage';

/** A choice among a catalog's values, or all of them. */
function CatalogSelect({ label, options, value, onChange }: { label: string; options: Readonly<Record<number, CatalogText>>; value: number | null; onChange(value: number | null): void }) {
  const t = useT();
  const pick = usePick();
  const id = useId();
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value === '' ? null : Number(event.target.value))}>
        <option value="">{t('manager.orders.all')}</option>
        {Object.entries(options).map(([code, text]) => (
          <option key={code} value={code}>
            {pick(text)}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * One day's Tosla records, a page at a time, in a virtualized table. Arrow keys move the
 * selection, Enter opens the order. Status and type filters apply to the page on show.
 */
export function DayList({ onOpen }: { onOpen(orderId: string): void }) {
  const t = useT();
  const id = useId();
  const [day, setDay] = useState(() => istanbulDay(new Date()));
  const [pageNumber, setPageNumber] = useState(1);
  const [status, setStatus] = useState<number | null>(null);
  const [type, setType] = useState<number | null>(null);
  const [selected, setSelected] = useState(0);
  const { data: page, loading, reload } = useDayPage(day, pageNumber);

  const rows = (page?.records ?? []).filter((record) => (status === null || record.requestStatus === status) && (type === null || record.transactionType === type));
  const pages = page ? Math.max(1, Math.ceil(page.count / DAY_PAGE_SIZE)) : 1;

  return (
    <section className="day-list" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('manager.orders.day')}</h2>
      <div className="filters">
        <DateField
          label={t('manager.orders.date')}
          day={day}
          onDay={(next) => {
            setDay(next);
            setPageNumber(1);
            setSelected(0);
          }}
        />
        <CatalogSelect label={t('manager.orders.status')} options={TOSLA_REQUEST_STATUSES} value={status} onChange={setStatus} />
        <CatalogSelect label={t('manager.orders.type')} options={TOSLA_TRANSACTION_TYPES} value={type} onChange={setType} />
        <button type="button" className="ghost" onClick={() => void reload()}>
          {t('manager.orders.reload')}
        </button>
      </div>
      <FailureNotice claims={['tosla.listByDate']} />
      {loading && <StatusLine tone="working">{t('manager.orders.loading')}</StatusLine>}
      {page && (
        <p className="muted" aria-live="polite">
          {t('manager.orders.count', { shown: rows.length, count: page.count, page: page.page, pages })}
        </p>
      )}
      <DayTable id={id} rows={rows} selected={selected} onSelect={setSelected} onOpen={onOpen} />
      <div className="pager">
        <button type="button" className="ghost" aria-disabled={pageNumber <= 1} onClick={() => pageNumber > 1 && setPageNumber((n) => n - 1)}>
          {t('manager.page.previous')}
        </button>
        <button type="button" className="ghost" aria-disabled={pageNumber >= pages} onClick={() => pageNumber < pages && setPageNumber((n) => n + 1)}>
          {t('manager.page.next')}
        </button>
        <span className="muted small">{t('manager.orders.keys')}</span>
      </div>
    </section>
  );
}
