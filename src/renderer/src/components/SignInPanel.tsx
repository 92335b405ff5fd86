import { useId, useState } from 'react';
import { RecoverPanel } from './account/RecoverPanel';
import { useT } from '../i18n/useT';
import { PersonAndPin } from './PersonAndPin';
import { useSession } from './sessionStore';
import { useRoster } from './useRoster';

/**
 * Sign-in with name and PIN, at the till (every user) and on the manager console, where
 * an admin whose PIN is lost or locked may recover with the code written down at setup.
 * Main counts wrong PINs, locks the user out and says until when, beside the field.
 */
export function SignInPanel({ title, text, testId, recoverable = false }: { title: string; text: string; testId: string; recoverable?: boolean }) {
  const t = useT();
  const signIn = useSession((state) => state.signIn);
  const titleId = useId();
  const roster = useRoster().data;
  const [recovering, setRecovering] = useState(false);
  if (recovering && roster !== null) return <RecoverPanel roster={roster} onCancel={() => setRecovering(false)} />;
  return (
    <section className="sign-in" aria-labelledby={titleId} data-testid={testId}>
      <h2 id={titleId}>{title}</h2>
      <p>{text}</p>
      {roster !== null && roster.length === 0 && <p className="notice warn">{t('manager.signIn.none')}</p>}
      {roster !== null && roster.length > 0 && (
        <PersonAndPin label={t('manager.signIn.user')} people={roster} claims={['users.signIn']} submitLabel={t('manager.signIn.submit')} onSubmit={signIn} />
      )}
      {recoverable && roster !== null && roster.some((user) => user.role === 'admin') && (
        <button type="button" className="ghost small" onClick={() => setRecovering(true)}>
          {t('manager.signIn.recover')}
        </button>
      )}
    </section>
  );
}
