import type { StringKey } from '../../i18n/strings';
import { useT } from '../../i18n/useT';
import { useCheckoutStore } from './state/checkoutStore';
import type { CashierCommands } from './useCashierCommands';

interface Action {
  key: string;
  label: StringKey;
  run(): void | Promise<void>;
  enabled: boolean;
  primary?: boolean;
  testId: string;
}

/** The function keys along the bottom, labelled with what they do right now. */
export function ActionBar({ commands, locked, hasLines, hasSelection, sendBlocked }: {
  commands: CashierCommands;
  locked: boolean;
  hasLines: boolean;
  hasSelection: boolean;
  sendBlocked: boolean;
}) {
  const t = useT();
  const current = useCheckoutStore((state) => state.current);
  const sending = useCheckoutStore((state) => state.sending);
  const editable = !locked;
  const primary: Pick<Action, 'label' | 'enabled'> =
    current === null
      ? { label: 'cashier.action.send', enabled: editable && hasLines && !sendBlocked && !sending }
      : current.final
        ? { label: 'cashier.action.newSale', enabled: true }
        : { label: 'cashier.action.checkAgain', enabled: true };
  const actions: Action[] = [
    { key: 'F4', label: 'cashier.action.quantity', run: commands.quantity, enabled: editable && hasSelection, testId: 'action-quantity' },
    { key: 'F5', label: 'cashier.action.discount', run: commands.discount, enabled: editable && hasLines, testId: 'action-discount' },
    { key: 'F6', label: 'cashier.action.payment', run: commands.payment, enabled: editable, testId: 'action-payment' },
    { key: 'F7', label: 'cashier.action.customer', run: commands.customer, enabled: editable, testId: 'action-customer' },
    current?.state === 'on-device'
      ? { key: 'F8', label: 'cashier.action.cancelOnDevice', run: commands.voidOrCancel, enabled: !current.cancelRequested, testId: 'action-cancel' }
      : { key: 'F8', label: 'cashier.action.void', run: commands.voidOrCancel, enabled: editable && hasSelection, testId: 'action-void' },
    { key: 'F9', label: 'cashier.action.price', run: commands.price, enabled: editable && hasSelection, testId: 'action-price' },
    { key: 'F11', label: 'cashier.action.park', run: commands.parked, enabled: editable, testId: 'action-park' },
    { key: 'F10', ...primary, run: commands.primary, primary: true, testId: 'action-primary' },
  ];
  return (
    <div className="action-bar" role="toolbar" aria-label="F4–F11">
      {actions.map((action) => (
        <button
          key={action.key}
          type="button"
          className={action.primary ? 'action primary' : 'action ghost'}
          disabled={!action.enabled}
          data-testid={action.testId}
          onClick={() => void action.run()}
        >
          <kbd>{action.key}</kbd> {t(action.label)}
        </button>
      ))}
    </div>
  );
}
