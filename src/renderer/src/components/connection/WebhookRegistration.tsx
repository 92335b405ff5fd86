import { useState } from 'react';
import type { WebhookStatus } from '../../../../shared/checkout/webhookStatus';
import type { AppError } from '../../../../shared/result';
import { ConfirmDialog } from '../ConfirmDialog';
import { StatusLine } from '../StatusLine';
import { FailureNotice } from '../../feedback/FailureNotice';
import { fromError } from '../../i18n/bilingual';
import { usePick, useT } from '../../i18n/useT';
import { call } from '../../state/call';
import { usePosEvent, useQuery } from '../../state/useQuery';
import './connection.css';

/**
 * The webhook path: the local receiver, the tunnel, and TokenX's client settings. The
 * callback URL belongs to the business, so registering reads first and never replaces
 * another workstation's address without an explicit yes.
 */
export function WebhookRegistration() {
  const t = useT();
  const pick = usePick();
  const read = useQuery('webhook.status', () => call('webhook.status'));
  const [pushed, setPushed] = useState<WebhookStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  usePosEvent('webhook.changed', setPushed);
  const status = pushed ?? read.data;

  const register = async (confirmOverwrite: boolean) => {
    setBusy(true);
    const result = await call('webhook.register', { confirmOverwrite });
    setBusy(false);
    if (result.ok) setPushed(result.value);
  };
  const problem = (value: AppError | null) => (value ? ` — ${pick(fromError(value))}` : '');

  return (
    <div className="webhook-registration" data-testid="webhook-registration">
      <h3>{t('setup.webhook')}</h3>
      {status === null && read.loading && <StatusLine tone="working">{t('setup.webhook.reading')}</StatusLine>}
      {status && (
        <ul className="plain-list">
          <li>
            {status.receiver.listening ? t('setup.webhook.listening', { port: status.receiver.port ?? '?' }) : t('setup.webhook.notListening')}
            {problem(status.receiver.error)}
          </li>
          <li>
            {t(`setup.tunnel.${status.tunnel.state}`)}
            {status.tunnel.publicUrl ? `: ${status.tunnel.publicUrl}` : ''}
            {problem(status.tunnel.error)}
          </li>
          <li data-testid="registration-state">
            {t(`setup.registration.${status.registration.state}`, { ours: status.registration.ourUrl ?? '—', theirs: status.registration.registeredUrl ?? '—' })}
            {problem(status.registration.error)}
          </li>
        </ul>
      )}
      <FailureNotice claims={['webhook.status', 'webhook.register']} />
      <div className="form-actions">
        <button type="button" disabled={busy || status?.registration.state === 'no-public-url'} onClick={() => void register(false)}>
          {busy ? t('dialog.working') : t('setup.webhook.register')}
        </button>
        {status?.registration.state === 'conflict' && (
          <button type="button" className="danger" disabled={busy} onClick={() => setConfirming(true)}>
            {t('setup.webhook.overwrite')}
          </button>
        )}
      </div>
      {confirming && status && (
        <ConfirmDialog
          danger
          title={t('setup.webhook.overwrite')}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void register(true);
          }}
        >
          <p>{t('setup.webhook.overwriteText', { theirs: status.registration.registeredUrl ?? '—', ours: status.registration.ourUrl ?? '—' })}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
