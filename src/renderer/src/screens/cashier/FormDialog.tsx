import type { ReactNode } from 'react';
import { useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { useT } from '../../i18n/useT';

/**
 * A cashier decision in a modal: Enter anywhere in it confirms (a form submit), Esc
 * backs out, and the shared dialog gives focus back to where the cashier was. When the
 * form cannot be confirmed yet, Enter (or the button) says why instead of doing nothing.
 */
export function FormDialog({
  title,
  testId,
  onCancel,
  onConfirm,
  confirmLabel,
  blocked = null,
  busy = false,
  wide = false,
  onAttempt,
  children,
}: {
  title: string;
  testId: string;
  onCancel(): void;
  onConfirm(): void;
  confirmLabel?: string;
  /** Why the form cannot be confirmed now, in the language on screen; null when it can. */
  blocked?: string | null;
  /** A call is running: Enter and Esc wait for its answer. */
  busy?: boolean;
  wide?: boolean;
  /** Every Enter or confirm press, accepted or not: forms that mark their fields only once tried. */
  onAttempt?(): void;
  children: ReactNode;
}) {
  const t = useT();
  const [tried, setTried] = useState(false);
  return (
    <Dialog title={title} onCancel={onCancel} testId={testId} busy={busy} wide={wide}>
      <form
        className="cashier-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setTried(true);
          onAttempt?.();
          if (blocked === null && !busy) onConfirm();
        }}
      >
        <div className="dialog-scroll">{children}</div>
        {tried && blocked !== null && (
          <p className="field-error why-not" role="alert" data-testid={`${testId}-blocked`}>
            {blocked}
          </p>
        )}
        <div className="dialog-actions">
          <button type="submit" aria-disabled={blocked !== null || busy} disabled={busy} data-testid={`${testId}-confirm`}>
            {confirmLabel ?? t('cashier.dialog.confirm')} <kbd>Enter</kbd>
          </button>
          <button type="button" className="ghost" onClick={onCancel} disabled={busy}>
            {t('cashier.dialog.cancel')} <kbd>Esc</kbd>
          </button>
        </div>
      </form>
    </Dialog>
  );
}
