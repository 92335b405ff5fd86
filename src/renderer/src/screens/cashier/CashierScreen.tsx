import { useT } from '../../i18n/useT';
import { useAppStore } from '../../state/appStore';

export function CashierScreen() {
  const t = useT();
  const tokenx = useAppStore((state) => state.settings?.tokenx);
  const id = tokenx?.target === 'branch' ? tokenx.branchId : tokenx?.terminalId;
  return (
    <section className="panel" aria-labelledby="cashier-title">
      <h1 id="cashier-title">{t('cashier.title')}</h1>
      <p className="target" data-testid="send-target">
        {!id
          ? t('cashier.target.unset')
          : tokenx?.target === 'branch'
            ? t('cashier.target.branch', { id })
            : t('cashier.target.terminal', { id })}
      </p>
    </section>
  );
}
