import { anyDialogOpen } from '../state/dialogStack';

type Editable = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

const TEXT_TYPES = new Set(['text', 'search', 'number', 'tel', 'password', 'email', 'url', '']);

/** A field that takes typed characters itself: its keys are its own, never taken for a scan. */
export function isEditable(element: Element | null): element is Editable {
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return true;
  if (element instanceof HTMLElement && element.isContentEditable) return true;
  return element instanceof HTMLInputElement && TEXT_TYPES.has(element.type);
}

/**
 * On the till, a character typed while focus is on no field (a button after a click,
 * the page after a dialog) moves focus to the entry field before the character lands,
 * so it and everything after it, a whole scan up to its Enter, is typed there. No
 * timing is involved: a slow scanner is as welcome as a fast one, and keys typed into
 * any other field (a PIN, a TCKN, an amount) stay in that field.
 */
export function attachTypeToEntry(target: Window, entry: () => HTMLInputElement | null): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
    if (anyDialogOpen() || isEditable(target.document.activeElement)) return;
    const field = entry();
    if (field !== null && !field.disabled) field.focus();
  };
  target.addEventListener('keydown', onKeyDown, { capture: true });
  return () => target.removeEventListener('keydown', onKeyDown, { capture: true });
}
