import { useId, useState } from 'react';
import { useT } from '../i18n/useT';
import { PinPad } from './PinPad';
import { useSession } from './sessionStore';
import { useRoster } from './useRoster';

/**
 * Sign-in with name and PIN, at the till (every user) and on the manager console.
 * The PIN field has the cursor; main counts wrong PINs, locks the user out and says
 * until when, beside the field.
 */
export function SignInPanel({ title, text, testId }: { title: string; text: string; testId: string }) {
  const t = useT();
  const signIn = useSession((state) => state.signIn);
  const selectId = useId();
  const titleId = useId();
  const roster = useRoster().data;
  const [chosen, setChosen] = useState('');
  const userId = chosen || (roster?.[0]?.id ?? '');
  const [busy, setBusy] = useState(false);

  const submit = async (pin: string) => {
    if (!userId) return;
    setBusy(true);
    await signIn(userId, pin);
    setBusy(false);
  };

  return (
    <section className="sign-in" aria-labelledby={titleId} data-testid={testId}>
      <h2 id={titleId}>{title}</h2>
      <p>{text}</p>
      {roster !== null && roster.length === 0 && <p className="notice warn">{t('manager.signIn.none')}</p>}
      {roster !== null && roster.length > 0 && (
        <>
          <div className="form-field">
            <label htmlFor={selectId}>{t('manager.signIn.user')}</label>
            <select id={selectId} value={userId} disabled={busy} onChange={(event) => setChosen(event.target.value)}>
              {roster.map((user) => (
                <option key={user.id} value={user.id}>
                  {user.displayName} · {t(`role.${user.role}`)}
                </option>
              ))}
            </select>
          </div>
          <PinPad autoFocus busy={busy} claims={['users.signIn']} submitLabel={t('manager.signIn.submit')} onSubmit={(pin) => void submit(pin)} />
        </>
      )}
    </section>
  );
}
