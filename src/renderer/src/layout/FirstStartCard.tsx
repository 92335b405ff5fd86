import { useState } from 'react';
import { Dialog } from '../components/Dialog';
import { useSession } from '../components/sessionStore';
import { useT } from '../i18n/useT';
import { useAppStore } from '../state/appStore';

/** Remembered on this computer, so the card greets a new install once, not every start. */
const SEEN_KEY = 'tezgah.first-start-seen';

/**
 * A fresh install opens on the till; this card says what to do first: run the setup
 * (the wizard in the manager console) or try the till in training mode straight away.
 */
export function FirstStartCard() {
  const t = useT();
  const needsSetup = useSession((state) => state.current?.needsBootstrap === true);
  const navigate = useAppStore((state) => state.navigate);
  const [seen, setSeen] = useState(() => localStorage.getItem(SEEN_KEY) !== null);
  if (!needsSetup || seen) return null;
  const close = (setup: boolean) => {
    localStorage.setItem(SEEN_KEY, new Date().toISOString());
    setSeen(true);
    if (setup) navigate('manager');
  };
  return (
    <Dialog title={t('firstStart.title')} onCancel={() => close(false)} testId="first-start">
      <p>{t('firstStart.text')}</p>
      <ul className="plain-list">
        <li>{t('firstStart.setupText')}</li>
        <li>{t('firstStart.trainingText')}</li>
      </ul>
      <div className="dialog-actions">
        <button type="button" data-autofocus data-testid="first-start-setup" onClick={() => close(true)}>
          {t('firstStart.setup')}
        </button>
        <button type="button" className="ghost" data-testid="first-start-training" onClick={() => close(false)}>
          {t('firstStart.training')} <kbd>Esc</kbd>
        </button>
      </div>
    </Dialog>
  );
}
