import { useState } from 'react';
import type { FiscalParametersView, TerminalInfo } from '../../../../shared/checkout/tokenxSetup';
import { StatusLine } from '../StatusLine';
import { FailureNotice } from '../../feedback/FailureNotice';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../state/appStore';
import { call } from '../../state/call';
import { FiscalTable } from './FiscalTable';
import { useTerminalChoice } from './terminalChoice';
import './connection.css';

/**
 * The branch's terminals from TokenX with their sale mode (the saved branch, or the
 * saved terminal's: main asks TokenX which branch a terminal is in). Choosing one saves
 * it as this counter's device with its branch, then its fiscal parameters show the
 * VAT → department map.
 */
export function TerminalPicker() {
  const t = useT();
  const tokenx = useAppStore((state) => state.settings?.tokenx);
  const updateSettings = useAppStore((state) => state.updateSettings);
  const picked = useTerminalChoice((state) => state.picked);
  const [terminals, setTerminals] = useState<TerminalInfo[] | 'loading' | null>(null);
  const [fiscal, setFiscal] = useState<FiscalParametersView | 'loading' | null>(null);

  const loadTerminals = async () => {
    setTerminals('loading');
    const result = await call('tokenx.terminals', tokenx?.branchId ? { branchId: tokenx.branchId } : {});
    setTerminals(result.ok ? result.value : null);
  };

  const loadFiscal = async (terminalId: string) => {
    setFiscal('loading');
    const result = await call('tokenx.fiscalParameters', { terminalId });
    setFiscal(result.ok ? result.value : null);
  };

  const choose = async (terminal: TerminalInfo) => {
    const target = terminal.mode === 'list' ? 'branch' : 'terminal';
    if (!(await updateSettings({ tokenx: { terminalId: terminal.id, ...(terminal.branchId ? { branchId: terminal.branchId } : {}), target } }))) return;
    picked();
    await loadFiscal(terminal.id);
  };

  return (
    <div className="terminal-picker" data-testid="terminal-picker">
      <h3>{t('setup.terminals')}</h3>
      <p className="muted small">{t('setup.terminals.how')}</p>
      <button type="button" disabled={terminals === 'loading'} onClick={() => void loadTerminals()}>
        {t('setup.terminals.load')}
      </button>
      {terminals === 'loading' && <StatusLine tone="working">{t('setup.terminals.loading')}</StatusLine>}
      <FailureNotice claims={['tokenx.terminals', 'tokenx.fiscalParameters']} />
      {Array.isArray(terminals) && terminals.length === 0 && <p className="notice warn">{t('setup.terminals.none')}</p>}
      {Array.isArray(terminals) && terminals.length > 0 && (
        <table className="data-table">
          <thead>
            <tr>
              <th>{t('setup.terminal')}</th>
              <th>{t('setup.branch')}</th>
              <th>{t('setup.saleMode')}</th>
              <th>
                <span className="sr-only">{t('setup.terminal.choose')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {terminals.map((terminal) => (
              <tr key={terminal.id} className={tokenx?.terminalId === terminal.id ? 'chosen' : ''}>
                <td>{terminal.id}</td>
                <td title={terminal.branchId ?? undefined}>{terminal.branchId ? `${terminal.branchId.slice(0, 8)}…` : '—'}</td>
                <td>{t(`setup.mode.${terminal.mode}`)}</td>
                <td>
                  {tokenx?.terminalId === terminal.id ? (
                    <span className="badge ok">{t('setup.terminal.chosen')}</span>
                  ) : (
                    <button type="button" className="ghost" onClick={() => void choose(terminal)}>
                      {t('setup.terminal.choose')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {tokenx?.terminalId && fiscal === null && (
        <button type="button" className="ghost" onClick={() => void loadFiscal(tokenx.terminalId)}>
          {t('setup.fiscal.load', { id: tokenx.terminalId })}
        </button>
      )}
      {fiscal === 'loading' && <StatusLine tone="working">{t('setup.fiscal.loading')}</StatusLine>}
      {fiscal !== null && fiscal !== 'loading' && <FiscalTable fiscal={fiscal} />}
    </div>
  );
}
