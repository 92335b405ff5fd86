import type { ReactNode } from 'react';
import { Dialog } from '../../components/Dialog';
import { useT } from '../../i18n/useT';

/**
 * A cashier decision in a modal: Enter anywhere in it confirms (a form submit), Esc
 * backs out, and the shared dialog gives focus back to where the cashier was.
 */
export function FormDialog({
  title,
  testId,
  onCancel,
  onConfirm,
  confirmLabel,
  confirmDisabled = false,
  busy = false,
  children,
}: {
  title: string;
  testId: string;
  onCancel(): void;
  onConfirm(): void;
  confirmLabel?: string;
  confirmDisabled?: boolean;
  /** A call is running: Enter and Esc wait for its answer. */
  busy?: boolean;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <Dialog title={title} onCancel={onCancel} testId={testId} busy={busy}>
      <form
        className="cashier-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!confirmDisabled && !busy) onConfirm();
        }}
      >
        {children}
        <div className="dialog-actions">
          <button type="submit" disabled={confirmDisabled || busy} data-testid={`${testId}-confirm`}>
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
