import { ExternalLink } from '../../../components/ExternalLink';
import { useT } from '../../../i18n/useT';
import { useAppStore } from '../../../state/appStore';
import { useCheckoutStore } from '../state/checkoutStore';

/**
 * Where a send goes, always in view: this counter's terminal or the whole branch list.
 * In training that is the simulator's device, whatever Settings hold for live use, and
 * the simulator's virtual ÖKC, where the trainer pays or declines, is one click away.
 */
export function TargetLine() {
  const t = useT();
  const tokenx = useAppStore((state) => state.settings?.tokenx);
  const simulator = useCheckoutStore((state) => state.simulator);
  const branch = tokenx?.target === 'branch';
  const id = simulator ? (branch ? simulator.branchId : simulator.terminalId) : branch ? tokenx?.branchId : tokenx?.terminalId;
  return (
    <p className={id ? 'target' : 'target unset'} data-testid="send-target">
      <span>{!id ? t('cashier.target.unset') : branch ? t('cashier.target.branch', { id }) : t('cashier.target.terminal', { id })}</span>
      {id && simulator && <span className="tag info">{t('status.simulator')}</span>}
      {simulator && (
        <ExternalLink url={simulator.okcUrl} testId="open-okc">
          {t('cashier.okc.open')} ↗
        </ExternalLink>
      )}
    </p>
  );
}
