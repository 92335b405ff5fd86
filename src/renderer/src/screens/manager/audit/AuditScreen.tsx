import { useCallback, useEffect, useId, useState } from 'react';
import type { AuditIntegrity, AuditPage } from '../../../../../shared/contract/audit';
import { formatTry } from '../../../../../shared/money';
import type { AppError } from '../../../../../shared/result';
import { StatusLine } from '../../../components/StatusLine';
import { errorText } from '../../../i18n/translate';
import { useLanguage, useT } from '../../../i18n/useT';
import { useAppStore } from '../../../state/appStore';
import { istanbulDayStart, istanbulDateTime } from '../istanbulTime';

const PAGE_SIZE = 50;

interface Filter {
  action: string;
  userId: string;
  subject: string;
  outcome: string;
  /** yyyy-mm-dd, Istanbul days. */
  from: string;
  to: string;
}

const EMPTY: Filter = { action: '', userId: '', subject: '', outcome: '', from: '', to: '' };

/** Turns the form into the contract's filter: blank fields are left out, days become Istanbul midnights. */
function toQuery(filter: Filter, offset: number) {
  const text = (value: string) => (value.trim() === '' ? undefined : value.trim());
  return {
    offset,
    limit: PAGE_SIZE,
    ...(text(filter.action) ? { action: text(filter.action) } : {}),
    ...(filter.userId ? { userId: filter.userId } : {}),
    ...(text(filter.subject) ? { subject: text(filter.subject) } : {}),
    ...(text(filter.outcome) ? { outcome: text(filter.outcome) } : {}),
    ...(filter.from ? { from: istanbulDayStart(filter.from, 0) } : {}),
    ...(filter.to ? { to: istanbulDayStart(filter.to, 1) } : {}),
  };
}

/** The audit log, newest first, with filters, paging (PageUp/PageDown) and the hash-chain check. */
export function AuditScreen() {
  const t = useT();
  const language = useLanguage();
  const api = useAppStore((state) => state.api);
  const ids = { action: useId(), user: useId(), subject: useId(), outcome: useId(), from: useId(), to: useId() };
  const [draft, setDraft] = useState<Filter>(EMPTY);
  const [filter, setFilter] = useState<Filter>(EMPTY);
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<AuditPage | null>(null);
  const [names, setNames] = useState<Map<string, string>>(new Map());
  const [error, setError] = useState<AppError | null>(null);
  const [integrity, setIntegrity] = useState<AuditIntegrity | 'checking' | null>(null);

  useEffect(() => {
    if (!api) return;
    void api.call('users.roster').then((result) => {
      if (result.ok) setNames(new Map(result.value.map((user) => [user.id, user.displayName])));
    });
  }, [api]);

  const load = useCallback(async () => {
    if (!api) return;
    const result = await api.call('audit.list', toQuery(filter, offset));
    if (result.ok) {
      setPage(result.value);
      setError(null);
    } else {
      setError(result.error);
    }
  }, [api, filter, offset]);

  useEffect(() => {
    void load();
  }, [load]);

  const verify = async () => {
    if (!api) return;
    setIntegrity('checking');
    const result = await api.call('audit.verify');
    if (result.ok) setIntegrity(result.value);
    else {
      setIntegrity(null);
      setError(result.error);
    }
  };

  const who = (id: string | null) => (id === null ? '—' : (names.get(id) ?? id));
  const total = page?.total ?? 0;
  const move = (delta: number) => setOffset((current) => Math.min(Math.max(0, current + delta * PAGE_SIZE), Math.max(0, total - 1)));
  const edit = (patch: Partial<Filter>) => setDraft((current) => ({ ...current, ...patch }));

  return (
    <div
      className="audit-screen"
      onKeyDown={(event) => {
        if (event.key === 'PageDown') move(1);
        else if (event.key === 'PageUp') move(-1);
        else return;
        event.preventDefault();
      }}
    >
      <form
        className="filters"
        aria-label={t('manager.audit.filters')}
        onSubmit={(event) => {
          event.preventDefault();
          setOffset(0);
          setFilter(draft);
        }}
      >
        <div className="form-field">
          <label htmlFor={ids.action}>{t('manager.audit.action')}</label>
          <input id={ids.action} list={`${ids.action}-list`} value={draft.action} placeholder="tosla" onChange={(event) => edit({ action: event.target.value })} />
          <datalist id={`${ids.action}-list`}>
            {['tosla', 'tosla.void', 'tosla.refund', 'users', 'checkout', 'settings'].map((option) => (
              <option key={option} value={option} />
            ))}
          </datalist>
        </div>
        <div className="form-field">
          <label htmlFor={ids.user}>{t('manager.audit.user')}</label>
          <select id={ids.user} value={draft.userId} onChange={(event) => edit({ userId: event.target.value })}>
            <option value="">{t('manager.audit.anyone')}</option>
            {[...names].map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor={ids.subject}>{t('manager.audit.subject')}</label>
          <input id={ids.subject} value={draft.subject} onChange={(event) => edit({ subject: event.target.value })} />
        </div>
        <div className="form-field">
          <label htmlFor={ids.outcome}>{t('manager.audit.outcome')}</label>
          <input id={ids.outcome} value={draft.outcome} onChange={(event) => edit({ outcome: event.target.value })} />
        </div>
        <div className="form-field">
          <label htmlFor={ids.from}>{t('manager.audit.from')}</label>
          <input id={ids.from} type="date" value={draft.from} onChange={(event) => edit({ from: event.target.value })} />
        </div>
        <div className="form-field">
          <label htmlFor={ids.to}>{t('manager.audit.to')}</label>
          <input id={ids.to} type="date" value={draft.to} onChange={(event) => edit({ to: event.target.value })} />
        </div>
        <div className="form-actions">
          <button type="submit">{t('manager.audit.apply')}</button>
          <button
            type="button"
            className="ghost"
            onClick={() => {
              setDraft(EMPTY);
              setFilter(EMPTY);
              setOffset(0);
            }}
          >
            {t('manager.audit.clear')}
          </button>
        </div>
      </form>

      <div className="integrity">
        <button type="button" onClick={() => void verify()} disabled={integrity === 'checking'}>
          {t('manager.audit.verify')}
        </button>
        {integrity === 'checking' && <StatusLine tone="working">{t('manager.audit.verifying')}</StatusLine>}
        {integrity !== null && integrity !== 'checking' && (
          <div data-testid="audit-integrity">
            {integrity.intact ? (
              <StatusLine tone="ok">{t('manager.audit.intact', { rows: integrity.checkedRows, at: istanbulDateTime(integrity.checkedAt, language) })}</StatusLine>
            ) : (
              <StatusLine tone="bad">
                <strong>{t('manager.audit.broken', { seq: integrity.firstBroken?.seq ?? '?' })}</strong>{' '}
                {integrity.firstBroken && (language === 'tr' ? integrity.firstBroken.messageTr : integrity.firstBroken.message)}
              </StatusLine>
            )}
          </div>
        )}
      </div>

      {error && (
        <p className="field-error" role="alert">
          {errorText(error, language)}
        </p>
      )}
      {page === null ? (
        <StatusLine tone="working">{t('manager.audit.loading')}</StatusLine>
      ) : (
        <>
          <p className="muted" aria-live="polite">
            {total === 0
              ? t('manager.audit.none')
              : t('manager.audit.range', { first: page.offset + 1, last: page.offset + page.entries.length, total })}
          </p>
          <table className="data-table" data-testid="audit-table">
            <thead>
              <tr>
                <th>#</th>
                <th>{t('manager.audit.at')}</th>
                <th>{t('manager.audit.action')}</th>
                <th>{t('manager.audit.actor')}</th>
                <th>{t('manager.audit.approver')}</th>
                <th>{t('manager.audit.subject')}</th>
                <th className="num">{t('manager.audit.amount')}</th>
                <th>{t('manager.audit.outcome')}</th>
              </tr>
            </thead>
            <tbody>
              {page.entries.map((entry) => (
                <tr key={entry.seq} title={JSON.stringify(entry.details)}>
                  <td>{entry.seq}</td>
                  <td className="nowrap">{istanbulDateTime(entry.at, language)}</td>
                  <td>
                    <code>{entry.action}</code>
                  </td>
                  <td>{who(entry.actorId)}</td>
                  <td>{who(entry.approverId)}</td>
                  <td className="subject">{names.get(entry.subject) ?? entry.subject}</td>
                  <td className="num">{entry.amountKurus === null ? '' : formatTry(entry.amountKurus)}</td>
                  <td>{entry.outcome}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="pager">
            <button type="button" className="ghost" disabled={offset === 0} onClick={() => move(-1)}>
              <kbd>PgUp</kbd> {t('manager.page.previous')}
            </button>
            <button type="button" className="ghost" disabled={offset + PAGE_SIZE >= total} onClick={() => move(1)}>
              <kbd>PgDn</kbd> {t('manager.page.next')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
