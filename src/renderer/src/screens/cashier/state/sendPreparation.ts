import type { FiscalSection } from '../../../../../shared/basket/departments';
import type { Basket } from '../../../../../shared/basket/model';
import type { SendProblem } from '../../../../../shared/basket/wire';
import { prepareForDevice } from '../../../../../shared/basket/wire';
import type { WireBasketBody } from '../../../../../shared/tokenx/basketModel';

export type SendPreparation = { ok: true; wire: WireBasketBody; totalKurus: number } | { ok: false; problems: SendProblem[] };

const SECTIONS_UNKNOWN: SendProblem = {
  code: 'cashier.departments-unknown',
  message: "The device's departments (VAT rates) have not been read from TokenX yet, so the lines cannot be assigned to them. Check the connection and the terminal id in Settings.",
  messageTr: 'Cihazın kısımları (KDV oranları) TokenX’ten henüz okunamadı, bu yüzden satırlar kısımlara atanamıyor. Bağlantıyı ve Ayarlar’daki terminal numarasını kontrol edin.',
  lineIds: [],
};

/**
 * The basket as the checkout takes it, or every reason it cannot go yet (empty, a VAT
 * rate the device has no department for, a split that does not add up…). The basket
 * id and check number are left to the checkout journal, which owns them.
 */
export function prepareSend(basket: Basket, sections: readonly FiscalSection[] | null): SendPreparation {
  if (sections === null) return { ok: false, problems: [SECTIONS_UNKNOWN] };
  const prepared = prepareForDevice(basket, sections, 0);
  if (!prepared.ok) return prepared;
  const { basketID: _id, checkNumber: _check, ...body } = prepared.wire;
  return { ok: true, wire: body, totalKurus: prepared.totals.total };
}
