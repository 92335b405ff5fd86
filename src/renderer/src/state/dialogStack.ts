import { create } from 'zustand';

/**
 * The modals on screen, innermost last. Escape closes only the innermost, a failure
 * shows inside it, and the screens' function keys rest while any is open.
 */
export const useDialogStack = create<{ open: readonly symbol[] }>()(() => ({ open: [] }));

export function pushDialog(id: symbol): void {
  useDialogStack.setState((state) => ({ open: [...state.open, id] }));
}

export function popDialog(id: symbol): void {
  useDialogStack.setState((state) => ({ open: state.open.filter((open) => open !== id) }));
}

export const anyDialogOpen = (): boolean => useDialogStack.getState().open.length > 0;
