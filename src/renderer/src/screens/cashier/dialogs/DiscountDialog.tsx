import { useId, useState } from 'react';
import type { Discount } from '../../../../../shared/basket/model';
import { formatAmount } from '../../../../../shared/money';
import { readAmount } from '../../../components/amount';
import type { Translate } from '../../../i18n/translate';
import { useT } from '../../../i18n/useT';
import { FormDialog } from '../FormDialog';
import { BigNumberField } from './QuantityField';
import { readPercent } from '../state/numberEntry';
import { useSaleStore } from '../state/saleStore';
import { discountEdit } from '../state/tillEdits';
import type { CashierCommands } from '../useCashierCommands';

type Target = 'line' | 'basket';

const percentText = (basisPoints: number): string =>
  basisPoints % 100 === 0 ? String(basisPoints / 100) : (basisPoints / 100).toFixed(2).replace('.', ',');

const discountText = (discount: Discount | null): string =>
  discount === null ? '' : discount.kind === 'amount' ? formatAmount(discount.kurus) : percentText(discount.basisPoints);

function readDiscount(kind: Discount['kind'], text: string, t: Translate): { ok: true; discount: Discount } | { ok: false; problem: string } {
  if (kind === 'amount') {
    const amount = readAmount(text, null, t);
    return amount.ok ? { ok: true, discount: { kind, kurus: amount.kurus } } : { ok: false, problem: amount.message };
  }
  const percent = readPercent(text);
  return percent.ok ? { ok: true, discount: { kind, basisPoints: percent.value } } : { ok: false, problem: t(`cashier.number.${percent.problem}`) };
}

/**
 * A line or basket discount, as an amount or a percent; the device gets it as a kuruş
 * `adjust`. Main checks it against the user's discount limit (a manager approves more).
 */
export function DiscountDialog({ lineId, authorize }: { lineId: string | null; authorize: CashierCommands['authorizeEdit'] }) {
  const t = useT();
  const id = useId();
  const basket = useSaleStore((state) => state.basket);
  const close = useSaleStore((state) => state.closeDialog);
  const changeLineDiscount = useSaleStore((state) => state.changeLineDiscount);
  const changeBasketDiscount = useSaleStore((state) => state.changeBasketDiscount);
  const line = basket.lines.find((candidate) => candidate.id === lineId && !candidate.voided) ?? null;
  const [target, setTarget] = useState<Target>(line ? 'line' : 'basket');
  const current = target === 'line' ? (line?.discount ?? null) : basket.discount;
  const [kind, setKind] = useState<Discount['kind']>(current?.kind ?? 'percent');
  const [text, setText] = useState(discountText(current));

  const chooseTarget = (next: Target) => {
    setTarget(next);
    const existing = next === 'line' ? (line?.discount ?? null) : basket.discount;
    setKind(existing?.kind ?? kind);
    setText(discountText(existing));
  };

  const reading = text.trim() === '' ? null : readDiscount(kind, text, t);
  const discount = reading?.ok ? reading.discount : null;
  const problem = reading && !reading.ok ? reading.problem : null;

  const apply = async (value: Discount | null) => {
    const onLine = target === 'line' ? line : null;
    const edit = discountEdit(basket, onLine, value);
    if (edit !== null && !(await authorize(edit, onLine?.name ?? t('cashier.discount.basket')))) return;
    const done = onLine ? changeLineDiscount(onLine.id, value) : changeBasketDiscount(value);
    if (done) close();
  };

  return (
    <FormDialog
      title={t('cashier.discount.title')}
      testId="discount-dialog"
      onCancel={close}
      blocked={discount !== null ? null : (problem ?? t('cashier.discount.empty'))}
      onConfirm={() => void apply(discount)}
    >
      <fieldset>
        <legend>{t('cashier.discount.target')}</legend>
        {line && (
          <label className="radio">
            <input type="radio" name={`${id}-target`} checked={target === 'line'} onChange={() => chooseTarget('line')} />
            {t('cashier.discount.line', { name: line.name })}
          </label>
        )}
        <label className="radio">
          <input type="radio" name={`${id}-target`} checked={target === 'basket'} onChange={() => chooseTarget('basket')} data-testid="discount-basket" />
          {t('cashier.discount.basket')}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('cashier.discount.kind')}</legend>
        <label className="radio">
          <input type="radio" name={`${id}-kind`} checked={kind === 'percent'} onChange={() => setKind('percent')} data-testid="discount-percent" />
          {t('cashier.discount.percent')}
        </label>
        <label className="radio">
          <input type="radio" name={`${id}-kind`} checked={kind === 'amount'} onChange={() => setKind('amount')} data-testid="discount-amount" />
          {t('cashier.discount.amount')}
        </label>
      </fieldset>
      <BigNumberField
        label={t('cashier.discount.value')}
        text={text}
        problem={problem}
        testId="discount-value"
        hint={t('cashier.discount.keys')}
        onKeyDown={(event) => {
          // The target without leaving the field: ↑ the selected line, ↓ the whole basket.
          if ((event.key === 'ArrowUp' && line) || event.key === 'ArrowDown') {
            event.preventDefault();
            chooseTarget(event.key === 'ArrowUp' ? 'line' : 'basket');
          }
        }}
        onText={(typed) => {
          // `10%` typed is a percent whatever was chosen before.
          if (typed.trimEnd().endsWith('%')) setKind('percent');
          setText(typed.replace('%', ''));
        }}
      />
      {current !== null && (
        <button type="button" className="ghost" onClick={() => void apply(null)}>
          {t('cashier.discount.remove')}
        </button>
      )}
    </FormDialog>
  );
}
