import { useId, useState } from 'react';
import { PinField } from '../../components/PinField';
import { StatusLine } from '../../components/StatusLine';
import { useSession } from '../../components/sessionStore';
import { RecoveryCodeNotice } from '../../components/account/RecoveryCodeNotice';
import { FailureNotice } from '../../feedback/FailureNotice';
import { useT } from '../../i18n/useT';
import { call } from '../../state/call';

/** Creates the first administrator; main refuses once any user exists, so this runs once per shop. */
export function AdminStep() {
  const t = useT();
  const current = useSession((state) => state.current);
  const setCurrent = useSession((state) => state.set);
  const ids = { name: useId(), pin: useId(), again: useId() };
  const [name, setName] = useState('');
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [recoveryCode, setRecoveryCode] = useState<string | null>(null);

  if (current && !current.needsBootstrap && current.user) {
    return (
      <>
        <StatusLine tone="ok">{t('onboarding.admin.done', { name: current.user.displayName })}</StatusLine>
        {recoveryCode && <RecoveryCodeNotice code={recoveryCode} text={t('onboarding.admin.recovery')} />}
      </>
    );
  }

  const submit = async () => {
    if (name.trim() === '') return setProblem(t('onboarding.admin.nameMissing'));
    if (pin !== again) return setProblem(t('onboarding.admin.mismatch'));
    setBusy(true);
    setProblem(null);
    const result = await call('users.bootstrapAdmin', { displayName: name, pin });
    setBusy(false);
    if (result.ok) {
      // Shown this once: main keeps only its hash.
      setRecoveryCode(result.value.recoveryCode);
      return setCurrent(result.value);
    }
    setPin('');
    setAgain('');
  };

  return (
    <form
      className="settings-form"
      aria-label={t('onboarding.step.admin')}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <p>{t('onboarding.admin.text')}</p>
      <div className="form-grid">
        <div className="form-field">
          <label htmlFor={ids.name}>{t('onboarding.admin.name')}</label>
          <input id={ids.name} autoFocus autoComplete="off" maxLength={60} value={name} onChange={(event) => setName(event.target.value)} />
        </div>
        <div className="form-field">
          <label htmlFor={ids.pin}>{t('onboarding.admin.pin')}</label>
          <PinField id={ids.pin} value={pin} onDigits={setPin} />
        </div>
        <div className="form-field">
          <label htmlFor={ids.again}>{t('onboarding.admin.pinAgain')}</label>
          <PinField id={ids.again} value={again} onDigits={setAgain} />
        </div>
      </div>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <FailureNotice claims={['users.bootstrapAdmin']} />
      {busy ? <StatusLine tone="working">{t('onboarding.admin.creating')}</StatusLine> : <button type="submit">{t('onboarding.admin.create')}</button>}
    </form>
  );
}
