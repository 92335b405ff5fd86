import type { ReactNode } from 'react';
import { useEffect, useState } from 'react';
import { HOME_FOCUS } from '../../components/focusHome';
import { useSession } from '../../components/sessionStore';
import { useT } from '../../i18n/useT';
import type { Step } from './WizardSteps';
import { STEPS, StepBody } from './WizardSteps';
import './onboarding.css';

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
    <section className="wizard" aria-labelledby="wizard-title" data-testid="onboarding">
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
        {!canGoOn && <span className="muted small wizard-why">{t('onboarding.admin.first')}</span>}
        {step === 'finish' ? (
          <button type="button" {...HOME_FOCUS} onClick={onDone}>
            {t('onboarding.finish')}
          </button>
        ) : (
          <button type="button" {...HOME_FOCUS} aria-disabled={!canGoOn} onClick={() => canGoOn && go(1)}>
            {t('onboarding.next')} →
          </button>
        )}
      </footer>
    </section>
  );
}

/**
 * Shows the wizard instead of its children while the shop has no administrator, and
 * keeps it up until it is finished even though the admin now exists. It sits in the
 * manager console; the till itself works in training mode before any setup.
 */
export function OnboardingGate({ children }: { children: ReactNode }) {
  const current = useSession((state) => state.current);
  const [open, setOpen] = useState(false);
  if (current?.needsBootstrap && !open) setOpen(true);
  if (open) return <OnboardingWizard onDone={() => setOpen(false)} />;
  return children;
}
