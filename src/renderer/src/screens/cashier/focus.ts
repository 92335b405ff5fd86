/** The cashier's home field: search, barcode and quantity entry all start here. */
export const ENTRY_ID = 'cashier-entry';

/** Puts the caret back in the entry field, so typing after any action lands there. */
export function focusEntry(): void {
  const entry = document.getElementById(ENTRY_ID);
  if (entry instanceof HTMLInputElement && !entry.disabled) entry.focus();
}
