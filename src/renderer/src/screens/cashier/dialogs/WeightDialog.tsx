import { useState } from 'react';
import { MAX_QUANTITY } from '../../../../../shared/basket/model';
import type { Product } from '../../../../../shared/contract/catalog';
import { UNITS } from '../../../../../shared/basket/units';
import { useFormat } from '../../../i18n/format';
import { useLanguage, useT } from '../../../i18n/useT';
import { FormDialog } from '../FormDialog';
import { QuantityField } from './QuantityField';
import { readQuantity } from '../state/numberEntry';
import { useSaleStore } from '../state/saleStore';
import { addCounted } from '../state/tillActions';

/**
 * A weighed product picked by name, quick key or PLU: the cashier types what the scale
 * shows (`0,750`), and the line is priced from it. Nothing is added until they do.
 */
export function WeightDialog({ product, barcode }: { product: Product; barcode: string | null }) {
  const t = useT();
  const language = useLanguage();
  const format = useFormat();
  const close = useSaleStore((state) => state.closeDialog);
  const [text, setText] = useState('');
  const reading = readQuantity(text, product.unit, MAX_QUANTITY);
  const unit = UNITS[product.unit][language];
  const blocked = text.trim() === '' ? t('cashier.weight.empty', { unit }) : reading.ok ? null : t(`cashier.number.${reading.problem}`);
  return (
    <FormDialog
      title={t('cashier.weight.title', { name: product.name })}
      testId="weight-dialog"
      onCancel={close}
      blocked={blocked}
      confirmLabel={t('cashier.weight.add')}
      onConfirm={() => {
        if (!reading.ok) return;
        close();
        addCounted(product, barcode, reading.value);
      }}
    >
      <p className="muted">{t('cashier.weight.price', { price: format.money(product.priceKurus), unit })}</p>
      <QuantityField label={t('cashier.weight.label', { unit })} text={text} reading={reading} onText={setText} placeholder="0,000" testId="weight-value" />
    </FormDialog>
  );
}
