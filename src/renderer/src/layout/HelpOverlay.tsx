import { Dialog } from '../components/Dialog';
import type { StringKey } from '../i18n/texts';
import { useT } from '../i18n/useT';
import { useAppStore } from '../state/appStore';

const ROWS: readonly [string, StringKey][] = [
  ['F1', 'help.f1'],
  ['F2', 'help.f2'],
  ['F3', 'help.f3'],
  ['F4', 'cashier.help.f4'],
  ['F5', 'cashier.help.f5'],
  ['F6', 'cashier.help.f6'],
  ['F7', 'cashier.help.f7'],
  ['F8', 'cashier.help.f8'],
  ['F9', 'cashier.help.f9'],
  ['F10', 'cashier.help.f10'],
  ['F11', 'cashier.help.f11'],
  ['↑ ↓', 'cashier.help.arrows'],
  ['3*', 'cashier.help.star'],
  ['PLU ↵', 'cashier.help.plu'],
  ['Enter / Esc', 'help.enterEsc'],
  ['F12 / ?', 'help.question'],
  ['Alt+F12', 'help.language'],
];

/** Every key on one page, reachable from every screen with F12; it gives focus back where it was. */
export function HelpOverlay() {
  const t = useT();
  const open = useAppStore((state) => state.helpOpen);
  const setOpen = useAppStore((state) => state.setHelpOpen);
  if (!open) return null;
  return (
    <Dialog title={t('help.title')} onCancel={() => setOpen(false)} testId="help" wide>
      <table className="shortcuts">
        <tbody>
          {ROWS.map(([key, label]) => (
            <tr key={key}>
              <th scope="row">
                <kbd>{key}</kbd>
              </th>
              <td>{t(label)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-actions">
        <button type="button" data-autofocus onClick={() => setOpen(false)}>
          {t('help.close')}
        </button>
      </div>
    </Dialog>
  );
}
