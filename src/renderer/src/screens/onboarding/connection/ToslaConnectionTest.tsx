import { useState } from 'react';
import type { AppError } from '../../../../../shared/result';
import type { ToslaStatus } from '../../../../../shared/tosla/views';
import { StatusLine } from '../../../components/StatusLine';
import { errorText } from '../../../i18n/translate';
import { useLanguage, useT } from '../../../i18n/useT';
import { useAppStore } from '../../../state/appStore';
import { istanbulToday } from '../../manager/istanbulTime';

type Outcome = { ok: true; count: number; status: ToslaStatus } | { ok: false; error: AppError };

const SKEW_WARNING_MS = 2 * 60_000;

/**
 * Tosla has no "ping": the test asks for today's history, which needs the credentials,
 * the hash and the clock all to be right, so a failure names the one that is not.
 */
export function ToslaConnectionTest() {
  const t = useT();
  const language = useLanguage();
  const api = useAppStore((state) => state.api);
  const [state, setState] = useState<'idle' | 'testing' | Outcome>('idle');
  const run = async () => {
    if (!api) return;
    setState('testing');
    const history = await api.call('tosla.listByDate', { date: istanbulToday(new Date()), page: 1, pageSize: 1 });
    if (!history.ok) return setState({ ok: false, error: history.error });
    const status = await api.call('tosla.status');
    if (!status.ok) return setState({ ok: false, error: status.error });
    setState({ ok: true, count: history.value.count, status: status.value });
  };
  const skew = typeof state === 'object' && state.ok ? state.status.clockSkewMs : null;
  return (
    <div className="connection-test" data-testid="tosla-test">
      <button type="button" disabled={state === 'testing'} onClick={() => void run()}>
        {t('setup.test.tosla')}
      </button>
      {state === 'testing' && <StatusLine tone="working">{t('setup.test.running')}</StatusLine>}
      {typeof state === 'object' && state.ok && (
        <StatusLine tone="ok">
          {t('setup.tosla.ok', {
            mode: t(state.status.mode === 'simulator' ? 'status.simulator' : 'status.live'),
            url: state.status.baseUrl,
            count: state.count,
          })}
        </StatusLine>
      )}
      {skew !== null && Math.abs(skew) > SKEW_WARNING_MS && (
        <StatusLine tone="warn">{t('setup.tosla.skew', { minutes: Math.round(skew / 60_000) })}</StatusLine>
      )}
      {typeof state === 'object' && !state.ok && <StatusLine tone="bad">{errorText(state.error, language)}</StatusLine>}
    </div>
  );
}
