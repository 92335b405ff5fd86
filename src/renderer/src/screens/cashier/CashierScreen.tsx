import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ForcibleOutcome } from '../../../../shared/checkout/checkoutState';
import { basketTotals } from '../../../../shared/basket/totals';
import { useSession } from '../../components/sessionStore';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../state/appStore';
import { ActionBar } from './ActionBar';
import { BasketTable } from './basket/BasketTable';
import { SaleSummary } from './basket/SaleSummary';
import { SendProblems } from './basket/SendProblems';
import { TotalsPanel } from './basket/TotalsPanel';
import { AddProductDialog } from './dialogs/AddProductDialog';
import { CustomerDialog } from './dialogs/CustomerDialog';
import { DiscountDialog } from './dialogs/DiscountDialog';
import { ForceOutcomeDialog } from './dialogs/ForceOutcomeDialog';
import { ParkedDialog } from './dialogs/ParkedDialog';
import { PaymentDialog } from './dialogs/PaymentDialog';
import { PriceDialog } from './dialogs/PriceDialog';
import { QuantityDialog } from './dialogs/QuantityDialog';
import { EntryBar } from './entry/EntryBar';
import { QuickKeys } from './entry/QuickKeys';
import { focusEntry } from './focus';
import { attachGlobalScanner } from '../../scanner/globalScanner';
import { addProduct, enterBarcode, partialScan } from './state/catalogActions';
import { useCheckoutStore } from './state/checkoutStore';
import { useSaleStore } from './state/saleStore';
import { prepareSend } from './state/sendPreparation';
import { RecoveryPanel } from './status/RecoveryPanel';
import { StatusPanel } from './status/StatusPanel';
import { TargetLine } from './status/TargetLine';
import { useCashierCommands } from './useCashierCommands';
import { settingsApproval } from '../../../../shared/approvals';
import { useCashierKeys } from './useCashierKeys';
import './cashier.css';

/**
 * The till: build the basket from the keyboard, see what it comes to, send it to the
 * ÖKC and follow it there until it is settled.
 */
export function CashierScreen() {
  const t = useT();
  const api = useAppStore((state) => state.api);
  const basket = useSaleStore((state) => state.basket);
  const selectedLineId = useSaleStore((state) => state.selectedLineId);
  const dialog = useSaleStore((state) => state.dialog);
  const current = useCheckoutStore((state) => state.current);
  const sending = useCheckoutStore((state) => state.sending);
  const unfinished = useCheckoutStore((state) => state.unfinished);
  const recovery = useCheckoutStore((state) => state.recovery);
  const sections = useCheckoutStore((state) => state.sections);
  const forceOutcome = useCheckoutStore((state) => state.forceOutcome);
  const [forceOpen, setForceOpen] = useState(false);
  const openForceOutcome = useCallback(() => setForceOpen(true), []);
  const { commands, approvalDialog, ask, withApproval } = useCashierCommands(openForceOutcome);
  useCashierKeys(commands);

  useEffect(() => {
    if (!api) return;
    void useCheckoutStore.getState().start(api);
    if (useSession.getState().current === null) void useSession.getState().load(api);
  }, [api]);

  const terminalId = useAppStore((state) => state.settings?.tokenx.terminalId);
  const tokenxMode = useAppStore((state) => state.training?.services.tokenx);
  useEffect(() => {
    // Another device has other departments: read them again before the next send.
    if (api) void useCheckoutStore.getState().loadTarget();
  }, [api, terminalId, tokenxMode]);

  // Scanner bursts are caught whatever has focus; the field they typed into gets its text back.
  useEffect(() => attachGlobalScanner(window, { onScan: (code) => void enterBarcode(code), onPartial: partialScan }), []);

  useEffect(() => {
    // Focus never stays lost: when the element that had it goes away, the entry field takes it back.
    const onFocusOut = () =>
      setTimeout(() => {
        if ((document.activeElement === document.body || document.activeElement === null) && !document.querySelector('[aria-modal="true"]')) {
          focusEntry();
        }
      }, 0);
    document.addEventListener('focusout', onFocusOut);
    return () => document.removeEventListener('focusout', onFocusOut);
  }, []);

  const locked = current !== null || sending || unfinished.length > 0 || recovery?.phase === 'recovering';
  const engaged = current !== null || sending;
  const totals = useMemo(() => basketTotals(basket), [basket]);
  const hasLines = totals.lines.length > 0;
  const problems = useMemo(() => (hasLines ? prepareSend(basket, sections) : null), [basket, sections, hasLines]);
  const blockedLineIds = useMemo(
    () => new Set(problems && !problems.ok ? problems.problems.flatMap((problem) => problem.lineIds) : []),
    [problems],
  );
  const selectedLine = basket.lines.find((line) => line.id === selectedLineId && !line.voided) ?? null;
  const dialogLine = dialog && 'lineId' in dialog ? basket.lines.find((line) => line.id === dialog.lineId) : undefined;

  const confirmForce = async (outcome: ForcibleOutcome, note: string) => {
    setForceOpen(false);
    if (current === null) return;
    const approval = await ask({ action: 'force-outcome', subject: { basketId: current.basketId, outcome } }, t(`cashier.status.${outcome}`));
    if (approval) await forceOutcome(outcome, approval.token, note);
  };

  return (
    <section className="cashier" aria-labelledby="cashier-title">
      <div className="cashier-main">
        <header className="cashier-head">
          <h1 id="cashier-title">{t('cashier.title')}</h1>
          <TargetLine />
        </header>
        <RecoveryPanel />
        <EntryBar locked={locked} />
        <BasketTable totals={totals} blockedLineIds={blockedLineIds} />
        {!locked && <QuickKeys />}
      </div>
      <aside className="cashier-side">
        {/* While a basket is out on the device its state is what matters, so it comes first. */}
        {engaged && <StatusPanel commands={commands} />}
        <TotalsPanel totals={totals} />
        <SaleSummary />
        {!locked && problems && !problems.ok && <SendProblems problems={problems.problems} />}
        {!engaged && <StatusPanel commands={commands} />}
      </aside>
      <ActionBar
        commands={commands}
        locked={locked}
        hasLines={hasLines}
        hasSelection={selectedLine !== null}
        sendBlocked={problems === null || !problems.ok}
      />
      {dialog?.kind === 'quantity' && dialogLine && <QuantityDialog line={dialogLine} />}
      {dialog?.kind === 'price' && dialogLine && <PriceDialog line={dialogLine} authorize={commands.authorizeEdit} />}
      {dialog?.kind === 'discount' && <DiscountDialog lineId={dialog.lineId} authorize={commands.authorizeEdit} />}
      {dialog?.kind === 'payment' && <PaymentDialog total={totals.total} />}
      {dialog?.kind === 'customer' && <CustomerDialog />}
      {dialog?.kind === 'parked' && <ParkedDialog />}
      {dialog?.kind === 'add-product' && api && (
        <AddProductDialog
          barcode={dialog.barcode}
          // Main decides who may add to the catalog; a cashier without the right gets the manager dialog.
          save={(product, summary) =>
            withApproval(settingsApproval('catalog.upsert', product.name), summary, (approvalToken) =>
              api.call('catalog.upsert', approvalToken === undefined ? { product } : { product, approvalToken }),
            )
          }
          onCancel={() => useSaleStore.getState().closeDialog()}
          onSaved={(product) => {
            const sale = useSaleStore.getState();
            sale.closeDialog();
            sale.dismissNotice(dialog.noticeId);
            addProduct(product, dialog.barcode);
          }}
        />
      )}
      {forceOpen && <ForceOutcomeDialog onCancel={() => setForceOpen(false)} onConfirm={(outcome, note) => void confirmForce(outcome, note)} />}
      {approvalDialog}
    </section>
  );
}
