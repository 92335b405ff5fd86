import { useId, useState } from 'react';
import type { ForcibleOutcome } from '../../../../../shared/checkout/checkoutState';
import { forcibleOutcomeSchema } from '../../../../../shared/checkout/checkoutState';
import { useT } from '../../../i18n/useT';
import { FormDialog } from '../FormDialog';

const MIN_NOTE = 3;

/**
 * After a communication error only: the manager records what the device showed (the
 * printed receipt, the cancelled screen) with a note. The PIN is asked next.
 */
export function ForceOutcomeDialog({ onCancel, onConfirm }: { onCancel(): void; onConfirm(outcome: ForcibleOutcome, note: string): void }) {
  const t = useT();
  const id = useId();
  const [outcome, setOutcome] = useState<ForcibleOutcome | null>(null);
  const [note, setNote] = useState('');
  const ready = outcome !== null && note.trim().length >= MIN_NOTE;
  return (
    <FormDialog
      title={t('cashier.force.title')}
      testId="force-dialog"
      onCancel={onCancel}
      confirmDisabled={!ready}
      onConfirm={() => outcome && onConfirm(outcome, note.trim())}
    >
      <p className="notice warn">{t('cashier.force.warning')}</p>
      <fieldset>
        <legend>{t('cashier.force.outcome')}</legend>
        {forcibleOutcomeSchema.options.map((option) => (
          <label key={option} className="radio">
            <input type="radio" name={`${id}-outcome`} checked={outcome === option} onChange={() => setOutcome(option)} />
            {t(`cashier.status.${option}`)}
          </label>
        ))}
      </fieldset>
      <div className="form-field">
        <label htmlFor={id}>{t('cashier.force.note')}</label>
        <input id={id} value={note} autoComplete="off" maxLength={500} onChange={(event) => setNote(event.target.value)} />
      </div>
    </FormDialog>
  );
}
