import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../i18n/useT';
import { MAX_PIN_DIGITS, PinField } from './PinField';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '⌫', '0', '✓'] as const;

/**
 * PIN entry for a keyboard (type digits, Enter) or a touch screen (the keypad). The
 * keypad buttons stay out of the Tab order so the keyboard path is field → submit.
 * The PIN is cleared after every submit: a wrong one is never left to be resent.
 */
export function PinPad({
  label,
  busy,
  error,
  onSubmit,
  submitLabel,
  autoFocus = false,
}: {
  label?: string;
  busy: boolean;
  error: string | null;
  onSubmit(pin: string): void;
  submitLabel?: string;
  /** Takes focus when it appears, for pads that show up after something else has loaded. */
  autoFocus?: boolean;
}) {
  const t = useT();
  const id = useId();
  const [pin, setPin] = useState('');
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
    if (busy || pin.length < 4) return;
    onSubmit(pin);
    setPin('');
  };
  const press = (key: (typeof KEYS)[number]) => {
    if (key === '⌫') setPin((current) => current.slice(0, -1));
    else if (key === '✓') submit();
    else setPin((current) => (current.length < MAX_PIN_DIGITS ? current + key : current));
  };
  return (
    <form
      className="pin-pad"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <label htmlFor={id}>{label ?? t('pin.label')}</label>
      <PinField
        id={id}
        ref={input}
        data-autofocus
        value={pin}
        disabled={busy}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onDigits={setPin}
      />
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
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy || pin.length < 4}>
        {busy ? t('dialog.working') : (submitLabel ?? t('pin.submit'))}
      </button>
    </form>
  );
}
