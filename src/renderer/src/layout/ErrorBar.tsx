import { FailureText } from '../feedback/FailureNotice';
import { useT } from '../i18n/useT';
import { useDialogStack } from '../state/dialogStack';
import { unclaimed, useFailures } from '../state/failures';

/**
 * A failure no form on screen shows beside itself, under the top bar, until it is
 * fixed or closed. Announced as an alert but never takes focus. (The till shows its
 * failures at the entry field instead; a dialog shows them inside itself.)
 */
export function ErrorBar() {
  const t = useT();
  const failure = useFailures((state) => state.current);
  const claims = useFailures((state) => state.claims);
  const dialogOpen = useDialogStack((state) => state.open.length > 0);
  const acknowledge = useFailures((state) => state.acknowledge);
  if (dialogOpen || !unclaimed(failure, claims)) return null;
  return (
    <div className="error-bar" role="alert" data-testid="error-bar">
      <span>
        <strong>{t('error.generic')}:</strong> <FailureText failure={failure} />
      </span>
      <button type="button" className="ghost" aria-label={t('error.close')} onClick={acknowledge}>
        ✕
      </button>
    </div>
  );
}
