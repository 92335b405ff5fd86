import type { ComponentType, ReactNode } from 'react';
import { useEffect, useState } from 'react';
import { SignInPanel } from '../../components/SignInPanel';
import { useSession } from '../../components/sessionStore';
import { useT } from '../../i18n/useT';
import { ProductImportScreen } from './products/ProductImportScreen';
import { PinChangePanel } from './account/PinChangePanel';
import { AuditScreen } from './audit/AuditScreen';
import { OrdersScreen } from './orders/OrdersScreen';
import { UsersScreen } from './users/UsersScreen';
import './manager.css';

const TABS = ['orders', 'users', 'audit', 'products'] as const;
type Tab = (typeof TABS)[number];
const TAB_KEYS: Record<Tab, string> = { orders: '1', users: '2', audit: '3', products: '4' };

/**
 * The manager console: until the shop has an administrator it holds the first-run
 * wizard (nobody could sign in here without one; the app hands it in as `Setup`, since
 * a screen never imports another); then sign in first, then Tosla
 * orders, users, the audit log and the product import, reached with Alt+1…4 from
 * anywhere on the screen. Who is signed in, and signing out, are in the top bar.
 */
export function ManagerScreen({ Setup }: { Setup: ComponentType<{ children: ReactNode }> }) {
  const t = useT();
  const user = useSession((state) => state.current?.user ?? null);
  const pinChangeRequired = useSession((state) => state.current?.pinChangeRequired === true);
  const [tab, setTab] = useState<Tab>('orders');

  // On the window so the keys work wherever focus is, even on the page body after a dialog closes.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = TABS.find((name) => TAB_KEYS[name] === event.key);
      if (!event.altKey || !target) return;
      event.preventDefault();
      setTab(target);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <section className="panel manager" aria-labelledby="manager-title">
      <h1 id="manager-title">{t('manager.title')}</h1>
      <Setup>
        {user === null ? (
          <SignInPanel title={t('manager.signIn.title')} text={t('manager.signIn.text')} testId="manager-sign-in" recoverable />
        ) : pinChangeRequired ? (
          <PinChangePanel userId={user.id} />
        ) : (
          <>
            <nav className="manager-tabs" role="tablist" aria-label={t('manager.tabs')}>
              {TABS.map((name) => (
                <button
                  key={name}
                  type="button"
                  role="tab"
                  id={`manager-tab-${name}`}
                  aria-selected={tab === name}
                  aria-controls={`manager-panel-${name}`}
                  className={tab === name ? 'tab active' : 'tab'}
                  onClick={() => setTab(name)}
                >
                  <kbd>Alt+{TAB_KEYS[name]}</kbd> {t(`manager.tab.${name}`)}
                </button>
              ))}
            </nav>
            <div role="tabpanel" id={`manager-panel-${tab}`} aria-labelledby={`manager-tab-${tab}`}>
              {tab === 'orders' && <OrdersScreen />}
              {tab === 'users' && <UsersScreen />}
              {tab === 'audit' && <AuditScreen />}
              {tab === 'products' && <ProductImportScreen />}
            </div>
          </>
        )}
      </Setup>
    </section>
  );
}
