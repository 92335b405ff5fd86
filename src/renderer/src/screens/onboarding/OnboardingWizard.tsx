import type { ReactNode } from 'react';
import { useEffect, useState } from 'react';
import type { SecretName } from '../../../../shared/secrets';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../state/appStore';
import { SecretRow } from '../settings/CredentialsSection';
import { TokenxSection } from '../settings/TokenxSection';
import { ToslaSection } from '../settings/ToslaSection';
import { AdminStep } from './AdminStep';
import { TerminalPicker } from './connection/TerminalPicker';
import { TokenxConnectionTest } from './connection/TokenxConnectionTest';
import { ToslaConnectionTest } from './connection/ToslaConnectionTest';
import { useTerminalChoice } from './connection/terminalChoice';
import { WebhookRegistration } from './connection/WebhookRegistration';
import { useSession } from '../../components/sessionStore';
import './onboarding.css';

const STEPS = ['welcome', 'admin', 'tokenx', 'tosla', 'finish'] as const;
type Step = (typeof STEPS)[number];
const TRAINING_MODES = ['auto', 'on', 'off'] as const;

/**
 * The first-run wizard. It edits the same settings and secrets the Settings screen does,
 * through the same sections, so a shop set up here and one set up by hand are alike.
 */
export function OnboardingWizard({ onDone }: { onDone(): void }) {
  const t = useT();
  const [index, setIndex] = useState(0);
  const step: Step = STEPS[index] ?? 'welcome';
  const adminReady = useSession((state) => state.current?.needsBootstrap === false);
  const canGoOn = step !== 'admin' || adminReady;
  const go = (delta: number) => setIndex((current) => Math.min(STEPS.length - 1, Math.max(0, current + delta)));

  // On the window, not the section: after a step's form is done focus may be on the page body.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey) return;
      if (event.key === 'ArrowLeft') setIndex((current) => Math.max(0, current - 1));
      else if (event.key === 'ArrowRight' && canGoOn) setIndex((current) => Math.min(STEPS.length - 1, current + 1));
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [canGoOn]);

  return (
    <section
      className="wizard"
      aria-labelledby="wizard-title"
      data-testid="onboarding"
    >
      <header className="wizard-head">
        <h2 id="wizard-title">{t('onboarding.title')}</h2>
        <ol className="wizard-steps">
          {STEPS.map((name, position) => (
            <li key={name} aria-current={position === index ? 'step' : undefined} className={position < index ? 'done' : ''}>
              {t(`onboarding.step.${name}`)}
            </li>
          ))}
        </ol>
        <p className="muted small">
          {t('onboarding.step', { index: index + 1, count: STEPS.length })} · {t('onboarding.keys')}
        </p>
      </header>
      <h3>{t(`onboarding.step.${step}`)}</h3>
      <StepBody step={step} />
      <footer className="wizard-nav">
        {index > 0 && (
          <button type="button" className="ghost" onClick={() => go(-1)}>
            ← {t('onboarding.back')}
          </button>
        )}
        {step === 'finish' ? (
          <button type="button" onClick={onDone}>
            {t('onboarding.finish')}
          </button>
        ) : (
          <button type="button" disabled={!canGoOn} onClick={() => go(1)}>
            {t('onboarding.next')} →
          </button>
        )}
      </footer>
    </section>
  );
}

function StepBody({ step }: { step: Step }): ReactNode {
  const t = useT();
  const settings = useAppStore((state) => state.settings);
  const secrets = useAppStore((state) => state.secrets);
  const updateSettings = useAppStore((state) => state.updateSettings);
  const terminalPicks = useTerminalChoice((state) => state.picks);
  if (!settings || !secrets) return null;
  const secretRows = (names: SecretName[]) => (
    <ul className="secrets">
      {names.map((name) => (
        <SecretRow key={name} name={name} isSet={secrets.items[name] === 'set'} masked={secrets.masked[name]} />
      ))}
    </ul>
  );
  switch (step) {
    case 'welcome':
      return (
        <>
          <p>{t('onboarding.welcome.text')}</p>
          <div className="field" role="radiogroup" aria-label={t('language.label')}>
            <span>{t('language.label')}</span>
            {(['tr', 'en'] as const).map((language) => (
              <label key={language} className="radio">
                <input
                  type="radio"
                  name="wizard-language"
                  checked={settings.language === language}
                  onChange={() => void updateSettings({ language })}
                />
                {language === 'tr' ? 'Türkçe' : 'English'}
              </label>
            ))}
          </div>
          <p className="muted">{t('onboarding.welcome.training')}</p>
        </>
      );
    case 'admin':
      return <AdminStep />;
    case 'tokenx':
      return (
        <>
          <p>{t('onboarding.tokenx.text')}</p>
          {secretRows(['tokenx.clientId', 'tokenx.clientSecret'])}
          <TokenxSection key={terminalPicks} tokenx={settings.tokenx} />
          <TokenxConnectionTest />
          <TerminalPicker />
          <WebhookRegistration />
        </>
      );
    case 'tosla':
      return (
        <>
          <p>{t('onboarding.tosla.text')}</p>
          {secretRows(['tosla.clientId', 'tosla.apiUser', 'tosla.apiPass'])}
          <ToslaSection tosla={settings.tosla} />
          <ToslaConnectionTest />
        </>
      );
    case 'finish':
      return (
        <>
          <p>{t('onboarding.finish.text')}</p>
          <div className="field" role="radiogroup" aria-label={t('settings.trainingMode')}>
            <span>{t('settings.trainingMode')}</span>
            {TRAINING_MODES.map((mode) => (
              <label key={mode} className="radio">
                <input
                  type="radio"
                  name="wizard-training"
                  checked={settings.trainingMode === mode}
                  onChange={() => void updateSettings({ trainingMode: mode })}
                />
                {t(`settings.trainingMode.${mode}`)}
              </label>
            ))}
          </div>
          <p>{t('onboarding.finish.ready')}</p>
        </>
      );
  }
}

/**
 * Shows the wizard instead of its children while the shop has no administrator, and
 * keeps it up until it is finished even though the admin now exists. It sits in the
 * manager console; the till itself works in training mode before any setup.
 */
export function OnboardingGate({ children }: { children: ReactNode }) {
  const api = useAppStore((state) => state.api);
  const current = useSession((state) => state.current);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (api) void useSession.getState().load(api);
  }, [api]);
  if (current?.needsBootstrap && !open) setOpen(true);
  if (open) return <OnboardingWizard onDone={() => setOpen(false)} />;
  return children;
}
