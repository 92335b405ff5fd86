import { useId, useState } from 'react';
import type { AppError } from '../../../../../shared/result';
import { PinField } from '../../../components/PinField';
import { errorText } from '../../../i18n/translate';
import { useLanguage, useT } from '../../../i18n/useT';
import { useAppStore } from '../../../state/appStore';
import { RecoveryCodeNotice } from './RecoveryCodeNotice';

/**
 * For an admin: a new recovery code (an install from before recovery codes has none;
 * a new one replaces a code that may have been seen). The admin confirms with their PIN.
 */
export function RecoveryCodeMaker({ missing }: { missing: boolean }) {
  const t = useT();
  const language = useLanguage();
  const api = useAppStore((state) => state.api);
  const pinId = useId();
  const [pin, setPin] = useState('');
  const [code, setCode] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  const make = async () => {
    if (!api) return;
    const result = await api.call('users.newRecoveryCode', { pin });
    setPin('');
    if (!result.ok) return setError(result.error);
    setError(null);
    setCode(result.value.recoveryCode);
  };

  if (code !== null) return <RecoveryCodeNotice code={code} />;
  return (
    <form
      className={missing ? 'notice warn recovery-maker' : 'recovery-maker'}
      aria-label={t('manager.recoveryCode.title')}
      onSubmit={(event) => {
        event.preventDefault();
        void make();
      }}
    >
      <p>{t(missing ? 'manager.recoveryCode.missing' : 'manager.recoveryCode.renew')}</p>
      <label htmlFor={pinId}>{t('manager.recoveryCode.pin')}</label>
      <PinField id={pinId} value={pin} onDigits={setPin} />
      <button type="submit" disabled={pin.length < 4}>
        {t('manager.recoveryCode.make')}
      </button>
      {error && (
        <p className="field-error" role="alert">
          {errorText(error, language)}
        </p>
      )}
    </form>
  );
}
