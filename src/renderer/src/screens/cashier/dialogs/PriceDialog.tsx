import { useState } from 'react';
import type { BasketLine } from '../../../../../shared/basket/model';
import { MAX_UNIT_PRICE_KURUS } from '../../../../../shared/basket/model';
import { formatAmount } from '../../../../../shared/money';
import { AmountInput } from '../../../components/AmountInput';
import { readAmount } from '../../../components/amount';
import { useT } from '../../../i18n/useT';
import { FormDialog } from '../FormDialog';
import { useSaleStore } from '../state/saleStore';
import { priceEdit } from '../state/tillEdits';
import type { CashierCommands } from '../useCashierCommands';

/** A new unit price for one line; main decides whether it needs a manager's approval for this price. */
export function PriceDialog({ line, authorize }: { line: BasketLine; authorize: CashierCommands['authorizeEdit'] }) {
  const t = useT();
  const close = useSaleStore((state) => state.closeDialog);
  const changePrice = useSaleStore((state) => state.changePrice);
  const [text, setText] = useState(formatAmount(line.unitPrice));
  const reading = readAmount(text, MAX_UNIT_PRICE_KURUS, t);
  return (
    <FormDialog
      title={t('cashier.price.title', { name: line.name })}
      testId="price-dialog"
      onCancel={close}
      confirmDisabled={!reading.ok}
      onConfirm={async () => {
        if (!reading.ok || reading.kurus === line.unitPrice) return;
        if ((await authorize(priceEdit(line, reading.kurus), line.name)) && changePrice(line.id, reading.kurus)) close();
      }}
    >
      <AmountInput label={t('cashier.price.label')} text={text} onText={setText} maxKurus={MAX_UNIT_PRICE_KURUS} autoFocus />
    </FormDialog>
  );
}
