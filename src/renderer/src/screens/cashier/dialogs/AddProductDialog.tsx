import { useId, useState } from 'react';
import { departmentsByRate, vatRateText } from '../../../../../shared/basket/departments';
import { MAX_UNIT_PRICE_KURUS } from '../../../../../shared/basket/model';
import type { UnitCode } from '../../../../../shared/basket/units';
import { UNITS, UNIT_CODES, unitCodeSchema } from '../../../../../shared/basket/units';
import type { Product, ProductInput } from '../../../../../shared/contract/catalog';
import type { Result } from '../../../../../shared/result';
import { AmountInput } from '../../../components/AmountInput';
import { readAmount } from '../../../components/amount';
import { useFormat } from '../../../i18n/format';
import { useLanguage, useT } from '../../../i18n/useT';
import { FormDialog } from '../FormDialog';
import { useCheckoutStore } from '../state/checkoutStore';

/** Turkey's VAT rates (percent × 100), offered when the device's own are not known yet. */
const STANDARD_VAT_RATES = [0, 100, 1000, 2000];
const DEFAULT_VAT_RATE = 2000;

/**
 * Saves a product; null when a manager's approval was needed and nobody gave it.
 * The caller owns the approval dialog, so it stacks over this one.
 */
export type SaveProduct = (product: ProductInput, summary: string) => Promise<Result<Product> | null>;

/**
 * "Add product" for a scanned barcode the catalog does not know: the barcode is fixed,
 * the cashier fills in name, price, VAT rate and unit, and the saved product goes
 * straight into the basket.
 */
export function AddProductDialog({
  barcode,
  save,
  onSaved,
  onCancel,
}: {
  barcode: string;
  save: SaveProduct;
  onSaved(product: Product): void;
  onCancel(): void;
}) {
  const t = useT();
  const language = useLanguage();
  const format = useFormat();
  const nameId = useId();
  const vatId = useId();
  const unitId = useId();
  const sections = useCheckoutStore((state) => state.sections);
  // Only rates the device has a department for: any other would block the send later.
  const rates = sections ? [...departmentsByRate(sections).keys()].sort((a, b) => a - b) : STANDARD_VAT_RATES;
  const [name, setName] = useState('');
  const [priceText, setPriceText] = useState('');
  const [vatRate, setVatRate] = useState(rates.includes(DEFAULT_VAT_RATE) ? DEFAULT_VAT_RATE : (rates.at(-1) ?? DEFAULT_VAT_RATE));
  const [unit, setUnit] = useState<UnitCode>('C62');
  const [busy, setBusy] = useState(false);
  const [notApproved, setNotApproved] = useState(false);
  const [nameTouched, setNameTouched] = useState(false);
  const price = readAmount(priceText, MAX_UNIT_PRICE_KURUS, t);
  const nameMissing = name.trim() === '';
  const blocked = nameMissing ? t('cashier.addProduct.nameMissing') : price.ok ? null : price.message;

  const confirm = async () => {
    if (nameMissing || !price.ok) return;
    setBusy(true);
    setNotApproved(false);
    const product: ProductInput = {
      id: null,
      name: name.trim(),
      barcodes: [barcode],
      unit,
      priceKurus: price.kurus,
      vatRate,
      department: null,
      plu: null,
      quickKey: null,
    };
    const saved = await save(product, t('cashier.addProduct.approval', { name: product.name, barcode, price: format.money(price.kurus) }));
    setBusy(false);
    if (saved === null) setNotApproved(true);
    else if (saved.ok) onSaved(saved.value);
  };

  return (
    <FormDialog
      title={t('cashier.addProduct.title', { barcode })}
      testId="add-product-dialog"
      onCancel={onCancel}
      onConfirm={() => void confirm()}
      confirmLabel={t('cashier.addProduct.save')}
      blocked={blocked}
      busy={busy}
    >
      <p className="muted">
        {t('cashier.addProduct.barcode')}: <strong data-testid="add-product-barcode">{barcode}</strong>
      </p>
      <div className="form-field">
        <label htmlFor={nameId}>{t('cashier.addProduct.name')}</label>
        <input
          id={nameId}
          data-autofocus
          data-testid="add-product-name"
          autoComplete="off"
          maxLength={120}
          value={name}
          aria-invalid={nameTouched && nameMissing ? true : undefined}
          onChange={(event) => setName(event.target.value)}
          onBlur={() => setNameTouched(true)}
        />
        {nameTouched && nameMissing && <span className="field-error">{t('cashier.addProduct.nameMissing')}</span>}
      </div>
      <AmountInput label={t('cashier.addProduct.price')} text={priceText} onText={setPriceText} maxKurus={MAX_UNIT_PRICE_KURUS} />
      <div className="form-field">
        <label htmlFor={vatId}>{t('cashier.addProduct.vatRate')}</label>
        <select id={vatId} data-testid="add-product-vat" value={vatRate} onChange={(event) => setVatRate(Number(event.target.value))}>
          {rates.map((rate) => (
            <option key={rate} value={rate}>
              {vatRateText(rate)}
            </option>
          ))}
        </select>
      </div>
      <div className="form-field">
        <label htmlFor={unitId}>{t('cashier.addProduct.unit')}</label>
        <select
          id={unitId}
          data-testid="add-product-unit"
          value={unit}
          onChange={(event) => {
            const chosen = unitCodeSchema.safeParse(event.target.value);
            if (chosen.success) setUnit(chosen.data);
          }}
        >
          {UNIT_CODES.map((code) => (
            <option key={code} value={code}>
              {UNITS[code][language]}
            </option>
          ))}
        </select>
      </div>
      {notApproved && (
        <p className="field-error" role="alert" data-testid="add-product-problem">
          {t('cashier.addProduct.refused')}
        </p>
      )}
    </FormDialog>
  );
}
