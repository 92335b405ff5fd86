import './texts';
import { useEffect } from 'react';
import { useKeepFocus } from './components/focusHome';
import { useSession } from './components/sessionStore';
import { useActivityReporter } from './components/useActivityReporter';
import { translator } from './i18n/translate';
import { ErrorBar } from './layout/ErrorBar';
import { FirstStartCard } from './layout/FirstStartCard';
import { HelpOverlay } from './layout/HelpOverlay';
import { TopBar } from './layout/TopBar';
import { TrainingBanner } from './layout/TrainingBanner';
import { useShortcuts } from './layout/useShortcuts';
import { CashierScreen } from './screens/cashier/CashierScreen';
import { ManagerScreen } from './screens/manager/ManagerScreen';
import { OnboardingGate } from './screens/onboarding/OnboardingWizard';
import { SettingsScreen } from './screens/settings/SettingsScreen';
import { useAppStore } from './state/appStore';
import { useFailures } from './state/failures';
import { FailureText } from './feedback/FailureNotice';
import { useTillActivityReport } from './screens/cashier/tillActivity';

export function App() {
  const phase = useAppStore((state) => state.phase);
  const start = useAppStore((state) => state.start);
  const screen = useAppStore((state) => state.screen);
  const language = useAppStore((state) => state.settings?.language ?? 'tr');
  const failure = useFailures((state) => state.current);
  useShortcuts();
  useKeepFocus();
  useActivityReporter();
  useTillActivityReport();

  useEffect(() => {
    void start();
    void useSession.getState().load();
  }, [start]);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  if (phase === 'loading') {
    return (
      <main className="splash" aria-busy="true">
        {translator('tr')('app.loading')} / {translator('en')('app.loading')}
      </main>
    );
  }
  if (phase === 'unavailable') {
    return (
      <main className="splash">
        <h1>
          {translator('tr')('app.coreUnavailable')} / {translator('en')('app.coreUnavailable')}
        </h1>
        {failure && (
          <p role="alert">
            <FailureText failure={failure} />
          </p>
        )}
      </main>
    );
  }
  return (
    <div className="app">
      <TopBar />
      <TrainingBanner />
      {/* The till shows its failures at the entry field, where the cashier looks. */}
      {screen !== 'cashier' && <ErrorBar />}
      <main className="screen">
        {screen === 'cashier' && <CashierScreen />}
        {screen === 'manager' && <ManagerScreen Setup={OnboardingGate} />}
        {screen === 'settings' && <SettingsScreen />}
      </main>
      <HelpOverlay />
      <FirstStartCard />
    </div>
  );
}
