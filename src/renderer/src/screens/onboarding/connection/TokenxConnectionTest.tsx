import { useState } from 'react';
import type { ConnectionCheck } from '../../../../../shared/checkout/tokenxSetup';
import type { AppError } from '../../../../../shared/result';
import { StatusLine } from '../../../components/StatusLine';
import { errorText } from '../../../i18n/translate';
import { useLanguage, useT } from '../../../i18n/useT';
import { useAppStore } from '../../../state/appStore';

/** Signs in to TokenX with what is saved and reads this counter's terminal; shows main's precise verdict. */
export function TokenxConnectionTest() {
  const t = useT();
  const language = useLanguage();
  const api = useAppStore((state) => state.api);
  const [state, setState] = useState<'idle' | 'testing' | ConnectionCheck | AppError>('idle');
  const run = async () => {
    if (!api) return;
    setState('testing');
    const result = await api.call('tokenx.testConnection');
    setState(result.ok ? result.value : result.error);
  };
  return (
    <div className="connection-test" data-testid="tokenx-test">
      <button type="button" disabled={state === 'testing'} onClick={() => void run()}>
        {t('setup.test.tokenx')}
      </button>
      {state === 'testing' && <StatusLine tone="working">{t('setup.test.running')}</StatusLine>}
      {typeof state === 'object' && 'outcome' in state && (
        <StatusLine tone={state.outcome === 'ok' ? 'ok' : 'bad'}>
          {language === 'tr' ? state.messageTr : state.message}
          {state.terminal ? ` · ${t('setup.terminal.line', { id: state.terminal.id, mode: t(`setup.mode.${state.terminal.mode}`) })}` : ''}
        </StatusLine>
      )}
      {typeof state === 'object' && 'code' in state && <StatusLine tone="bad">{errorText(state, language)}</StatusLine>}
    </div>
  );
}
