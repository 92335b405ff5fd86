import { useEffect, useId, useState } from 'react';
import type { RosterEntry } from '../../../../shared/contract/users';
import type { AppError } from '../../../../shared/result';
import { PinPad } from '../../components/PinPad';
import { useSession } from '../../components/sessionStore';
import { errorText } from '../../i18n/translate';
import { useLanguage, useT } from '../../i18n/useT';
import { useAppStore } from '../../state/appStore';
import { RecoverPanel } from './account/RecoverPanel';

/** Sign-in with name and PIN; main counts wrong PINs and locks the user out, and says until when. */
export function SignInPanel() {
  const t = useT();
  const language = useLanguage();
  const api = useAppStore((state) => state.api);
  const setCurrent = useSession((state) => state.set);
  const selectId = useId();
  const [roster, setRoster] = useState<RosterEntry[] | null>(null);
  const [userId, setUserId] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [recovering, setRecovering] = useState(false);

  useEffect(() => {
    if (!api) return;
    let live = true;
    void api.call('users.roster').then((result) => {
      if (!live) return;
      if (!result.ok) {
        setError(result.error);
        setRoster([]);
        return;
      }
      setRoster(result.value);
      setUserId((current) => current || (result.value[0]?.id ?? ''));
    });
    return () => {
      live = false;
    };
  }, [api]);

  const submit = async (pin: string) => {
    if (!api || !userId) return;
    setBusy(true);
    const result = await api.call('users.signIn', { id: userId, pin });
    setBusy(false);
    if (result.ok) {
      setError(null);
      setCurrent(result.value);
    } else {
      setError(result.error);
    }
  };

  if (recovering && roster !== null) return <RecoverPanel roster={roster} onCancel={() => setRecovering(false)} />;
  return (
    <section className="sign-in" aria-labelledby="sign-in-title">
      <h2 id="sign-in-title">{t('manager.signIn.title')}</h2>
      <p>{t('manager.signIn.text')}</p>
      {roster !== null && roster.length === 0 && <p className="notice warn">{t('manager.signIn.none')}</p>}
      {roster !== null && roster.length > 0 && (
        <>
          <div className="form-field">
            <label htmlFor={selectId}>{t('manager.signIn.user')}</label>
            <select id={selectId} value={userId} disabled={busy} onChange={(event) => setUserId(event.target.value)}>
              {roster.map((user) => (
                <option key={user.id} value={user.id}>
                  {user.displayName} · {t(`role.${user.role}`)}
                </option>
              ))}
            </select>
          </div>
          <PinPad
            busy={busy}
            error={error ? errorText(error, language) : null}
            submitLabel={t('manager.signIn.submit')}
            onSubmit={(pin) => void submit(pin)}
          />
          <button type="button" className="ghost small" onClick={() => setRecovering(true)}>
            {t('manager.signIn.recover')}
          </button>
        </>
      )}
    </section>
  );
}
