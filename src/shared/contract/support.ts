import { z } from 'zod';
import { updateStatusSchema } from '../updates';
import { call, domain, event } from './define';

const none = z.undefined();

export const diagnosticsSchema = z.object({
  /** Versions, states and the last log lines, secrets removed. */
  text: z.string(),
  /** The same text saved as a file in the data folder. */
  savedTo: z.string(),
  /** True when the host put it on the clipboard itself (the desktop app); otherwise the screen copies it. */
  copied: z.boolean(),
});
export type Diagnostics = z.infer<typeof diagnosticsSchema>;

/** Keeping the app itself current, and telling support what runs here. */
export const supportCalls = {
  'updates.status': call(none, updateStatusSchema),
  /** Asks the feed now instead of waiting for the background check. */
  'updates.check': call(none, updateStatusSchema),
  /** Installs a downloaded update now; refused while a basket is open or on the device. */
  'updates.install': call(none, updateStatusSchema),
  /** The till screen says how many lines its unsent basket has, so an update never restarts over them. */
  'updates.tillActivity': call(z.object({ draftLines: z.number().int().min(0).max(10_000) }).strict(), z.null()),
  'diagnostics.copy': call(none, diagnosticsSchema),
};

export const supportEvents = {
  'updates.changed': event(updateStatusSchema),
};

export const supportContract = domain({ calls: supportCalls, events: supportEvents });
