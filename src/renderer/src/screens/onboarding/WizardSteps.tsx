import type { ReactNode } from 'react';
import type { SecretName } from '../../../../shared/secrets';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../state/appStore';
import { SecretRow } from '../../components/connection/CredentialsSection';
import { TokenxSection } from '../../components/connection/TokenxSection';
import { ToslaSection } from '../../components/connection/ToslaSection';
import { AdminStep } from './AdminStep';
import { TerminalPicker } from '../../components/connection/TerminalPicker';
import { TokenxConnectionTest } from '../../components/connection/TokenxConnectionTest';
import { ToslaConnectionTest } from '../../components/connection/ToslaConnectionTest';
import { useTerminalChoice } from '../../components/connection/terminalChoice';
import { WebhookRegistration } from '../../components/connection/WebhookRegistration';

export const STEPS = ['welcome', 'admin', 'tokenx', 'tosla', 'finish'] as const;
export type Step = (typeof STEPS)[number];
const TRAINING_MODES = ['auto', 'on', 'off'] as const;

/** One choice among a few, as radio buttons with a visible group name. */
function Choice<T extends string>({ label, name, options, value, text, onChange }: { label: string; name: string; options: readonly T[]; value: T; text(option: T): string; onChange(option: T): void }) {
  return (
    <div className="field" role="radiogroup" aria-label={label}>
      <span>{label}</span>
      {options.map((option) => (
        <label key={option} className="radio">
          <input type="radio" name={name} checked={value === option} onChange={() => onChange(option)} />
          {text(option)}
        </label>
      ))}
    </div>
  );
}

/** What one step of the wizard asks; the same sections the Settings screen uses, so both set up a shop alike. */
export function StepBody({ step }: { step: Step }): ReactNode {
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
          <Choice label={t('language.label')} name="wizard-language" options={['tr', 'en'] as const} value={settings.language} text={(language) => (language === 'tr' ? 'Türkçe' : 'English')} onChange={(language) => void updateSettings({ language })} />
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
          <Choice label={t('settings.trainingMode')} name="wizard-training" options={TRAINING_MODES} value={settings.trainingMode} text={(mode) => t(`settings.trainingMode.${mode}`)} onChange={(trainingMode) => void updateSettings({ trainingMode })} />
          <p>{t('onboarding.finish.ready')}</p>
        </>
      );
  }
}
