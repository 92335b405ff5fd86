import { useState } from 'react';
import type { BasketLine } from '../../../../../shared/basket/model';
import { MAX_UNIT_PRICE_KURUS } from '../../../../../shared/basket/model';
import { formatAmount } from '../../../../../shared/money';
import { AmountInput } from '../../../components/AmountInput';
import { readAmount } from '../../../components/amount';
import { useT } from '../../../i18n/useT';
import { FormDialog } from '../FormDialog';
import { useSaleStore } from '../state/saleStore';

/** A new unit price for one line; opened only once the override is permitted or approved. */
export function PriceDialog({ line }: { line: BasketLine }) {
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
      blocked={reading.ok ? null : reading.message}
      onConfirm={() => {
        if (reading.ok && changePrice(line.id, reading.kurus)) close();
      }}
    >
      <AmountInput label={t('cashier.price.label')} text={text} onText={setText} maxKurus={MAX_UNIT_PRICE_KURUS} autoFocus />
    </FormDialog>
  );
}
