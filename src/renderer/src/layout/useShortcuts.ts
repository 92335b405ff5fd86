import { useEffect } from 'react';
import { isEditable } from '../scanner/typeToEntry';
import { useAppStore } from '../state/appStore';
import { anyDialogOpen } from '../state/dialogStack';

/**
 * The app-wide keys. They work whatever has focus (a cashier never needs the mouse);
 * the screens do not change while a dialog waits for an answer. Help is F12 (or ? outside a text field),
 * a key that never types anything; the language takes two keys, Alt+F12, so a stray
 * press in the middle of a sale cannot switch it.
 */
export function useShortcuts(): void {
  const navigate = useAppStore((state) => state.navigate);
  const setHelpOpen = useAppStore((state) => state.setHelpOpen);
  const setLanguage = useAppStore((state) => state.setLanguage);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const { helpOpen, settings } = useAppStore.getState();
      const help = (event.key === 'F12' && !event.altKey) || (event.key === '?' && !isEditable(document.activeElement));
      if (help) {
        event.preventDefault();
        if (helpOpen || !anyDialogOpen()) setHelpOpen(!helpOpen);
        return;
      }
      if (event.key === 'F12' && event.altKey) {
        // Any time, even over a dialog: a newcomer may need English before anything else.
        event.preventDefault();
        void setLanguage(settings?.language === 'en' ? 'tr' : 'en');
        return;
      }
      const screens: Record<string, 'cashier' | 'manager' | 'settings'> = { F1: 'cashier', F2: 'manager', F3: 'settings' };
      const screen = screens[event.key];
      if (screen === undefined) return;
      event.preventDefault();
      if (!anyDialogOpen()) navigate(screen);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate, setHelpOpen, setLanguage]);
}
