import { useState } from 'react';
import type { ConnectionCheck } from '../../../../shared/checkout/tokenxSetup';
import { StatusLine } from '../StatusLine';
import { FailureNotice } from '../../feedback/FailureNotice';
import { fromError } from '../../i18n/bilingual';
import { usePick, useT } from '../../i18n/useT';
import { useAppStore } from '../../state/appStore';
import { call } from '../../state/call';
import { useTerminalChoice } from './terminalChoice';
import './connection.css';

/**
 * Signs in to TokenX with what is saved and reads this counter's terminal; shows main's
 * precise verdict. When TokenX names the terminal's branch and none is saved, one press
 * saves it: nobody types a branch UUID.
 */
export function TokenxConnectionTest() {
  const t = useT();
  const pick = usePick();
  const branchId = useAppStore((state) => state.settings?.tokenx.branchId ?? '');
  const updateSettings = useAppStore((state) => state.updateSettings);
  const [state, setState] = useState<'idle' | 'testing' | ConnectionCheck>('idle');
  const run = async () => {
    setState('testing');
    const result = await call('tokenx.testConnection');
    setState(result.ok ? result.value : 'idle');
  };
  const found = typeof state === 'object' ? state.terminal : null;
  const picked = useTerminalChoice((choice) => choice.picked);
  const saveBranch = async (branchId: string) => {
    // The TokenX form starts a fresh draft showing it, as after a device is picked from the list.
    if (await updateSettings({ tokenx: { branchId } })) picked();
  };
  return (
    <div className="connection-test" data-testid="tokenx-test">
      <button type="button" disabled={state === 'testing'} onClick={() => void run()}>
        {t('setup.test.tokenx')}
      </button>
      {state === 'testing' && <StatusLine tone="working">{t('setup.test.running')}</StatusLine>}
      {typeof state === 'object' && (
        <StatusLine tone={state.outcome === 'ok' ? 'ok' : 'bad'}>
          {pick(fromError(state))}
          {found ? ` · ${t('setup.terminal.line', { id: found.id, mode: t(`setup.mode.${found.mode}`) })}` : ''}
        </StatusLine>
      )}
      {found?.branchId && found.branchId !== branchId && (
        <button type="button" className="ghost" data-testid="use-branch" onClick={() => void saveBranch(found.branchId ?? '')}>
          {t('setup.branch.use', { id: found.branchId.slice(0, 8) })}
        </button>
      )}
      <FailureNotice claims={['tokenx.testConnection']} />
    </div>
  );
}
