import { useSession } from '../components/sessionStore';
import { useT } from '../i18n/useT';
import type { Screen } from '../state/appStore';
import { useAppStore } from '../state/appStore';

const TABS: { screen: Screen; key: 'nav.cashier' | 'nav.manager' | 'nav.settings'; shortcut: string }[] = [
  { screen: 'cashier', key: 'nav.cashier', shortcut: 'F1' },
  { screen: 'manager', key: 'nav.manager', shortcut: 'F2' },
  { screen: 'settings', key: 'nav.settings', shortcut: 'F3' },
];

/** The screens, who is signed in (and signing out), help and the language, on every screen. */
export function TopBar() {
  const t = useT();
  const screen = useAppStore((state) => state.screen);
  const navigate = useAppStore((state) => state.navigate);
  const language = useAppStore((state) => state.settings?.language ?? 'tr');
  const setLanguage = useAppStore((state) => state.setLanguage);
  const setHelpOpen = useAppStore((state) => state.setHelpOpen);
  const user = useSession((state) => state.current?.user ?? null);
  const signOut = useSession((state) => state.signOut);

  return (
    <header className="top-bar">
      <div className="brand">{t('app.name')}</div>
      <nav className="tabs" aria-label={t('nav.screens')}>
        {TABS.map((tab) => (
          <button
            key={tab.screen}
            type="button"
            className={tab.screen === screen ? 'tab active' : 'tab'}
            aria-current={tab.screen === screen ? 'page' : undefined}
            onClick={() => navigate(tab.screen)}
          >
            <kbd>{tab.shortcut}</kbd> {t(tab.key)}
          </button>
        ))}
      </nav>
      <div className="top-actions">
        {user && (
          <>
            <span className="user-chip" data-testid="signed-in-user" title={t('nav.signedInAs', { name: user.displayName, role: t(`role.${user.role}`) })}>
              {user.displayName} · {t(`role.${user.role}`)}
            </span>
            <button type="button" className="ghost" data-testid="sign-out" onClick={() => void signOut()}>
              {t('nav.signOut')}
            </button>
          </>
        )}
        <button type="button" className="ghost" data-testid="help-button" onClick={() => setHelpOpen(true)}>
          <kbd>F12</kbd> {t('nav.help')}
        </button>
        <button
          type="button"
          className="ghost"
          data-testid="language-switch"
          lang={language === 'tr' ? 'en' : 'tr'}
          onClick={() => void setLanguage(language === 'tr' ? 'en' : 'tr')}
        >
          <kbd>Alt+F12</kbd> {t('language.switch')}
        </button>
      </div>
    </header>
  );
}
