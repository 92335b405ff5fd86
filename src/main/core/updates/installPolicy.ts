import type { InstallBlocker } from '../../../shared/updates';

/** What the till is doing, as far as an update is concerned. */
export interface TillActivity {
  /** Baskets sent to the device whose outcome is not final; null when the journal could not be read. */
  basketsInFlight: number | null;
  /** Lines in the cashier's unsent basket; null until the till screen has reported. */
  draftLines: number | null;
  /** Seconds since the last keyboard, mouse or scanner input. */
  idleSeconds: number;
}

/**
 * When an update may restart the till:
 * - `automatic`: on its own, only on an idle till with no sale anywhere (nothing on the
 *   device, nothing in the basket, nobody at the keyboard for a while);
 * - `requested`: someone pressed "install now": no sale anywhere, idleness waived;
 * - `quit`: the app is being closed anyway (the unsent basket goes with it), so only a
 *   basket waiting on the device holds the installer back.
 */
export type InstallMoment = 'automatic' | 'requested' | 'quit';

/** Five quiet minutes: longer than any pause within one customer's sale. */
export const IDLE_BEFORE_INSTALL_SECONDS = 300;

export function installBlockers(
  activity: TillActivity,
  moment: InstallMoment,
  idleBeforeInstallSeconds = IDLE_BEFORE_INSTALL_SECONDS,
): InstallBlocker[] {
  const blockers: InstallBlocker[] = [];
  if (activity.basketsInFlight === null) blockers.push('checkout-unknown');
  else if (activity.basketsInFlight > 0) blockers.push('basket-in-flight');
  if (moment === 'quit') return blockers;
  if (activity.draftLines === null || activity.draftLines > 0) blockers.push('basket-open');
  if (moment === 'automatic' && activity.idleSeconds < idleBeforeInstallSeconds) blockers.push('till-in-use');
  return blockers;
}
