import { useEffect } from 'react';
import { useAppStore } from '../state/appStore';
import { useSession } from './sessionStore';

/** Often enough for a sign-out measured in minutes, rarely enough to cost nothing. */
const EVERY_MS = 30_000;

/**
 * Tells main someone is working at the till (a key or a touch) while a manager or admin
 * is signed in, so their session idles out only when nobody is there. Main decides; the
 * screen only reports.
 */
export function useActivityReporter(): void {
  useEffect(() => {
    let last = 0;
    const report = () => {
      const api = useAppStore.getState().api;
      const elevated = useSession.getState().current?.idleSignOutMinutes != null;
      const now = Date.now();
      if (!api || !elevated || now - last < EVERY_MS) return;
      last = now;
      void api.call('users.activity');
    };
    window.addEventListener('keydown', report, { capture: true, passive: true });
    window.addEventListener('pointerdown', report, { capture: true, passive: true });
    return () => {
      window.removeEventListener('keydown', report, { capture: true });
      window.removeEventListener('pointerdown', report, { capture: true });
    };
  }, []);
}
