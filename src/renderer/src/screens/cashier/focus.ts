/** The cashier's home field: search, barcode and quantity entry all start here. */
export const ENTRY_ID = 'cashier-entry';

export function entryField(): HTMLInputElement | null {
  const entry = document.getElementById(ENTRY_ID);
  return entry instanceof HTMLInputElement ? entry : null;
}

/** Puts the caret back in the entry field, so typing after any action lands there. */
export function focusEntry(): void {
  const entry = entryField();
  if (entry !== null && !entry.disabled) entry.focus();
}
