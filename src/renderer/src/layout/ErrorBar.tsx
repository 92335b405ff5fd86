import { errorText } from '../i18n/translate';
import { useLanguage, useT } from '../i18n/useT';
import { useAppStore } from '../state/appStore';

/**
 * The last error from main, in the language on screen, with its code for support.
 * Announced as an alert but never takes focus: the cashier keeps typing where they were.
 */
export function ErrorBar() {
  const t = useT();
  const language = useLanguage();
  const error = useAppStore((state) => state.error);
  const dismiss = useAppStore((state) => state.dismissError);
  if (!error) return null;
  return (
    <div className="error-bar" role="alert" data-testid="error-bar">
      <span>
        <strong>{t('error.generic')}:</strong> {errorText(error, language)} <code>{error.code}</code>
      </span>
      <button type="button" className="ghost" onClick={dismiss}>
        ✕
      </button>
    </div>
  );
}
