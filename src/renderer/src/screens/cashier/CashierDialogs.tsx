import { settingsApproval } from '../../../../shared/approvals';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useFormat } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { call } from '../../state/call';
import { AddProductDialog } from './dialogs/AddProductDialog';
import { CustomerDialog } from './dialogs/CustomerDialog';
import { DiscountDialog } from './dialogs/DiscountDialog';
import { ForceOutcomeDialog } from './dialogs/ForceOutcomeDialog';
import { ParkedDialog } from './dialogs/ParkedDialog';
import { PaymentDialog } from './dialogs/PaymentDialog';
import { PriceDialog } from './dialogs/PriceDialog';
import { QuantityDialog } from './dialogs/QuantityDialog';
import { WeightDialog } from './dialogs/WeightDialog';
import { useCheckoutStore } from './state/checkoutStore';
import { useSaleStore } from './state/saleStore';
import { addProduct, startNewSale } from './state/tillActions';
import type { CashierCommands } from './useCashierCommands';
import type { useApproval } from '../../components/useApproval';

/** The one cashier dialog open now, by its kind. */
export function CashierDialogs({ total, commands, withApproval }: { total: number; commands: CashierCommands; withApproval: ReturnType<typeof useApproval>['withApproval'] }) {
  const t = useT();
  const format = useFormat();
  const dialog = useSaleStore((state) => state.dialog);
  const lines = useSaleStore((state) => state.basket.lines);
  const close = useSaleStore((state) => state.closeDialog);
  if (dialog === null) return null;
  const line = 'lineId' in dialog ? lines.find((candidate) => candidate.id === dialog.lineId) : undefined;
  switch (dialog.kind) {
    case 'quantity':
      return line ? <QuantityDialog line={line} /> : null;
    case 'price':
      return line ? <PriceDialog line={line} authorize={commands.authorizeEdit} /> : null;
    case 'discount':
      return <DiscountDialog lineId={dialog.lineId} authorize={commands.authorizeEdit} />;
    case 'payment':
      return <PaymentDialog total={total} />;
    case 'customer':
      return <CustomerDialog />;
    case 'parked':
      return <ParkedDialog />;
    case 'weight':
      return <WeightDialog product={dialog.product} barcode={dialog.barcode} />;
    case 'force-outcome':
      return <ForceOutcomeDialog onCancel={close} onConfirm={(outcome, note) => void commands.forceOutcome(outcome, note)} />;
    case 'drop-basket':
      return (
        <ConfirmDialog danger title={t('cashier.drop.title')} confirmLabel={t('cashier.drop.confirm')} onCancel={close} onConfirm={startNewSale}>
          <p>{t('cashier.drop.text', { count: lines.filter((candidate) => !candidate.voided).length })}</p>
        </ConfirmDialog>
      );
    case 'over-receipt-limit':
      return (
        <ConfirmDialog
          title={t('cashier.receiptLimit.title')}
          confirmLabel={t('cashier.receiptLimit.confirm')}
          onCancel={close}
          onConfirm={() => void commands.sendAsReceipt()}
        >
          <p>{t('cashier.receiptLimit.text', { total: format.money(dialog.totalKurus), limit: format.money(dialog.limitKurus) })}</p>
          <p>{t('cashier.receiptLimit.invoice')}</p>
        </ConfirmDialog>
      );
    case 'drop-old-basket':
      return (
        <ConfirmDialog danger title={t('cashier.dropOld.title')} confirmLabel={t('cashier.dropOld.confirm')} onCancel={close} onConfirm={() => {
          close();
          void useCheckoutStore.getState().decide(dialog.basketId, 'drop');
        }}>
          <p>{t('cashier.dropOld.text')}</p>
        </ConfirmDialog>
      );
    case 'add-product':
      return (
        <AddProductDialog
          barcode={dialog.barcode}
          // Main decides who may add to the catalog; a cashier without the right gets the manager dialog.
          save={(product, summary) =>
            withApproval(settingsApproval('catalog.upsert', product.name), summary, (approvalToken) =>
              call('catalog.upsert', approvalToken === undefined ? { product } : { product, approvalToken }),
            )
          }
          onCancel={close}
          onSaved={(product) => {
            close();
            addProduct(product, dialog.barcode);
          }}
        />
      );
  }
}
