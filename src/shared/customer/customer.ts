import { z } from 'zod';
import { bilingual } from '../validation';
import { checkTaxId } from './taxId';

/**
 * The buyer of an invoice-type sale. The ÖKC then prints a bilgi fişi and the invoice
 * itself is an e-Arşiv (buyer not registered for e-Fatura) or an e-Fatura.
 */
export const invoiceDocumentSchema = z.enum(['e-arsiv', 'e-fatura']);
export type InvoiceDocument = z.infer<typeof invoiceDocumentSchema>;

/**
 * A GİB invoice number: three letters or digits (the issuer's series), the four-digit
 * year and a nine-digit sequence, 16 characters. The vendor's Postman examples carry
 * `serialNo` on the e-Fatura (9006) and e-Arşiv (9007) bilgi fişi (reference §2.5); its
 * samples ("TKN20240000000001") have one digit more than GİB's format, so the format
 * checked here is GİB's own.
 */
export const INVOICE_SERIAL_PATTERN = /^[A-Z0-9]{3}20\d{2}\d{9}$/u;

/**
 * The "unknown final consumer" placeholder accepted on e-Arşiv invoices. It does not
 * pass the TCKN checksum, so it is allowed by name and only where it makes sense.
 */
export const FINAL_CONSUMER_TAX_ID = '11111111111';

const text = (max: number) => z.string().trim().max(max);
const emailFormat = z.email();

export const customerSchema = z
  .object({
    document: invoiceDocumentSchema,
    taxId: z.string().trim(),
    /** Company title (unvan) or the person's name and surname. */
    name: text(200).refine((value) => value.length >= 2, bilingual('Enter the company title or the name and surname.', 'Unvan veya ad soyad girin.')),
    taxOffice: text(100),
    street: text(200),
    buildingNumber: text(20),
    district: text(100),
    city: text(100),
    postalCode: z.string().trim().refine((value) => /^(\d{5})?$/u.test(value), bilingual('A postal code has 5 digits.', 'Posta kodu 5 hanelidir.')),
    country: text(100),
    email: text(200).refine(
      (value) => value === '' || emailFormat.safeParse(value).success,
      bilingual('Enter a valid e-mail address such as ad@ornek.com.', 'ad@ornek.com gibi geçerli bir e-posta adresi girin.'),
    ),
    phone: text(30),
    /**
     * The invoice's number from the e-invoice system, when the invoice is already made:
     * the ÖKC then prints the bilgi fişi for it. Left empty, the sale is a normal
     * receipt that carries the customer's details.
     */
    invoiceSerial: z
      .string()
      .trim()
      .transform((value) => value.toUpperCase())
      .refine(
        (value) => value === '' || INVOICE_SERIAL_PATTERN.test(value),
        bilingual(
          'An invoice number has 16 characters: the 3-character series, the year and a 9-digit sequence, e.g. ABC2026000000123.',
          'Fatura numarası 16 karakterdir: 3 karakterlik seri, yıl ve 9 haneli sıra numarası; örneğin ABC2026000000123.',
        ),
      ),
  })
  .superRefine((customer, ctx) => {
    const issue = (path: string, en: string, tr: string) =>
      ctx.addIssue({ code: 'custom', path: [path], params: { en, tr } });

    const isPlaceholder = customer.taxId === FINAL_CONSUMER_TAX_ID;
    if (isPlaceholder && customer.document === 'e-fatura') {
      issue(
        'taxId',
        'An e-Fatura needs the buyer\'s real VKN or TCKN; 11111111111 is only for e-Arşiv final consumers.',
        'e-Fatura için alıcının gerçek VKN veya TCKN\'si gerekir; 11111111111 yalnızca e-Arşiv nihai tüketici içindir.',
      );
      return;
    }
    const check = isPlaceholder ? null : checkTaxId(customer.taxId);
    if (check !== null && !check.ok) {
      issue('taxId', check.message, check.messageTr);
      return;
    }
    if (check?.kind === 'VKN' && customer.taxOffice === '') {
      issue('taxOffice', 'A company buyer (VKN) needs its tax office.', 'Şirket alıcı (VKN) için vergi dairesi gerekir.');
    }
    if (customer.document === 'e-fatura') {
      if (customer.street === '') issue('street', 'An e-Fatura needs the buyer\'s street address.', 'e-Fatura için alıcının adresi gerekir.');
      if (customer.district === '') issue('district', 'An e-Fatura needs the buyer\'s district (ilçe).', 'e-Fatura için alıcının ilçesi gerekir.');
      if (customer.city === '') issue('city', 'An e-Fatura needs the buyer\'s city (il).', 'e-Fatura için alıcının ili gerekir.');
    }
  });
export type Customer = z.infer<typeof customerSchema>;

/** A blank form for the given document, with Türkiye filled in as the country. */
export const emptyCustomer = (document: InvoiceDocument): Customer => ({
  document,
  taxId: '',
  name: '',
  taxOffice: '',
  street: '',
  buildingNumber: '',
  district: '',
  city: '',
  postalCode: '',
  country: 'Türkiye',
  email: '',
  phone: '',
  invoiceSerial: '',
});
