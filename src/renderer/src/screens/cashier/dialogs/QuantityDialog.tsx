import { useId, useState } from 'react';
import type { BasketLine } from '../../../../../shared/basket/model';
import { MAX_QUANTITY } from '../../../../../shared/basket/model';
import { UNITS } from '../../../../../shared/basket/units';
import { useFormat } from '../../../i18n/format';
import { useLanguage, useT } from '../../../i18n/useT';
import { FormDialog } from '../FormDialog';
import { readQuantity } from '../state/numberEntry';
import { useSaleStore } from '../state/saleStore';

/** A new quantity for the selected line, whole for countable goods, to the gram for weighed ones. */
export function QuantityDialog({ line }: { line: BasketLine }) {
  const t = useT();
  const language = useLanguage();
  const format = useFormat();
  const id = useId();
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
      <div className="form-field">
        <label htmlFor={id}>{t('cashier.quantity.label', { unit: UNITS[line.unit][language] })}</label>
        <input
          id={id}
          data-autofocus
          className="big-input"
          inputMode="decimal"
          autoComplete="off"
          value={text}
          aria-invalid={!reading.ok}
          onFocus={(event) => event.target.select()}
          onChange={(event) => setText(event.target.value)}
        />
        {!reading.ok && text.trim() !== '' && <span className="field-error">{t(`cashier.number.${reading.problem}`)}</span>}
      </div>
    </FormDialog>
  );
}
