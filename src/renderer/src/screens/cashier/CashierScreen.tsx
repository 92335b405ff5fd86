import { useMemo } from 'react';
import { basketTotals } from '../../../../shared/basket/totals';
import { useSession } from '../../components/sessionStore';
import { useT } from '../../i18n/useT';
import { ActionBar } from './ActionBar';
import { BasketList } from './basket/BasketList';
import { RecoveredBasket } from './basket/RecoveredBasket';
import { SaleSummary } from './basket/SaleSummary';
import { SendProblems } from './basket/SendProblems';
import { TotalsPanel } from './basket/TotalsPanel';
import { CashierDialogs } from './CashierDialogs';
import { EntryBar } from './entry/EntryBar';
import { QuickKeys } from './entry/QuickKeys';
import { useCheckoutStore } from './state/checkoutStore';
import { useSaleStore } from './state/saleStore';
import { basketLocked, fromLastSession, selectedLine } from './state/selectors';
import { prepareSend } from './state/sendPreparation';
import { AlertBanner } from './status/AlertBanner';
import { RecoveryPanel } from './status/RecoveryPanel';
import { StatusPanel } from './status/StatusPanel';
import { TargetLine } from './status/TargetLine';
import { TillSignIn } from './TillSignIn';
import { useCashierCommands } from './useCashierCommands';
import { useCashierKeys } from './useCashierKeys';
import { useTillSetup } from './useTillSetup';
import './cashier.css';

/**
 * The till: build the basket from the keyboard, see what it comes to, send it to the
 * ÖKC and follow it there until it is settled. Sales are made in a signed-in user's
 * name once the shop has users; before that (a fresh install, training) anyone may sell.
 * The till itself (its keys, its reads of the journal) starts only once someone may
 * sell: main refuses those reads to nobody, and the sign-in screen already says why.
 */
export function CashierScreen() {
  const session = useSession((state) => state.current);
  if (session === null) return <p className="till-waiting" aria-busy="true" />;
  if (!session.needsBootstrap && session.user === null) return <TillSignIn />;
  return <Till />;
}

function Till() {
  const t = useT();
  const { commands, approvalDialog, withApproval } = useCashierCommands();
  useCashierKeys(commands);
  useTillSetup();

  const basket = useSaleStore((state) => state.basket);
  const selectedLineId = useSaleStore((state) => state.selectedLineId);
  const hasSelection = useSaleStore((state) => selectedLine(state) !== null);
  const select = useSaleStore((state) => state.select);
  const locked = useCheckoutStore(basketLocked);
  const recovered = useCheckoutStore(fromLastSession);
  const followed = useCheckoutStore((state) => state.current !== null || state.sending);
  const sections = useCheckoutStore((state) => state.sections);

  const totals = useMemo(() => basketTotals(basket), [basket]);
  const hasLines = totals.lines.length > 0;
  const problems = useMemo(() => (hasLines ? prepareSend(basket, sections) : null), [basket, sections, hasLines]);
  const blockedLineIds = useMemo(() => new Set(problems && !problems.ok ? problems.problems.flatMap((problem) => problem.lineIds) : []), [problems]);

  return (
    <section className="cashier" aria-labelledby="cashier-title">
      <div className="cashier-main">
        <header className="cashier-head">
          <h1 id="cashier-title">{t('cashier.title')}</h1>
          <TargetLine />
        </header>
        <AlertBanner commands={commands} />
        <RecoveryPanel />
        <EntryBar locked={locked} />
        {recovered ? (
          <RecoveredBasket entry={recovered} />
        ) : (
          <BasketList lines={basket.lines} totals={totals} blockedLineIds={blockedLineIds} selectedLineId={selectedLineId} onSelect={select} />
        )}
      </div>
      <aside className="cashier-side" aria-label={t('cashier.side')}>
        <TotalsPanel totals={recovered ? null : totals} totalKurus={recovered ? recovered.totalKurus : totals.total} />
        {followed && <StatusPanel commands={commands} />}
        <SaleSummary />
        {!locked && problems && !problems.ok && <SendProblems problems={problems.problems} />}
        {!locked && <QuickKeys />}
        {!followed && <StatusPanel commands={commands} />}
      </aside>
      <ActionBar commands={commands} editable={!locked} hasLines={hasLines} hasSelection={hasSelection} />
      <CashierDialogs total={totals.total} commands={commands} withApproval={withApproval} />
      {approvalDialog}
    </section>
  );
}
