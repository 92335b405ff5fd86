import { useEffect, useState } from 'react';
import type { AppError } from '../../../../../shared/result';
import type { UpdateStatus } from '../../../../../shared/updates';
import { StatusLine } from '../../../components/StatusLine';
import { errorText } from '../../../i18n/translate';
import { useLanguage, useT } from '../../../i18n/useT';
import { useAppStore } from '../../../state/appStore';
import { istanbulDateTime } from '../../manager/istanbulTime';

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
  const language = useLanguage();
  const api = useAppStore((state) => state.api);
  const [status, setStatus] = useState<UpdateStatus | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!api) return;
    const off = api.on('updates.changed', setStatus);
    void api.call('updates.status').then((result) => (result.ok ? setStatus(result.value) : setError(result.error)));
    return off;
  }, [api]);

  const run = async (call: 'updates.check' | 'updates.install') => {
    if (!api) return;
    setBusy(true);
    const result = await api.call(call);
    setBusy(false);
    if (result.ok) {
      setStatus(result.value);
      setError(null);
    } else setError(result.error);
  };

  if (!status) return error ? <StatusLine tone="bad">{errorText(error, language)}</StatusLine> : null;
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
      {status.error && <StatusLine tone="bad">{errorText(status.error, language)}</StatusLine>}
      <ul className="plain-list muted">
        {status.feed.url && <li>{t('updates.feed', { url: status.feed.url })}</li>}
        {status.feed.file && <li>{t('updates.feedFile', { file: status.feed.file })}</li>}
        {status.lastCheckedAt !== null && (
          <li>{t('updates.lastChecked', { time: istanbulDateTime(new Date(status.lastCheckedAt).toISOString(), language) })}</li>
        )}
      </ul>
      {error && <StatusLine tone="bad">{errorText(error, language)}</StatusLine>}
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
