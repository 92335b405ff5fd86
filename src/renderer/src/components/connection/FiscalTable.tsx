import type { FiscalParametersView } from '../../../../shared/checkout/tokenxSetup';
import { useFormat } from '../../i18n/format';
import { useT } from '../../i18n/useT';

/** A device's departments: which VAT rate goes to which department. */
export function FiscalTable({ fiscal }: { fiscal: FiscalParametersView }) {
  const t = useT();
  const format = useFormat();
  return (
    <div data-testid="fiscal-parameters">
      <h3>{t('setup.fiscal', { id: fiscal.terminalId })}</h3>
      <table className="data-table">
        <thead>
          <tr>
            <th className="num">{t('setup.fiscal.vat')}</th>
            <th className="num">{t('setup.fiscal.section')}</th>
            <th>{t('setup.fiscal.name')}</th>
          </tr>
        </thead>
        <tbody>
          {[...fiscal.sections]
            .sort((a, b) => a.taxPercent - b.taxPercent || a.sectionNo - b.sectionNo)
            .map((section) => (
              <tr key={section.sectionNo}>
                <td className="num">{format.percent(section.taxPercent)}</td>
                <td className="num">{section.sectionNo}</td>
                <td>{section.name}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </div>
  );
}
