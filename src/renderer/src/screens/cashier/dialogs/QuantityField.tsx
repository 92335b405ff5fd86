import { useId } from 'react';
import type { NumberEntry } from '../state/numberEntry';
import { useT } from '../../../i18n/useT';

/** The big quantity or weight field of a cashier dialog, with what is wrong with the number as it is typed. */
export function QuantityField({
  label,
  text,
  reading,
  onText,
  placeholder,
  testId,
}: {
  label: string;
  text: string;
  reading: NumberEntry;
  onText(text: string): void;
  placeholder?: string;
  testId?: string;
}) {
  const t = useT();
  const id = useId();
  const problem = !reading.ok && text.trim() !== '' ? t(`cashier.number.${reading.problem}`) : null;
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        data-autofocus
        className="big-input"
        inputMode="decimal"
        autoComplete="off"
        placeholder={placeholder}
        value={text}
        aria-invalid={problem !== null}
        data-testid={testId}
        onFocus={(event) => event.target.select()}
        onChange={(event) => onText(event.target.value)}
      />
      {problem && <span className="field-error">{problem}</span>}
    </div>
  );
}
