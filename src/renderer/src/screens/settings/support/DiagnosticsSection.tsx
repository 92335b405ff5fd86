import { useState } from 'react';
import type { Diagnostics } from '../../../../../shared/contract/support';
import { StatusLine } from '../../../components/StatusLine';
import { FailureNotice } from '../../../feedback/FailureNotice';
import { useT } from '../../../i18n/useT';
import { call } from '../../../state/call';
import './support.css';

/**
 * "Copy diagnostics" for a support ticket. In the desktop app main puts the text on
 * the clipboard (the renderer has no clipboard permission); elsewhere the screen tries
 * the browser's clipboard and otherwise shows the text, selected, for Ctrl+C.
 */
export function DiagnosticsSection() {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [bundle, setBundle] = useState<(Diagnostics & { copiedHere: boolean }) | null>(null);

  const copy = async () => {
    setBusy(true);
    const result = await call('diagnostics.copy');
    const copiedHere = result.ok && (result.value.copied || (await writeClipboard(result.value.text)));
    setBusy(false);
    if (result.ok) setBundle({ ...result.value, copiedHere });
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
      <FailureNotice claims={['diagnostics.copy']} />
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
