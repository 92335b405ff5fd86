import type { InputHTMLAttributes } from 'react';
import { useId } from 'react';
import { FailureText, useClaimedFailure } from '../../feedback/FailureNotice';
import { fieldClaim } from '../../state/failures';

interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> {
  label: string;
  /** The settings path this input edits; main's refusal of that path is shown under the input until it is fixed. */
  path: string;
  value: string;
  onValue(value: string): void;
  hint?: string;
}

/** A labelled text input that shows main's validation error for its own path. */
export function Field({ label, path, value, onValue, hint, ...input }: FieldProps) {
  const id = useId();
  const failure = useClaimedFailure([fieldClaim('settings.update', path)]);
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={value}
        aria-invalid={failure ? true : undefined}
        aria-describedby={failure ? `${id}-error` : hint ? `${id}-hint` : undefined}
        onChange={(event) => onValue(event.target.value)}
        {...input}
      />
      {failure ? (
        <span id={`${id}-error`} className="field-error" role="alert">
          <FailureText failure={failure} />
        </span>
      ) : (
        hint && (
          <span id={`${id}-hint`} className="muted small">
            {hint}
          </span>
        )
      )}
    </div>
  );
}
