import { useId, useState } from 'react';
import type { AppError } from '../../../../../shared/result';
import { PinField } from '../../../components/PinField';
import { useSession } from '../../../components/sessionStore';
import { errorText } from '../../../i18n/translate';
import { useLanguage, useT } from '../../../i18n/useT';
import { useAppStore } from '../../../state/appStore';

/**
 * A manager or admin still on a PIN shorter than 6 digits (or just promoted) chooses a
 * new one before anything else: main refuses every privileged call until then.
 */
export function PinChangePanel({ userId }: { userId: string }) {
  const t = useT();
  const language = useLanguage();
  const api = useAppStore((state) => state.api);
  const refresh = useSession((state) => state.load);
  const ids = { current: useId(), next: useId(), again: useId() };
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<AppError | string | null>(null);

  const submit = async () => {
    if (!api) return;
    if (next !== again) return setError(t('manager.pinChange.mismatch'));
    const result = await api.call('users.setPin', { id: userId, pin: next, currentPin: current });
    if (!result.ok) return setError(result.error);
    setError(null);
    await refresh(api);
  };

  return (
    <form
      className="settings-form"
      aria-labelledby="pin-change-title"
      data-testid="pin-change"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2 id="pin-change-title">{t('manager.pinChange.title')}</h2>
      <p>{t('manager.pinChange.text')}</p>
      <div className="form-grid">
        <div className="form-field">
          <label htmlFor={ids.current}>{t('manager.pinChange.current')}</label>
          <PinField id={ids.current} value={current} onDigits={setCurrent} autoFocus />
        </div>
        <div className="form-field">
          <label htmlFor={ids.next}>{t('manager.pinChange.next')}</label>
          <PinField id={ids.next} value={next} onDigits={setNext} />
        </div>
        <div className="form-field">
          <label htmlFor={ids.again}>{t('manager.pinChange.again')}</label>
          <PinField id={ids.again} value={again} onDigits={setAgain} />
        </div>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {typeof error === 'string' ? error : errorText(error, language)}
        </p>
      )}
      <button type="submit">{t('manager.pinChange.submit')}</button>
    </form>
  );
}
