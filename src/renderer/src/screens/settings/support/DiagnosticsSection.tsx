import { useState } from 'react';
import type { Diagnostics } from '../../../../../shared/contract/support';
import type { AppError } from '../../../../../shared/result';
import { StatusLine } from '../../../components/StatusLine';
import { errorText } from '../../../i18n/translate';
import { useLanguage, useT } from '../../../i18n/useT';
import { useAppStore } from '../../../state/appStore';
import './support.css';

/**
 * "Copy diagnostics" for a support ticket. In the desktop app main puts the text on
 * the clipboard (the renderer has no clipboard permission); elsewhere the screen tries
 * the browser's clipboard and otherwise shows the text, selected, for Ctrl+C.
 */
export function DiagnosticsSection() {
  const t = useT();
  const language = useLanguage();
  const api = useAppStore((state) => state.api);
  const [busy, setBusy] = useState(false);
  const [bundle, setBundle] = useState<(Diagnostics & { copiedHere: boolean }) | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  const copy = async () => {
    if (!api) return;
    setBusy(true);
    const result = await api.call('diagnostics.copy');
    if (!result.ok) {
      setBusy(false);
      setError(result.error);
      return;
    }
    const copiedHere = result.value.copied || (await writeClipboard(result.value.text));
    setBusy(false);
    setError(null);
    setBundle({ ...result.value, copiedHere });
  };

  return (
    <fieldset data-testid="diagnostics-section">
      <legend>{t('diagnostics.title')}</legend>
      <p className="muted">{t('diagnostics.text')}</p>
      <div className="form-actions">
        <button type="button" disabled={busy} onClick={() => void copy()}>
          {busy ? t('diagnostics.working') : t('diagnostics.copy')}
        </button>
      </div>
      {error && <StatusLine tone="bad">{errorText(error, language)}</StatusLine>}
      {bundle && (
        <>
          <StatusLine tone={bundle.copiedHere ? 'ok' : 'warn'} testId="diagnostics-result">
            {t(bundle.copiedHere ? 'diagnostics.copied' : 'diagnostics.saved', { file: bundle.savedTo })}
          </StatusLine>
          {!bundle.copiedHere && (
            <textarea
              className="diagnostics-text"
              aria-label={t('diagnostics.preview')}
              readOnly
              rows={8}
              value={bundle.text}
              ref={(area) => area?.select()}
            />
          )}
        </>
      )}
    </fieldset>
  );
}

async function writeClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
