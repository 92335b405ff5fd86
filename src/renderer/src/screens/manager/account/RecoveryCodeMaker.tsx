import { useId, useState } from 'react';
import { PinField } from '../../../components/PinField';
import { FailureNotice } from '../../../feedback/FailureNotice';
import { useT } from '../../../i18n/useT';
import { call } from '../../../state/call';
import { RecoveryCodeNotice } from '../../../components/account/RecoveryCodeNotice';

/**
 * For an admin: a new recovery code (an install from before recovery codes has none;
 * a new one replaces a code that may have been seen). The admin confirms with their PIN.
 */
export function RecoveryCodeMaker({ missing }: { missing: boolean }) {
  const t = useT();
  const pinId = useId();
  const [pin, setPin] = useState('');
  const [code, setCode] = useState<string | null>(null);

  const make = async () => {
    const result = await call('users.newRecoveryCode', { pin });
    setPin('');
    if (result.ok) setCode(result.value.recoveryCode);
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
      <FailureNotice claims={['users.newRecoveryCode']} />
    </form>
  );
}
