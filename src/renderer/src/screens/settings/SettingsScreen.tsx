import { HOME_FOCUS } from '../../components/focusHome';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../state/appStore';
import { TerminalPicker } from '../../components/connection/TerminalPicker';
import { TokenxConnectionTest } from '../../components/connection/TokenxConnectionTest';
import { ToslaConnectionTest } from '../../components/connection/ToslaConnectionTest';
import { useTerminalChoice } from '../../components/connection/terminalChoice';
import { WebhookRegistration } from '../../components/connection/WebhookRegistration';
import { CredentialsSection } from '../../components/connection/CredentialsSection';
import { DiagnosticsSection } from './support/DiagnosticsSection';
import { UpdatesSection } from './support/UpdatesSection';
import { TokenxSection } from '../../components/connection/TokenxSection';
import { TillSection } from './TillSection';
import { ToslaSection } from '../../components/connection/ToslaSection';

const MODES = ['auto', 'on', 'off'] as const;

/** Everything the till is set to: language and training, the till's behaviour, the connections and the credentials. */
export function SettingsScreen() {
  const t = useT();
  const settings = useAppStore((state) => state.settings);
  const updateSettings = useAppStore((state) => state.updateSettings);
  const terminalPicks = useTerminalChoice((state) => state.picks);
  if (!settings) return null;
  return (
    <section className="panel" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('settings.title')}</h1>
      <fieldset>
        <legend>{t('settings.general')}</legend>
        <label className="field">
          <span>{t('language.label')}</span>
          <select
            {...HOME_FOCUS}
            value={settings.language}
            onChange={(event) => void updateSettings({ language: event.target.value === 'en' ? 'en' : 'tr' })}
          >
            <option value="tr">Türkçe</option>
            <option value="en">English</option>
          </select>
        </label>
        <div className="field" role="radiogroup" aria-label={t('settings.trainingMode')}>
          <span>{t('settings.trainingMode')}</span>
          {MODES.map((mode) => (
            <label key={mode} className="radio">
              <input
                type="radio"
                name="training-mode"
                value={mode}
                checked={settings.trainingMode === mode}
                onChange={() => void updateSettings({ trainingMode: mode })}
              />
              {t(`settings.trainingMode.${mode}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <TillSection />
      <fieldset>
        <legend>{t('settings.connections')}</legend>
        <TokenxSection key={terminalPicks} tokenx={settings.tokenx} />
        <TokenxConnectionTest />
        <TerminalPicker />
        <WebhookRegistration />
        <ToslaSection tosla={settings.tosla} />
        <ToslaConnectionTest />
      </fieldset>
      <CredentialsSection />
      <UpdatesSection />
      <DiagnosticsSection />
    </section>
  );
}
