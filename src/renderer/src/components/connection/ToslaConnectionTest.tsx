import { useState } from 'react';
import type { ToslaStatus } from '../../../../shared/tosla/views';
import { StatusLine } from '../StatusLine';
import { FailureNotice } from '../../feedback/FailureNotice';
import { istanbulDay } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../state/appStore';
import { call } from '../../state/call';
import './connection.css';

type Outcome = { count: number; status: ToslaStatus };

const SKEW_WARNING_MS = 2 * 60_000;

/**
 * Tosla has no "ping": the test asks for today's history, which needs the credentials,
 * the hash and the clock all to be right, so a failure names the one that is not. The
 * verdict names where it asked: the simulator, or Tosla's test or production service.
 */
export function ToslaConnectionTest() {
  const t = useT();
  const environment = useAppStore((state) => state.settings?.tosla.environment ?? 'test');
  const [state, setState] = useState<'idle' | 'testing' | Outcome>('idle');
  const run = async () => {
    setState('testing');
    const history = await call('tosla.listByDate', { date: istanbulDay(new Date()), page: 1, pageSize: 1 });
    const status = history.ok ? await call('tosla.status') : null;
    setState(history.ok && status?.ok ? { count: history.value.count, status: status.value } : 'idle');
  };
  const skew = typeof state === 'object' ? state.status.clockSkewMs : null;
  const where = typeof state === 'object' && state.status.mode === 'simulator' ? t('status.simulator') : t(`settings.environment.${environment}`);
  return (
    <div className="connection-test" data-testid="tosla-test">
      <button type="button" disabled={state === 'testing'} onClick={() => void run()}>
        {t('setup.test.tosla')}
      </button>
      {state === 'testing' && <StatusLine tone="working">{t('setup.test.running')}</StatusLine>}
      {typeof state === 'object' && <StatusLine tone="ok">{t('setup.tosla.ok', { mode: where, url: state.status.baseUrl, count: state.count })}</StatusLine>}
      {skew !== null && Math.abs(skew) > SKEW_WARNING_MS && <StatusLine tone="warn">{t('setup.tosla.skew', { minutes: Math.round(skew / 60_000) })}</StatusLine>}
      <FailureNotice claims={['tosla.listByDate', 'tosla.status']} />
    </div>
  );
}
