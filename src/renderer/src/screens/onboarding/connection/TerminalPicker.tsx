import { useState } from 'react';
import type { FiscalParametersView, TerminalInfo } from '../../../../../shared/checkout/tokenxSetup';
import type { AppError } from '../../../../../shared/result';
import { StatusLine } from '../../../components/StatusLine';
import { errorText } from '../../../i18n/translate';
import { useLanguage, useT } from '../../../i18n/useT';
import { useAppStore } from '../../../state/appStore';
import { useTerminalChoice } from './terminalChoice';

/**
 * The branch's terminals from TokenX with their sale mode; choosing one saves it as this
 * counter's device (an instant-mode device takes baskets sent to it, a list-mode branch
 * picks them from the list), then its fiscal parameters show the VAT → department map.
 */
export function TerminalPicker() {
  const t = useT();
  const language = useLanguage();
  const api = useAppStore((state) => state.api);
  const tokenx = useAppStore((state) => state.settings?.tokenx);
  const updateSettings = useAppStore((state) => state.updateSettings);
  const picked = useTerminalChoice((state) => state.picked);
  const [terminals, setTerminals] = useState<TerminalInfo[] | 'loading' | null>(null);
  const [fiscal, setFiscal] = useState<FiscalParametersView | 'loading' | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  const loadTerminals = async () => {
    if (!api) return;
    setTerminals('loading');
    setError(null);
    const result = await api.call('tokenx.terminals', tokenx?.branchId ? { branchId: tokenx.branchId } : {});
    if (result.ok) setTerminals(result.value);
    else {
      setTerminals(null);
      setError(result.error);
    }
  };

  const loadFiscal = async (terminalId: string) => {
    if (!api) return;
    setFiscal('loading');
    const result = await api.call('tokenx.fiscalParameters', { terminalId });
    if (result.ok) setFiscal(result.value);
    else {
      setFiscal(null);
      setError(result.error);
    }
  };

  const choose = async (terminal: TerminalInfo) => {
    const ok = await updateSettings({
      tokenx: {
        terminalId: terminal.id,
        ...(terminal.branchId ? { branchId: terminal.branchId } : {}),
        target: terminal.mode === 'list' ? 'branch' : 'terminal',
      },
    });
    if (!ok) return;
    picked();
    await loadFiscal(terminal.id);
  };

  return (
    <div className="terminal-picker" data-testid="terminal-picker">
      <h3>{t('setup.terminals')}</h3>
      <button type="button" disabled={terminals === 'loading'} onClick={() => void loadTerminals()}>
        {t('setup.terminals.load')}
      </button>
      {terminals === 'loading' && <StatusLine tone="working">{t('setup.terminals.loading')}</StatusLine>}
      {error && <StatusLine tone="bad">{errorText(error, language)}</StatusLine>}
      {Array.isArray(terminals) &&
        (terminals.length === 0 ? (
          <p className="notice warn">{t('setup.terminals.none')}</p>
        ) : (
          <table className="data-table">
            <thead>
              <tr>
                <th>{t('setup.terminal')}</th>
                <th>{t('setup.branch')}</th>
                <th>{t('setup.saleMode')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {terminals.map((terminal) => {
                const chosen = tokenx?.terminalId === terminal.id;
                return (
                  <tr key={terminal.id} className={chosen ? 'chosen' : ''}>
                    <td>
                      <code>{terminal.id}</code>
                    </td>
                    <td>{terminal.branchId ?? '—'}</td>
                    <td>{t(`setup.mode.${terminal.mode}`)}</td>
                    <td>
                      {chosen ? (
                        <span className="badge ok">{t('setup.terminal.chosen')}</span>
                      ) : (
                        <button type="button" className="ghost" onClick={() => void choose(terminal)}>
                          {t('setup.terminal.choose')}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ))}
      {tokenx?.terminalId && fiscal === null && (
        <button type="button" className="ghost" onClick={() => void loadFiscal(tokenx.terminalId)}>
          {t('setup.fiscal.load', { id: tokenx.terminalId })}
        </button>
      )}
      {fiscal === 'loading' && <StatusLine tone="working">{t('setup.fiscal.loading')}</StatusLine>}
      {fiscal !== null && fiscal !== 'loading' && (
        <div data-testid="fiscal-parameters">
          <h3>{t('setup.fiscal', { id: fiscal.terminalId })}</h3>
          <table className="data-table">
            <thead>
              <tr>
                <th className="num">{t('setup.fiscal.vat')}</th>
                <th className="num">{t('setup.fiscal.section')}</th>
                <th>{t('setup.fiscal.name')}</th>
              </tr>
            </thead>
            <tbody>
              {[...fiscal.sections]
                .sort((a, b) => a.taxPercent - b.taxPercent || a.sectionNo - b.sectionNo)
                .map((section) => (
                  <tr key={section.sectionNo}>
                    <td className="num">%{(section.taxPercent / 100).toLocaleString(language === 'tr' ? 'tr-TR' : 'en-GB')}</td>
                    <td className="num">{section.sectionNo}</td>
                    <td>{section.name}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
