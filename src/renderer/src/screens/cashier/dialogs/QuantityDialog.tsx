import { useState } from 'react';
import type { BasketLine } from '../../../../../shared/basket/model';
import { MAX_QUANTITY } from '../../../../../shared/basket/model';
import { UNITS } from '../../../../../shared/basket/units';
import { useFormat } from '../../../i18n/format';
import { useLanguage, useT } from '../../../i18n/useT';
import { FormDialog } from '../FormDialog';
import { QuantityField } from './QuantityField';
import { readQuantity } from '../state/numberEntry';
import { useSaleStore } from '../state/saleStore';

/** A new quantity for the selected line, whole for countable goods, to the gram for weighed ones. */
export function QuantityDialog({ line }: { line: BasketLine }) {
  const t = useT();
  const language = useLanguage();
  const format = useFormat();
  const close = useSaleStore((state) => state.closeDialog);
  const changeQuantity = useSaleStore((state) => state.changeQuantity);
  const [text, setText] = useState(format.quantity(line.quantity).replaceAll('.', ''));
  const reading = readQuantity(text, line.unit, MAX_QUANTITY);
  return (
    <FormDialog
      title={t('cashier.quantity.title', { name: line.name })}
      testId="quantity-dialog"
      onCancel={close}
      blocked={reading.ok ? null : t(`cashier.number.${reading.problem}`)}
      onConfirm={() => {
        if (reading.ok && changeQuantity(line.id, reading.value)) close();
      }}
    >
      <QuantityField label={t('cashier.quantity.label', { unit: UNITS[line.unit][language] })} text={text} reading={reading} onText={setText} />
    </FormDialog>
  );
}
