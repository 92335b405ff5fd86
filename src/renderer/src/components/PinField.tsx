import type { InputHTMLAttributes, Ref } from 'react';

export const MIN_PIN_DIGITS = 4;
export const MAX_PIN_DIGITS = 8;

/**
 * A PIN input: hidden, numeric keypad on touch screens, digits only, at most eight.
 * Every screen that takes a PIN uses this one so they accept the same input.
 */
export function PinField({
  value,
  onDigits,
  ref,
  ...input
}: Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> & {
  value: string;
  onDigits(digits: string): void;
  ref?: Ref<HTMLInputElement>;
}) {
  return (
    <input
      {...input}
      ref={ref}
      type="password"
      inputMode="numeric"
      autoComplete="off"
      maxLength={MAX_PIN_DIGITS}
      value={value}
      onChange={(event) => onDigits(event.target.value.replace(/\D/gu, '').slice(0, MAX_PIN_DIGITS))}
    />
  );
}
