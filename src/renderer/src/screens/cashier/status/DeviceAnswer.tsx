import type { CheckoutEntry } from '../../../../../shared/checkout/checkoutState';
import { bankCodeOf } from '../../../../../shared/checkout/deviceTruth';
import { statusEntry } from '../../../../../shared/tokenx/statusCatalog';
import { useLanguage, usePick, useT } from '../../../i18n/useT';

/** The bank's code of a decline (in the message or on the payment), else the sale's own status. */
export const declineCode = (entry: CheckoutEntry): string | null => (entry.sale === null ? null : (bankCodeOf(entry.sale) ?? String(entry.sale.status)));

/**
 * The code TokenX or the device gave with what it means and what to do next, from the
 * status catalog in the language on screen. TokenX's own words (always English) are
 * shown only on the English screen, for support to match them.
 */
export function DeviceAnswer({ code, description }: { code: string | null; description: string | null }) {
  const t = useT();
  const pick = usePick();
  const language = useLanguage();
  const known = code === null ? null : statusEntry(code);
  return (
    <div className="device-answer" data-testid="device-answer">
      {known && (
        <>
          <p className="status-detail">
            <span className="tag bad">{t('cashier.status.code', { code: known.code })}</span> {pick(known)}
          </p>
          <p className="status-detail" data-testid="what-to-do">
            <strong>{t('cashier.status.whatToDo')}:</strong> {pick({ tr: known.nextTr, en: known.nextEn })}
          </p>
        </>
      )}
      {description && language === 'en' && <p className="muted small">{description}</p>}
    </div>
  );
}
