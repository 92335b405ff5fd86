import { useId, useState } from 'react';
import { AUDIT_ACTIONS, AUDIT_GROUPS, AUDIT_OUTCOMES } from '../../../../../shared/audit/auditText';
import { DateField } from '../../../components/DateField';
import { usePick, useT } from '../../../i18n/useT';
import type { AuditFilter } from './useAuditPage';
import { NO_FILTER } from './useAuditPage';

/** The log's filters: what happened and how it ended from the lists of known ones, who, about what, which days. */
export function AuditFilters({ names, onApply }: { names: ReadonlyMap<string, string>; onApply(filter: AuditFilter): void }) {
  const t = useT();
  const pick = usePick();
  const ids = { action: useId(), user: useId(), subject: useId(), outcome: useId() };
  const [draft, setDraft] = useState<AuditFilter>(NO_FILTER);
  const edit = (patch: Partial<AuditFilter>) => setDraft((current) => ({ ...current, ...patch }));
  return (
    <form
      className="filters"
      aria-label={t('manager.audit.filters')}
      onSubmit={(event) => {
        event.preventDefault();
        onApply(draft);
      }}
    >
      <div className="form-field">
        <label htmlFor={ids.action}>{t('manager.audit.action')}</label>
        <select id={ids.action} value={draft.action} onChange={(event) => edit({ action: event.target.value })}>
          <option value="">{t('manager.audit.anyAction')}</option>
          {Object.entries(AUDIT_GROUPS).map(([group, text]) => (
            <optgroup key={group} label={pick(text)}>
              <option value={group}>{t('manager.audit.wholeGroup', { group: pick(text) })}</option>
              {Object.entries(AUDIT_ACTIONS)
                .filter(([code]) => code.startsWith(`${group}.`))
                .map(([code, action]) => (
                  <option key={code} value={code}>
                    {pick(action)}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
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
        <select id={ids.outcome} value={draft.outcome} onChange={(event) => edit({ outcome: event.target.value })}>
          <option value="">{t('manager.audit.anyOutcome')}</option>
          {Object.entries(AUDIT_OUTCOMES).map(([code, outcome]) => (
            <option key={code} value={code}>
              {pick(outcome)}
            </option>
          ))}
        </select>
      </div>
      <DateField label={t('manager.audit.from')} day={draft.from} optional onDay={(from) => edit({ from })} />
      <DateField label={t('manager.audit.to')} day={draft.to} optional onDay={(to) => edit({ to })} />
      <div className="form-actions">
        <button type="submit">{t('manager.audit.apply')}</button>
        <button
          type="button"
          className="ghost"
          onClick={() => {
            setDraft(NO_FILTER);
            onApply(NO_FILTER);
          }}
        >
          {t('manager.audit.clear')}
        </button>
      </div>
    </form>
  );
}
