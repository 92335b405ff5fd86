import { useEffect } from 'react';
/**
 * Each screen marks its main control (the till's entry field, the manager's first
 * field) with `data-home-focus`; focus lands there whenever the element that had it
 * is gone, so the keyboard never ends up on the page body.
 */
export const HOME_FOCUS = { 'data-home-focus': true } as const;

export function focusHome(): void {
  const home = document.querySelector<HTMLElement>('[data-home-focus]');
  if (home && !(home as HTMLInputElement).disabled) home.focus();
}

/** Gives focus back to `element` if it can still take it; otherwise to the screen's main control. */
export function restoreFocus(element: Element | null): void {
  if (element instanceof HTMLElement && element.isConnected && !(element as HTMLButtonElement).disabled && element !== document.body) {
    element.focus();
    if (document.activeElement === element) return;
  }
  focusHome();
}

/** Focus never stays lost: when the element that had it goes away (a form that closed, a disabled button), the screen's main control takes it. */
export function useKeepFocus(): void {
  useEffect(() => {
    const onFocusOut = () =>
      setTimeout(() => {
        const lost = document.activeElement === document.body || document.activeElement === null;
        if (lost && !document.querySelector('[aria-modal="true"]')) focusHome();
      }, 0);
    document.addEventListener('focusout', onFocusOut);
    return () => document.removeEventListener('focusout', onFocusOut);
  }, []);
}
