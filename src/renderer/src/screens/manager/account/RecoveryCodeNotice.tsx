import { useT } from '../../../i18n/useT';

/** A recovery code, shown this once: main keeps only its hash. */
export function RecoveryCodeNotice({ code }: { code: string }) {
  const t = useT();
  return (
    <div className="notice warn" role="note">
      <p>{t('manager.recoveryCode.show')}</p>
      <p className="recovery-code" data-testid="recovery-code">
        {code}
      </p>
    </div>
  );
}
