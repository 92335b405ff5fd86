import type { ReactNode } from 'react';
import { useT } from '../i18n/useT';
import { Dialog } from './Dialog';

/** Asks once more before something that cannot be taken back; focus starts on the confirm button. */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  onConfirm,
  onCancel,
  danger = false,
}: {
  title: string;
  children: ReactNode;
  confirmLabel?: string;
  onConfirm(): void;
  onCancel(): void;
  danger?: boolean;
}) {
  const t = useT();
  return (
    <Dialog title={title} onCancel={onCancel} testId="confirm-dialog">
      <div className="dialog-body">{children}</div>
      <div className="dialog-actions">
        <button type="button" data-autofocus className={danger ? 'danger' : ''} onClick={onConfirm}>
          {confirmLabel ?? t('dialog.confirm')}
        </button>
        <button type="button" className="ghost" onClick={onCancel}>
          {t('dialog.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
