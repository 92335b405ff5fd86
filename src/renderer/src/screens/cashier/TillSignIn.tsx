import { SignInPanel } from '../../components/SignInPanel';
import { useT } from '../../i18n/useT';

/** Nobody is signed in at this till: sales are made in someone's name, so the cashier signs in first. */
export function TillSignIn() {
  const t = useT();
  return (
    <div className="till-sign-in">
      <SignInPanel title={t('cashier.signIn.title')} text={t('cashier.signIn.text')} testId="till-sign-in" />
    </div>
  );
}
