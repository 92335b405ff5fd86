import type { KeyboardEvent, ReactNode } from 'react';
import { useId } from 'react';
import type { NumberEntry } from '../state/numberEntry';
import { useT } from '../../../i18n/useT';

/**
 * The big number field of a cashier dialog (quantity, weight, discount), with what is
 * wrong with the number as it is typed, and a line of keys under it where it has any.
 */
export function BigNumberField({
  label,
  text,
  problem,
  onText,
  placeholder,
  testId,
  hint,
  onKeyDown,
}: {
  label: string;
  text: string;
  problem: string | null;
  onText(text: string): void;
  placeholder?: string;
  testId?: string;
  hint?: ReactNode;
  onKeyDown?(event: KeyboardEvent<HTMLInputElement>): void;
}) {
  const id = useId();
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
        aria-describedby={hint === undefined ? undefined : `${id}-hint`}
        data-testid={testId}
        onFocus={(event) => event.target.select()}
        onKeyDown={onKeyDown}
        onChange={(event) => onText(event.target.value)}
      />
      {hint !== undefined && (
        <span id={`${id}-hint`} className="muted small">
          {hint}
        </span>
      )}
      {problem && <span className="field-error">{problem}</span>}
    </div>
  );
}

/** The quantity or weight field: the problem comes from how the number reads. */
export function QuantityField({
  reading,
  text,
  ...field
}: {
  label: string;
  text: string;
  reading: NumberEntry;
  onText(text: string): void;
  placeholder?: string;
  testId?: string;
}) {
  const t = useT();
  const problem = !reading.ok && text.trim() !== '' ? t(`cashier.number.${reading.problem}`) : null;
  return <BigNumberField {...field} text={text} problem={problem} />;
}
