import type { InputHTMLAttributes } from 'react';
import { useId } from 'react';
import { errorText } from '../../i18n/translate';
import { useLanguage } from '../../i18n/useT';
import { useAppStore } from '../../state/appStore';

interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> {
  label: string;
  /** The settings path this input edits; a contract error on it is shown under the input. */
  path: string;
  value: string;
  onValue(value: string): void;
  hint?: string;
}

/** A labelled text input that shows main's validation error for its own path. */
export function Field({ label, path, value, onValue, hint, ...input }: FieldProps) {
  const id = useId();
  const language = useLanguage();
  const error = useAppStore((state) => (state.error?.path === path ? state.error : null));
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined}
        onChange={(event) => onValue(event.target.value)}
        {...input}
      />
      {error ? (
        <span id={`${id}-error`} className="field-error">
          {errorText(error, language)}
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
