import { useT } from '../../../i18n/useT';
import { useAppStore } from '../../../state/appStore';

/** Where a send goes, always in view: this counter's terminal or the whole branch list. */
export function TargetLine() {
  const t = useT();
  const tokenx = useAppStore((state) => state.settings?.tokenx);
  const id = tokenx?.target === 'branch' ? tokenx.branchId : tokenx?.terminalId;
  return (
    <p className={id ? 'target' : 'target unset'} data-testid="send-target">
      {!id
        ? t('cashier.target.unset')
        : tokenx?.target === 'branch'
          ? t('cashier.target.branch', { id })
          : t('cashier.target.terminal', { id })}
    </p>
  );
}
