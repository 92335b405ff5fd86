import { useId, useState } from 'react';
import { PinField } from '../../../components/PinField';
import { useSession } from '../../../components/sessionStore';
import { FailureNotice } from '../../../feedback/FailureNotice';
import { useT } from '../../../i18n/useT';
import { call } from '../../../state/call';

/**
 * A manager or admin still on a PIN shorter than 6 digits (or just promoted) chooses a
 * new one before anything else: main refuses every privileged call until then.
 */
export function PinChangePanel({ userId }: { userId: string }) {
  const t = useT();
  const refresh = useSession((state) => state.load);
  const ids = { current: useId(), next: useId(), again: useId() };
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [mismatch, setMismatch] = useState(false);

  const submit = async () => {
    setMismatch(next !== again);
    if (next !== again) return;
    if ((await call('users.setPin', { id: userId, pin: next, currentPin: current })).ok) await refresh();
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
      {mismatch && (
        <p className="field-error" role="alert">
          {t('manager.pinChange.mismatch')}
        </p>
      )}
      <FailureNotice claims={['users.setPin']} />
      <button type="submit">{t('manager.pinChange.submit')}</button>
    </form>
  );
}
