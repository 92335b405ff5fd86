import { useRef } from 'react';
import type { PaymentMethod } from '../../../../../shared/basket/payment';
import { CARD_BANKS, MEAL_CARD_OPERATORS } from '../../../../../shared/basket/payment';
import { parseAmount } from '../../../../../shared/money';
import { useFormat } from '../../../i18n/format';
import { useT } from '../../../i18n/useT';

export interface PartDraft {
  method: PaymentMethod;
  operatorId: number | null;
  text: string;
}

const METHODS: readonly PaymentMethod[] = ['cash', 'card', 'meal-card'];
const MAX_PARTS = 10;

export const amountOf = (text: string): number => {
  const parsed = parseAmount(text);
  return parsed.ok ? parsed.kurus : 0;
};

/** A bank for a card, an operator for a meal card; cash needs neither. */
export function OperatorSelect({ method, value, onChange, label }: { method: PaymentMethod; value: number | null; onChange(id: number | null): void; label: string }) {
  const t = useT();
  if (method === 'cash') return null;
  const options = method === 'card' ? CARD_BANKS : MEAL_CARD_OPERATORS;
  return (
    <select aria-label={label} value={value ?? ''} onChange={(event) => onChange(event.target.value === '' ? null : Number(event.target.value))}>
      <option value="">{method === 'card' ? t('cashier.payment.bankAny') : t('cashier.payment.chooseOperator')}</option>
      {options.map((option) => (
        <option key={option.id} value={option.id}>
          {option.name}
        </option>
      ))}
    </select>
  );
}

/** The tenders of a split payment, each with its amount; "fill the rest" puts what is left on one part. */
export function SplitParts({ parts, total, onChange }: { parts: readonly PartDraft[]; total: number; onChange(parts: PartDraft[]): void }) {
  const t = useT();
  const format = useFormat();
  const amounts = useRef<(HTMLInputElement | null)[]>([]);
  const remaining = total - parts.reduce((sum, part) => sum + amountOf(part.text), 0);
  const change = (index: number, patch: Partial<PartDraft>) => onChange(parts.map((part, at) => (at === index ? { ...part, ...patch } : part)));
  return (
    <fieldset data-testid="split-parts">
      <legend>{t('cashier.payment.parts')}</legend>
      {parts.map((part, index) => (
        <div key={index} className="split-row" data-testid="split-part">
          <select aria-label={t('cashier.payment.method')} value={part.method} onChange={(event) => change(index, { method: METHODS.find((method) => method === event.target.value) ?? part.method, operatorId: null })}>
            {METHODS.map((method) => (
              <option key={method} value={method}>
                {t(`cashier.payment.${method}`)}
              </option>
            ))}
          </select>
          <OperatorSelect method={part.method} value={part.operatorId} onChange={(operatorId) => change(index, { operatorId })} label={part.method === 'card' ? t('cashier.payment.bank') : t('cashier.payment.operator')} />
          <input
            ref={(element) => {
              amounts.current[index] = element;
            }}
            aria-label={t('cashier.payment.amount')}
            inputMode="decimal"
            autoComplete="off"
            placeholder="0,00"
            value={part.text}
            onChange={(event) => change(index, { text: event.target.value })}
          />
          <button
            type="button"
            className="ghost small"
            aria-disabled={remaining <= 0}
            onClick={() => {
              if (remaining > 0) change(index, { text: format.amount(amountOf(part.text) + remaining) });
              // The button has done its job; the amount it wrote is where the cashier looks next.
              amounts.current[index]?.focus();
            }}
          >
            {t('cashier.payment.fillRest')}
          </button>
          {parts.length > 2 && (
            <button type="button" className="ghost small" onClick={() => onChange(parts.filter((_, at) => at !== index))}>
              {t('cashier.payment.removePart')}
            </button>
          )}
        </div>
      ))}
      {parts.length < MAX_PARTS && (
        <button type="button" className="ghost small" onClick={() => onChange([...parts, { method: 'cash', operatorId: null, text: '' }])}>
          {t('cashier.payment.addPart')}
        </button>
      )}
      <p className={remaining === 0 ? 'state-ok' : 'state-warn'} data-testid="split-remaining">
        {remaining === 0
          ? t('cashier.payment.balanced')
          : remaining > 0
            ? t('cashier.payment.remaining', { amount: format.money(remaining) })
            : t('cashier.payment.over', { amount: format.money(-remaining) })}
      </p>
    </fieldset>
  );
}
