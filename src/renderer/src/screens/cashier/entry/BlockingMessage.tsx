import { useEffect, useRef } from 'react';
import { FailureText } from '../../../feedback/FailureNotice';
import { playWarning } from '../../../feedback/sound';
import { usePick, useT } from '../../../i18n/useT';
import { useAppStore } from '../../../state/appStore';
import { popDialog, pushDialog, useDialogStack } from '../../../state/dialogStack';
import { unclaimed, useFailures } from '../../../state/failures';
import { focusEntry } from '../focus';

/** There is one till, so one blocking message: its place in the dialog stack. */
const SELF = Symbol('blocking-message');

/**
 * A refused scan or action, where the cashier is looking: over the basket, right under
 * the entry field, with a warning sound. Nothing else happens at the till until it is
 * acknowledged with Enter or Esc (Enter takes its offer, if it has one); scans made
 * meanwhile are not added: they are listed on it, with the sound again.
 */
export function BlockingMessage() {
  const failure = useFailures((state) => state.current);
  const claims = useFailures((state) => state.claims);
  // While a dialog is open, the dialog shows the failure inside itself.
  const otherDialog = useDialogStack((state) => state.open.some((id) => id !== SELF));
  if (!unclaimed(failure, claims) || otherDialog) return null;
  return <Message />;
}


function Message() {
  const t = useT();
  const pick = usePick();
  const failure = useFailures((state) => state.current);
  const acknowledge = useFailures((state) => state.acknowledge);
  const refuse = useFailures((state) => state.refuse);
  const typed = useRef('');
  const volume = useAppStore((state) => state.settings?.till.soundVolume ?? 0);
  const ok = useRef<HTMLButtonElement>(null);
  const id = failure?.id;

  useEffect(() => {
    pushDialog(SELF);
    return () => {
      popDialog(SELF);
      focusEntry();
    };
  }, []);
  useEffect(() => {
    if (id === undefined) return;
    ok.current?.focus();
    playWarning(volume);
  }, [id, volume]);

  if (failure === null) return null;
  const close = (takeOffer: boolean) => {
    acknowledge();
    if (takeOffer) failure.offer?.run();
  };
  return (
    <>
      <div className="blocking-backdrop" aria-hidden="true" />
      <div
        className="blocking-message"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="blocking-title"
        aria-describedby="blocking-text"
        data-testid="blocking-message"
        data-code={failure.error.code}
        onKeyDown={(event) => {
          event.stopPropagation();
          if (event.key.length === 1 && !event.ctrlKey && !event.altKey && !event.metaKey) {
            // A scan while the warning is up: its characters collect here, never in a field.
            event.preventDefault();
            typed.current += event.key;
          } else if (event.key === 'Enter' || event.key === 'Escape') {
            event.preventDefault();
            const scanned = typed.current;
            typed.current = '';
            // Enter after characters ends a scan, which is refused and listed; Enter alone is the cashier's answer.
            if (event.key === 'Enter' && scanned !== '') refuse(scanned);
            else close(event.key === 'Enter');
          } else if (event.key === 'Tab') {
            event.preventDefault();
          }
        }}
      >
        <h2 id="blocking-title">⚠ {t('cashier.blocked.title')}</h2>
        <p id="blocking-text" className="blocking-text">
          <FailureText failure={failure} />
        </p>
        {failure.refused.length > 0 && <p className="blocking-refused">{t('cashier.blocked.refused', { codes: failure.refused.join(', ') })}</p>}
        <div className="blocking-actions">
          <button ref={ok} type="button" onClick={() => close(true)} data-testid="blocking-ok">
            {failure.offer ? pick(failure.offer.label) : t('cashier.blocked.ok')} <kbd>Enter</kbd>
          </button>
          {failure.offer && (
            <button type="button" className="ghost" onClick={() => close(false)}>
              {t('cashier.blocked.close')} <kbd>Esc</kbd>
            </button>
          )}
        </div>
      </div>
    </>
  );
}
