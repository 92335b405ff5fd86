import { useEffect, useId, useRef, useState } from 'react';
import { useClaimedFailure, FailureText } from '../feedback/FailureNotice';
import { useT } from '../i18n/useT';
import { MAX_PIN_DIGITS, MIN_PIN_DIGITS, PinField } from './PinField';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '⌫', '0', '✓'] as const;

/**
 * PIN entry for a keyboard (type digits, Enter) or a touch screen (the keypad). The
 * keypad buttons stay out of the Tab order so the keyboard path is field → submit.
 * The PIN is cleared after every submit: a wrong one is never left to be resent. What
 * main says about the PIN (`claims`: the call that checks it) is shown under the field.
 */
export function PinPad({
  label,
  busy,
  claims,
  onSubmit,
  submitLabel,
  autoFocus = false,
}: {
  label?: string;
  busy: boolean;
  claims: readonly string[];
  onSubmit(pin: string): void;
  submitLabel?: string;
  /** Takes focus when it appears, for pads that show up after something else has loaded. */
  autoFocus?: boolean;
}) {
  const t = useT();
  const id = useId();
  const [pin, setPin] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const failure = useClaimedFailure(claims);
  const input = useRef<HTMLInputElement>(null);
  const wasBusy = useRef(busy);
  useEffect(() => {
    if (autoFocus) input.current?.focus();
  }, [autoFocus]);
  // The field is disabled while the PIN is checked; give it focus back for the next try.
  useEffect(() => {
    if (wasBusy.current && !busy) input.current?.focus({ preventScroll: true });
    wasBusy.current = busy;
  }, [busy]);
  const submit = () => {
    if (busy) return;
    if (pin.length < MIN_PIN_DIGITS) return setTooShort(true);
    onSubmit(pin);
    setPin('');
  };
  const type = (next: string) => {
    setTooShort(false);
    setPin(next);
  };
  const press = (key: (typeof KEYS)[number]) => {
    if (key === '⌫') type(pin.slice(0, -1));
    else if (key === '✓') submit();
    else if (pin.length < MAX_PIN_DIGITS) type(pin + key);
  };
  const problem = tooShort || failure !== null;
  return (
    <form
      className="pin-pad"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <label htmlFor={id}>{label ?? t('pin.label')}</label>
      <PinField id={id} ref={input} data-autofocus value={pin} disabled={busy} aria-invalid={problem ? true : undefined} aria-describedby={problem ? `${id}-error` : undefined} onDigits={type} />
      <div className="pin-keys" aria-hidden="true">
        {KEYS.map((key) => (
          <button key={key} type="button" tabIndex={-1} className={key === '✓' ? '' : 'ghost'} disabled={busy} onClick={() => press(key)}>
            {key}
          </button>
        ))}
      </div>
      <p className="sr-only" aria-live="polite">
        {t('pin.digits', { count: pin.length })}
      </p>
      {problem && (
        <p id={`${id}-error`} className="field-error" role="alert" data-testid="pin-error">
          {tooShort ? t('pin.tooShort', { min: MIN_PIN_DIGITS }) : failure && <FailureText failure={failure} />}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {busy ? t('dialog.working') : (submitLabel ?? t('pin.submit'))}
      </button>
    </form>
  );
}
