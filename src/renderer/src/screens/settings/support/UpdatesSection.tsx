import { useState } from 'react';
import type { UpdateStatus } from '../../../../../shared/updates';
import { StatusLine } from '../../../components/StatusLine';
import { FailureNotice } from '../../../feedback/FailureNotice';
import { fromError } from '../../../i18n/bilingual';
import { useFormat } from '../../../i18n/format';
import { usePick, useT } from '../../../i18n/useT';
import { call } from '../../../state/call';
import { usePosEvent, useQuery } from '../../../state/useQuery';

const TONE = {
  unavailable: 'warn',
  idle: 'ok',
  checking: 'working',
  'up-to-date': 'ok',
  downloading: 'working',
  waiting: 'warn',
  installing: 'working',
  failed: 'bad',
} as const;

/** A check makes sense only when nothing is under way already. */
const CHECKABLE = new Set<UpdateStatus['state']>(['idle', 'up-to-date', 'failed']);

/** Where the app's own update stands; it installs by itself only on an idle till. */
export function UpdatesSection() {
  const t = useT();
  const pick = usePick();
  const format = useFormat();
  const read = useQuery('updates.status', () => call('updates.status'));
  const [pushed, setPushed] = useState<UpdateStatus | null>(null);
  const [busy, setBusy] = useState(false);
  usePosEvent('updates.changed', setPushed);
  const status = pushed ?? read.data;

  const run = async (name: 'updates.check' | 'updates.install') => {
    setBusy(true);
    const result = await call(name);
    setBusy(false);
    if (result.ok) setPushed(result.value);
  };

  if (!status) return <FailureNotice claims={['updates.status']} />;
  const version = status.availableVersion ?? '—';
  return (
    <fieldset data-testid="updates-section">
      <legend>{t('updates.title')}</legend>
      <p>{t('updates.version', { version: status.currentVersion })}</p>
      <StatusLine tone={TONE[status.state]} testId="update-state">
        {t(`updates.state.${status.state}`, { version, percent: status.downloadPercent ?? 0 })}
        {status.unavailable && ` ${t(`updates.unavailable.${status.unavailable}`)}`}
      </StatusLine>
      {status.blockedBy.length > 0 && (
        <p className="muted">
          {t('updates.blocked', { reasons: status.blockedBy.map((blocker) => t(`updates.blocker.${blocker}`)).join(', ') })}
        </p>
      )}
      {status.error && <StatusLine tone="bad">{pick(fromError(status.error))}</StatusLine>}
      <ul className="plain-list muted">
        {status.feed.url && <li>{t('updates.feed', { url: status.feed.url })}</li>}
        {status.feed.file && <li>{t('updates.feedFile', { file: status.feed.file })}</li>}
        {status.lastCheckedAt !== null && (
          <li>{t('updates.lastChecked', { time: format.dateTime(new Date(status.lastCheckedAt)) })}</li>
        )}
      </ul>
      <FailureNotice claims={['updates.check', 'updates.install']} />
      {status.unavailable === null && (
        <div className="form-actions">
          <button type="button" disabled={busy || !CHECKABLE.has(status.state)} onClick={() => void run('updates.check')}>
            {t('updates.check')}
          </button>
          {status.state === 'waiting' && (
            <button type="button" disabled={busy} onClick={() => void run('updates.install')}>
              {t('updates.install')}
            </button>
          )}
        </div>
      )}
    </fieldset>
  );
}
