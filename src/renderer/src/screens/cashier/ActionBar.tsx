import type { StringKey } from '../../i18n/texts';
import { useT } from '../../i18n/useT';
import { useCheckoutStore } from './state/checkoutStore';
import { primaryAction } from './state/selectors';
import type { PrimaryAction } from './state/selectors';
import type { CashierCommands } from './useCashierCommands';

interface Action {
  key: string;
  label: StringKey;
  run(): void | Promise<void>;
  /** Shown as available; an unavailable one still answers, saying why it cannot act. */
  available: boolean;
  testId: string;
}

const PRIMARY_LABEL: Record<PrimaryAction, StringKey> = {
  send: 'cashier.action.send',
  resend: 'cashier.action.resend',
  check: 'cashier.action.checkAgain',
  'new-sale': 'cashier.action.newSale',
};

/** The function keys along the bottom, always in the same place, labelled with what they do right now. */
export function ActionBar({ commands, editable, hasLines, hasSelection }: { commands: CashierCommands; editable: boolean; hasLines: boolean; hasSelection: boolean }) {
  const t = useT();
  const current = useCheckoutStore((state) => state.current);
  const primary = useCheckoutStore(primaryAction);
  const cancelling = current !== null && current.state === 'on-device';
  const actions: Action[] = [
    { key: 'F4', label: 'cashier.action.quantity', run: commands.quantity, available: editable && hasSelection, testId: 'action-quantity' },
    { key: 'F5', label: 'cashier.action.discount', run: commands.discount, available: editable && hasLines, testId: 'action-discount' },
    { key: 'F6', label: 'cashier.action.payment', run: commands.payment, available: editable, testId: 'action-payment' },
    { key: 'F7', label: 'cashier.action.customer', run: commands.customer, available: editable, testId: 'action-customer' },
    cancelling
      ? { key: 'F8', label: 'cashier.action.cancelOnDevice', run: commands.voidOrCancel, available: !current.cancelRequested, testId: 'action-cancel' }
      : { key: 'F8', label: 'cashier.action.void', run: commands.voidOrCancel, available: editable && hasSelection, testId: 'action-void' },
    { key: 'F9', label: 'cashier.action.price', run: commands.price, available: editable && hasSelection, testId: 'action-price' },
    { key: 'F11', label: 'cashier.action.park', run: commands.parked, available: editable, testId: 'action-park' },
  ];
  return (
    <div className="action-bar" role="toolbar" aria-label={t('cashier.actions')} data-testid="action-bar">
      {actions.map((action) => (
        <button
          key={action.key}
          type="button"
          className="action ghost"
          aria-disabled={!action.available}
          data-testid={action.testId}
          onClick={() => void action.run()}
        >
          <kbd>{action.key}</kbd> <span>{t(action.label)}</span>
        </button>
      ))}
      <button type="button" className="action primary" data-testid="action-primary" data-action={primary} onClick={() => void commands.primary()}>
        <kbd>F10</kbd> <span>{t(PRIMARY_LABEL[primary])}</span>
      </button>
    </div>
  );
}
