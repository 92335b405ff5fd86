import { useId } from 'react';
import type { Kurus } from '../../../shared/money';
import { useFormat } from '../i18n/format';
import { useT } from '../i18n/useT';
import { readAmount } from './amount';

/**
 * A money field typed the Turkish way (1.234,56). The parent keeps the text; the field
 * says what is wrong with it as soon as something is, and tidies it on leaving.
 */
export function AmountInput({
  label,
  text,
  onText,
  maxKurus,
  autoFocus = false,
}: {
  label: string;
  text: string;
  onText(text: string): void;
  maxKurus: Kurus | null;
  autoFocus?: boolean;
}) {
  const t = useT();
  const format = useFormat();
  const id = useId();
  const reading = text.trim() === '' ? null : readAmount(text, maxKurus, t);
  const problem = reading && !reading.ok ? reading.message : null;
  return (
    <div className="form-field amount-field">
      <label htmlFor={id}>{label}</label>
      <div className="amount-box">
        <span aria-hidden="true">₺</span>
        <input
          id={id}
          inputMode="decimal"
          autoComplete="off"
          placeholder="0,00"
          value={text}
          autoFocus={autoFocus}
          aria-invalid={problem ? true : undefined}
          aria-describedby={`${id}-note`}
          onChange={(event) => onText(event.target.value)}
          onBlur={() => {
            if (reading?.ok) onText(format.amount(reading.kurus));
          }}
        />
      </div>
      <span id={`${id}-note`} className={problem ? 'field-error' : 'muted small'}>
        {problem ?? (maxKurus !== null ? t('amount.max', { max: format.money(maxKurus) }) : '')}
      </span>
    </div>
  );
}
