import { create } from 'zustand';

/**
 * Counts devices (or branches) taken from TokenX. The TokenX form keys on it, so it
 * starts a fresh draft showing what was taken (its own saves do not reset it).
 */
export const useTerminalChoice = create<{ picks: number; picked(): void }>()((set) => ({
  picks: 0,
  picked: () => set((state) => ({ picks: state.picks + 1 })),
}));
