import { useId, useState } from 'react';
import type { PaymentPart, PaymentPlan } from '../../../../../shared/basket/payment';
import { checkPaymentPlan } from '../../../../../shared/basket/payment';
import { fromError } from '../../../i18n/bilingual';
import { useFormat } from '../../../i18n/format';
import type { Translate } from '../../../i18n/translate';
import { usePick, useT } from '../../../i18n/useT';
import { FormDialog } from '../FormDialog';
import { useSaleStore } from '../state/saleStore';
import type { PartDraft } from './SplitParts';
import { OperatorSelect, SplitParts, amountOf } from './SplitParts';

type Kind = PaymentPlan['kind'];
const KINDS: readonly Kind[] = ['device-asks', 'cash', 'card', 'meal-card', 'split'];

const draftsOf = (plan: PaymentPlan, format: (kurus: number) => string): PartDraft[] =>
  plan.kind === 'split'
    ? plan.parts.map((part) => ({ method: part.method, operatorId: part.operatorId, text: format(part.amount) }))
    : [
        { method: 'cash', operatorId: null, text: '' },
        { method: 'card', operatorId: null, text: '' },
      ];

/** The plan as drafted, or why it is not one yet. */
function draftPlan(kind: Kind, bank: number | null, mealOperator: number | null, parts: readonly PartDraft[], t: Translate): PaymentPlan | string {
  switch (kind) {
    case 'device-asks':
    case 'cash':
      return { kind };
    case 'card':
      return { kind, bankOperatorId: bank };
    case 'meal-card':
      return mealOperator === null ? t('cashier.payment.operatorMissing') : { kind, operatorId: mealOperator };
    case 'split': {
      const wire: PaymentPart[] = parts.map((part) => ({ method: part.method, amount: amountOf(part.text), operatorId: part.operatorId }));
      return wire.some((part) => part.amount === 0) ? t('cashier.payment.partMissing') : { kind, parts: wire };
    }
  }
}

/** How the device should take the money: let it ask, one tender, or a split that must add up to the total. */
export function PaymentDialog({ total }: { total: number }) {
  const t = useT();
  const pick = usePick();
  const format = useFormat();
  const id = useId();
  const plan = useSaleStore((state) => state.basket.payment);
  const setPayment = useSaleStore((state) => state.setPayment);
  const close = useSaleStore((state) => state.closeDialog);
  const [kind, setKind] = useState<Kind>(plan.kind);
  const [bank, setBank] = useState<number | null>(plan.kind === 'card' ? plan.bankOperatorId : null);
  const [mealOperator, setMealOperator] = useState<number | null>(plan.kind === 'meal-card' ? plan.operatorId : null);
  const [parts, setParts] = useState<PartDraft[]>(() => draftsOf(plan, format.amount));
  const drafted = draftPlan(kind, bank, mealOperator, parts, t);
  const problems = typeof drafted === 'string' ? [] : checkPaymentPlan(drafted, total);
  const blocked = typeof drafted === 'string' ? drafted : problems[0] ? pick(fromError(problems[0])) : null;

  return (
    <FormDialog
      title={t('cashier.payment.title')}
      testId="payment-dialog"
      onCancel={close}
      blocked={blocked}
      onConfirm={() => {
        if (typeof drafted === 'string') return;
        setPayment(drafted);
        close();
      }}
    >
      <p className="dialog-total">
        {t('cashier.totals.total')}: <strong>{format.money(total)}</strong>
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
            <input type="radio" name={`${id}-kind`} checked={kind === option} data-autofocus={kind === option ? true : undefined} data-testid={`payment-${option}`} onChange={() => setKind(option)} />
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
            {t('cashier.payment.operator')} <OperatorSelect method="meal-card" value={mealOperator} onChange={setMealOperator} label={t('cashier.payment.operator')} />
          </label>
        </div>
      )}
      {kind === 'split' && <SplitParts parts={parts} total={total} onChange={setParts} />}
      {problems.length > 0 && (
        <ul className="problems" data-testid="payment-problems">
          {problems.map((problem) => (
            <li key={problem.code}>{pick(fromError(problem))}</li>
          ))}
        </ul>
      )}
    </FormDialog>
  );
}
