import { CARD_BANKS, MEAL_CARD_OPERATORS } from '../../../../../shared/basket/payment';
import type { PaymentPlan } from '../../../../../shared/basket/payment';
import type { Format } from '../../../i18n/format';
import { useFormat } from '../../../i18n/format';
import type { Translate } from '../../../i18n/translate';
import { useT } from '../../../i18n/useT';
import { useSaleStore } from '../state/saleStore';

const operatorName = (id: number | null): string | null =>
  [...CARD_BANKS, ...MEAL_CARD_OPERATORS].find((operator) => operator.id === id)?.name ?? null;

function planText(plan: PaymentPlan, t: Translate, format: Format): string {
  switch (plan.kind) {
    case 'device-asks':
    case 'cash':
      return t(`cashier.payment.${plan.kind}`);
    case 'card':
      return `${t('cashier.payment.card')} · ${operatorName(plan.bankOperatorId) ?? t('cashier.payment.bankAny')}`;
    case 'meal-card':
      return `${t('cashier.payment.meal-card')} · ${operatorName(plan.operatorId) ?? ''}`;
    case 'split':
      return plan.parts
        .map((part) => `${t(`cashier.payment.${part.method}`)}${operatorName(part.operatorId) ? ` (${operatorName(part.operatorId)})` : ''} ${format.money(part.amount)}`)
        .join(' + ');
  }
}

/** The payment plan and the customer chosen for this sale, at a glance (F6, F7 change them). */
export function SaleSummary() {
  const t = useT();
  const format = useFormat();
  const payment = useSaleStore((state) => state.basket.payment);
  const customer = useSaleStore((state) => state.basket.customer);
  return (
    <dl className="sale-summary">
      <dt>
        <kbd>F6</kbd> {t('cashier.payment.title')}
      </dt>
      <dd data-testid="payment-summary">{planText(payment, t, format)}</dd>
      <dt>
        <kbd>F7</kbd> {t('cashier.customer.title')}
      </dt>
      <dd data-testid="customer-summary">
        {customer ? `${customer.name} · ${customer.taxId} · ${t(`cashier.customer.${customer.document}`)}` : t('cashier.customer.none')}
      </dd>
    </dl>
  );
}
