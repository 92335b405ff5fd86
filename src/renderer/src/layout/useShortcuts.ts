import { useEffect } from 'react';
import { useAppStore } from '../state/appStore';

/**
 * The app-wide function keys. They work whatever has focus (a cashier never needs the
 * mouse); screen-specific keys are handled by each screen.
 */
export function useShortcuts(): void {
  const navigate = useAppStore((state) => state.navigate);
  const setHelpOpen = useAppStore((state) => state.setHelpOpen);
  const setLanguage = useAppStore((state) => state.setLanguage);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const { helpOpen, settings } = useAppStore.getState();
      const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
      switch (event.key) {
        case 'F1':
          navigate('cashier');
          break;
        case 'F2':
          navigate('manager');
          break;
        case 'F3':
          navigate('settings');
          break;
        case 'F12':
          void setLanguage(settings?.language === 'en' ? 'tr' : 'en');
          break;
        case '?':
          if (typing) return;
          setHelpOpen(!helpOpen);
          break;
        case 'Escape':
          if (!helpOpen) return;
          setHelpOpen(false);
          break;
        default:
          return;
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate, setHelpOpen, setLanguage]);
}
