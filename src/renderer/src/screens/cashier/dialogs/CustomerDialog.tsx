import { useId, useState } from 'react';
import type { Customer, InvoiceDocument } from '../../../../../shared/customer/customer';
import { customerSchema, emptyCustomer } from '../../../../../shared/customer/customer';
import { validate } from '../../../../../shared/validation';
import { useLanguage, useT } from '../../../i18n/useT';
import { FormDialog } from '../FormDialog';
import { useSaleStore } from '../state/saleStore';

type TextField = Exclude<keyof Customer, 'document' | 'country'>;
const FIELDS: readonly { name: TextField; wide?: boolean; inputMode?: 'numeric' | 'email' | 'tel' }[] = [
  { name: 'taxId', inputMode: 'numeric' },
  { name: 'name', wide: true },
  { name: 'taxOffice' },
  { name: 'email', inputMode: 'email' },
  { name: 'street', wide: true },
  { name: 'buildingNumber' },
  { name: 'district' },
  { name: 'city' },
  { name: 'postalCode', inputMode: 'numeric' },
  { name: 'phone', inputMode: 'tel' },
  { name: 'invoiceSerial', wide: true },
];
const DOCUMENTS: readonly InvoiceDocument[] = ['e-arsiv', 'e-fatura'];

/** The buyer for an invoice-type sale; the ÖKC then prints a bilgi fişi. Checked with the shared VKN/TCKN rules. */
export function CustomerDialog() {
  const t = useT();
  const language = useLanguage();
  const id = useId();
  const current = useSaleStore((state) => state.basket.customer);
  const setCustomer = useSaleStore((state) => state.setCustomer);
  const close = useSaleStore((state) => state.closeDialog);
  const [draft, setDraft] = useState<Customer>(current ?? emptyCustomer('e-arsiv'));
  const [tried, setTried] = useState(false);
  const checked = validate(customerSchema, draft);
  const problem = tried && !checked.ok ? checked.failure : null;

  return (
    <FormDialog
      title={t('cashier.customer.title')}
      testId="customer-dialog"
      onCancel={close}
      onConfirm={() => {
        setTried(true);
        if (!checked.ok) return;
        setCustomer(checked.data);
        close();
      }}
    >
      <fieldset>
        <legend>{t('cashier.customer.document')}</legend>
        {DOCUMENTS.map((document) => (
          <label key={document} className="radio">
            <input type="radio" name={`${id}-document`} checked={draft.document === document} onChange={() => setDraft({ ...draft, document })} />
            {t(`cashier.customer.${document}`)}
          </label>
        ))}
      </fieldset>
      <div className="customer-grid">
        {FIELDS.map((field, index) => {
          const fieldId = `${id}-${field.name}`;
          const error = problem?.path === field.name ? (language === 'tr' ? problem.messageTr : problem.message) : null;
          return (
            <div key={field.name} className={field.wide ? 'form-field wide' : 'form-field'}>
              <label htmlFor={fieldId}>{t(`cashier.customer.${field.name}`)}</label>
              <input
                id={fieldId}
                data-autofocus={index === 0 ? true : undefined}
                data-testid={`customer-${field.name}`}
                inputMode={field.inputMode}
                autoComplete="off"
                value={draft[field.name]}
                aria-invalid={error !== null}
                onChange={(event) => setDraft({ ...draft, [field.name]: event.target.value })}
              />
              {error && <span className="field-error">{error}</span>}
            </div>
          );
        })}
      </div>
      {problem && !FIELDS.some((field) => field.name === problem.path) && (
        <p className="field-error" role="alert">
          {language === 'tr' ? problem.messageTr : problem.message}
        </p>
      )}
      {current && (
        <button
          type="button"
          className="ghost"
          onClick={() => {
            setCustomer(null);
            close();
          }}
        >
          {t('cashier.customer.remove')}
        </button>
      )}
    </FormDialog>
  );
}
