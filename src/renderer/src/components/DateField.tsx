import { useId, useState } from 'react';
import { useT } from '../i18n/useT';

/** `yyyy-MM-dd` → `dd.MM.yyyy`; empty stays empty. */
export const dayToText = (day: string): string => (day === '' ? '' : day.split('-').reverse().join('.'));

/** `dd.MM.yyyy` (or `d.M.yyyy`) → `yyyy-MM-dd` for a real calendar day; null when it is not one. */
export function textToDay(text: string): string | null {
  const match = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/u.exec(text.trim());
  if (!match) return null;
  const [, day = '', month = '', year = ''] = match;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const date = new Date(`${iso}T12:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? null : iso;
}

/**
 * A calendar day typed the Turkish way (`14.03.2025`), the same on every computer
 * whatever its locale (a browser's date input shows mm/dd/yyyy on an English one).
 * The parent holds the day as `yyyy-MM-dd` ('' for none, when `optional`).
 */
export function DateField({ label, day, onDay, optional = false }: { label: string; day: string; onDay(day: string): void; optional?: boolean }) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState(dayToText(day));
  const [shown, setShown] = useState(day);
  if (shown !== day) {
    // The parent changed the day (cleared a filter): the text follows.
    setShown(day);
    setText(dayToText(day));
  }
  const parsed = textToDay(text);
  const invalid = text.trim() !== '' && parsed === null;
  const change = (value: string) => {
    setText(value);
    const next = textToDay(value);
    if (next !== null) {
      setShown(next);
      onDay(next);
    } else if (value.trim() === '' && optional) {
      setShown('');
      onDay('');
    }
  };
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        inputMode="numeric"
        autoComplete="off"
        placeholder={t('date.placeholder')}
        value={text}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onChange={(event) => change(event.target.value)}
      />
      {invalid && (
        <span id={`${id}-error`} className="field-error">
          {t('date.invalid')}
        </span>
      )}
    </div>
  );
}
