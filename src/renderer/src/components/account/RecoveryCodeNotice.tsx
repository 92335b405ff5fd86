import { useT } from '../../i18n/useT';

/** A recovery code, shown this once: main keeps only its hash. `text` says what to do with it, where the default does not fit. */
export function RecoveryCodeNotice({ code, text }: { code: string; text?: string }) {
  const t = useT();
  return (
    <div className="notice warn" role="note">
      <p>{text ?? t('manager.recoveryCode.show')}</p>
      <p className="recovery-code" data-testid="recovery-code">
        {code}
      </p>
    </div>
  );
}
