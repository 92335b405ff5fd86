import { useId, useState } from 'react';
import type { AppError } from '../../../../shared/result';
import { StatusLine } from '../../components/StatusLine';
import { useSession } from '../../components/sessionStore';
import { errorText } from '../../i18n/translate';
import { useLanguage, useT } from '../../i18n/useT';
import { useAppStore } from '../../state/appStore';
import { PinField } from '../../components/PinField';

/** Creates the first administrator; main refuses once any user exists, so this runs once per shop. */
export function AdminStep() {
  const t = useT();
  const language = useLanguage();
  const api = useAppStore((state) => state.api);
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
        {recoveryCode && (
          <div className="notice warn" role="note">
            <p>{t('onboarding.admin.recovery')}</p>
            <p className="recovery-code" data-testid="recovery-code">
              {recoveryCode}
            </p>
          </div>
        )}
      </>
    );
  }

  const submit = async () => {
    if (!api) return;
    if (name.trim() === '') return setProblem(t('onboarding.admin.nameMissing'));
    if (pin !== again) return setProblem(t('onboarding.admin.mismatch'));
    setBusy(true);
    setProblem(null);
    const result = await api.call('users.bootstrapAdmin', { displayName: name, pin });
    setBusy(false);
    if (result.ok) {
      // Shown this once: main keeps only its hash.
      setRecoveryCode(result.value.recoveryCode);
      setCurrent(result.value);
    } else showError(result.error);
  };
  const showError = (error: AppError) => {
    setProblem(errorText(error, language));
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
          <PinField
            id={ids.pin}
            value={pin}
            onDigits={setPin}
          />
        </div>
        <div className="form-field">
          <label htmlFor={ids.again}>{t('onboarding.admin.pinAgain')}</label>
          <PinField
            id={ids.again}
            value={again}
            onDigits={setAgain}
          />
        </div>
      </div>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      {busy ? (
        <StatusLine tone="working">{t('onboarding.admin.creating')}</StatusLine>
      ) : (
        <button type="submit">{t('onboarding.admin.create')}</button>
      )}
    </form>
  );
}
