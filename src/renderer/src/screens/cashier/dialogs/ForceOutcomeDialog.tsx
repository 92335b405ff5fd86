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
  const blocked = outcome === null ? t('cashier.force.chooseOutcome') : note.trim().length < MIN_NOTE ? t('cashier.force.noteMissing', { min: MIN_NOTE }) : null;
  return (
    <FormDialog
      title={t('cashier.force.title')}
      testId="force-dialog"
      onCancel={onCancel}
      blocked={blocked}
      onConfirm={() => outcome && onConfirm(outcome, note.trim())}
    >
      <p className="notice warn">{t('cashier.force.warning')}</p>
      <fieldset>
        <legend>{t('cashier.force.outcome')}</legend>
        {forcibleOutcomeSchema.options.map((option, index) => (
          <label key={option} className="radio">
            <input type="radio" name={`${id}-outcome`} data-autofocus={index === 0 ? true : undefined} checked={outcome === option} onChange={() => setOutcome(option)} />
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
