import { useEffect, useRef } from 'react';
import { useT } from '../i18n/useT';
import { useAppStore } from '../state/appStore';

export function HelpOverlay() {
  const t = useT();
  const open = useAppStore((state) => state.helpOpen);
  const setOpen = useAppStore((state) => state.setHelpOpen);
  const close = useRef<HTMLButtonElement>(null);
  const previousFocus = useRef<Element | null>(null);

  useEffect(() => {
    if (open) {
      previousFocus.current = document.activeElement;
      close.current?.focus();
    } else if (previousFocus.current instanceof HTMLElement) {
      // Focus goes back where it was, so the cashier keeps typing where they left off.
      previousFocus.current.focus();
    }
  }, [open]);

  if (!open) return null;
  const rows: [string, Parameters<typeof t>[0]][] = [
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
    ['F12', 'help.f12'],
    ['?', 'help.question'],
  ];
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-labelledby="help-title">
      <div className="dialog">
        <h2 id="help-title">{t('help.title')}</h2>
        <table className="shortcuts">
          <tbody>
            {rows.map(([key, label]) => (
              <tr key={key}>
                <td>
                  <kbd>{key}</kbd>
                </td>
                <td>{t(label)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <button ref={close} type="button" onClick={() => setOpen(false)}>
          {t('help.close')}
        </button>
      </div>
    </div>
  );
}
