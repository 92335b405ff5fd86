import { useEffect } from 'react';
import { useActivityReporter } from './components/useActivityReporter';
import { translator } from './i18n/translate';
import { ErrorBar } from './layout/ErrorBar';
import { HelpOverlay } from './layout/HelpOverlay';
import { TopBar } from './layout/TopBar';
import { TrainingBanner } from './layout/TrainingBanner';
import { useShortcuts } from './layout/useShortcuts';
import { CashierScreen } from './screens/cashier/CashierScreen';
import { ManagerScreen } from './screens/manager/ManagerScreen';
import { SettingsScreen } from './screens/settings/SettingsScreen';
import { useAppStore } from './state/appStore';
import { useTillActivityReport } from './state/tillActivity';

export function App() {
  const phase = useAppStore((state) => state.phase);
  const start = useAppStore((state) => state.start);
  const screen = useAppStore((state) => state.screen);
  const language = useAppStore((state) => state.settings?.language ?? 'tr');
  useShortcuts();
  useActivityReporter();
  useTillActivityReport();

  useEffect(() => {
    void start(window.pos);
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
        <ErrorBar />
      </main>
    );
  }
  return (
    <div className="app">
      <TopBar />
      <TrainingBanner />
      <ErrorBar />
      <main className="screen">
        {screen === 'cashier' && <CashierScreen />}
        {screen === 'manager' && <ManagerScreen />}
        {screen === 'settings' && <SettingsScreen />}
      </main>
      <HelpOverlay />
    </div>
  );
}
