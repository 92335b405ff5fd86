import { useId, useState } from 'react';
import type { PaymentMethod, PaymentPart, PaymentPlan } from '../../../../../shared/basket/payment';
import { CARD_BANKS, MEAL_CARD_OPERATORS, checkPaymentPlan } from '../../../../../shared/basket/payment';
import { formatAmount, formatTry, parseAmount } from '../../../../../shared/money';
import { errorText } from '../../../i18n/translate';
import { useLanguage, useT } from '../../../i18n/useT';
import { FormDialog } from '../FormDialog';
import { useSaleStore } from '../state/saleStore';

type Kind = PaymentPlan['kind'];
const KINDS: readonly Kind[] = ['device-asks', 'cash', 'card', 'meal-card', 'split'];
const METHODS: readonly PaymentMethod[] = ['cash', 'card', 'meal-card'];

interface PartDraft {
  method: PaymentMethod;
  operatorId: number | null;
  text: string;
}

const draftsOf = (plan: PaymentPlan): PartDraft[] =>
  plan.kind === 'split'
    ? plan.parts.map((part) => ({ method: part.method, operatorId: part.operatorId, text: formatAmount(part.amount) }))
    : [
        { method: 'cash', operatorId: null, text: '' },
        { method: 'card', operatorId: null, text: '' },
      ];

const amountOf = (text: string): number => {
  const parsed = parseAmount(text);
  return parsed.ok ? parsed.kurus : 0;
};

function OperatorSelect({
  method,
  value,
  onChange,
  label,
}: {
  method: PaymentMethod;
  value: number | null;
  onChange(id: number | null): void;
  label: string;
}) {
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

/** How the device should take the money: let it ask, one tender, or a split that must add up to the total. */
export function PaymentDialog({ total }: { total: number }) {
  const t = useT();
  const language = useLanguage();
  const id = useId();
  const plan = useSaleStore((state) => state.basket.payment);
  const setPayment = useSaleStore((state) => state.setPayment);
  const close = useSaleStore((state) => state.closeDialog);
  const [kind, setKind] = useState<Kind>(plan.kind);
  const [bank, setBank] = useState<number | null>(plan.kind === 'card' ? plan.bankOperatorId : null);
  const [mealOperator, setMealOperator] = useState<number | null>(plan.kind === 'meal-card' ? plan.operatorId : null);
  const [parts, setParts] = useState<PartDraft[]>(() => draftsOf(plan));

  const draftPlan = ((): PaymentPlan | null => {
    switch (kind) {
      case 'device-asks':
      case 'cash':
        return { kind };
      case 'card':
        return { kind, bankOperatorId: bank };
      case 'meal-card':
        return mealOperator === null ? null : { kind, operatorId: mealOperator };
      case 'split': {
        const wire: PaymentPart[] = parts.map((part) => ({ method: part.method, amount: amountOf(part.text), operatorId: part.operatorId }));
        return wire.some((part) => part.amount === 0) ? null : { kind, parts: wire };
      }
    }
  })();
  const problems = draftPlan ? checkPaymentPlan(draftPlan, total) : [];
  const assigned = parts.reduce((sum, part) => sum + amountOf(part.text), 0);
  const remaining = total - assigned;

  const changePart = (index: number, change: Partial<PartDraft>) =>
    setParts((current) => current.map((part, at) => (at === index ? { ...part, ...change } : part)));

  return (
    <FormDialog
      title={t('cashier.payment.title')}
      testId="payment-dialog"
      onCancel={close}
      confirmDisabled={draftPlan === null || problems.length > 0}
      onConfirm={() => {
        if (draftPlan === null) return;
        setPayment(draftPlan);
        close();
      }}
    >
      <p className="dialog-total">
        {t('cashier.totals.total')}: <strong>{formatTry(total)}</strong>
      </p>
      <fieldset
        className="payment-kinds"
        onKeyDown={(event) => {
          // Digits pick a tender while a tender has focus; in an amount field they are typed.
          const chosen = KINDS[Number(event.key) - 1];
          if (event.target instanceof HTMLInputElement && event.target.type === 'radio' && chosen !== undefined) {
            event.preventDefault();
            setKind(chosen);
          }
        }}
      >
        <legend>{t('cashier.payment.method')}</legend>
        {KINDS.map((option, index) => (
          <label key={option} className="radio">
            <input
              type="radio"
              name={`${id}-kind`}
              checked={kind === option}
              data-autofocus={kind === option ? true : undefined}
              data-testid={`payment-${option}`}
              onChange={() => setKind(option)}
            />
            <kbd>{index + 1}</kbd> {t(`cashier.payment.${option}`)}
          </label>
        ))}
      </fieldset>
      {kind === 'card' && (
        <div className="form-field">
          <label>
            {t('cashier.payment.bank')} <OperatorSelect method="card" value={bank} onChange={setBank} label={t('cashier.payment.bank')} />
          </label>
        </div>
      )}
      {kind === 'meal-card' && (
        <div className="form-field">
          <label>
            {t('cashier.payment.operator')}{' '}
            <OperatorSelect method="meal-card" value={mealOperator} onChange={setMealOperator} label={t('cashier.payment.operator')} />
          </label>
        </div>
      )}
      {kind === 'split' && (
        <fieldset data-testid="split-parts">
          <legend>{t('cashier.payment.parts')}</legend>
          {parts.map((part, index) => (
            <div key={index} className="split-row" data-testid="split-part">
              <select
                aria-label={t('cashier.payment.method')}
                value={part.method}
                onChange={(event) => changePart(index, { method: event.target.value as PaymentMethod, operatorId: null })}
              >
                {METHODS.map((method) => (
                  <option key={method} value={method}>
                    {t(`cashier.payment.${method}`)}
                  </option>
                ))}
              </select>
              <OperatorSelect
                method={part.method}
                value={part.operatorId}
                onChange={(operatorId) => changePart(index, { operatorId })}
                label={part.method === 'card' ? t('cashier.payment.bank') : t('cashier.payment.operator')}
              />
              <input
                aria-label={t('cashier.payment.amount')}
                inputMode="decimal"
                autoComplete="off"
                placeholder="0,00"
                value={part.text}
                onChange={(event) => changePart(index, { text: event.target.value })}
              />
              <button
                type="button"
                className="ghost small"
                disabled={remaining <= 0}
                onClick={() => changePart(index, { text: formatAmount(amountOf(part.text) + remaining) })}
              >
                {t('cashier.payment.fillRest')}
              </button>
              {parts.length > 2 && (
                <button type="button" className="ghost small" onClick={() => setParts((current) => current.filter((_, at) => at !== index))}>
                  {t('cashier.payment.removePart')}
                </button>
              )}
            </div>
          ))}
          {parts.length < 10 && (
            <button type="button" className="ghost small" onClick={() => setParts((current) => [...current, { method: 'cash', operatorId: null, text: '' }])}>
              {t('cashier.payment.addPart')}
            </button>
          )}
          <p className={remaining === 0 ? 'state-ok' : 'state-warn'} data-testid="split-remaining">
            {remaining === 0
              ? t('cashier.payment.balanced')
              : remaining > 0
                ? t('cashier.payment.remaining', { amount: formatTry(remaining) })
                : t('cashier.payment.over', { amount: formatTry(-remaining) })}
          </p>
        </fieldset>
      )}
      {problems.length > 0 && (
        <ul className="problems" role="alert">
          {problems.map((problem) => (
            <li key={problem.code}>{errorText(problem, language)}</li>
          ))}
        </ul>
      )}
    </FormDialog>
  );
}
