import { z } from 'zod';
import { approvalRequestSchema, privilegedActionSchema } from '../approvals';
import { bilingual } from '../validation';
import { call, domain, event } from './define';

export { PRIVILEGED_ACTIONS, privilegedActionSchema } from '../approvals';

export const ROLES = ['cashier', 'manager', 'admin'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

const userId = z.string().min(1).max(64);
const displayName = z.string().trim().min(1).max(60);

/**
 * Only the shape of a PIN; how long it must be for a role and how guessable it is are
 * judged in main when one is set (managers and admins need at least 6 digits).
 */
export const pinSchema = z
  .string()
  .refine((value) => /^\d{4,8}$/u.test(value), bilingual('A PIN is 4 to 8 digits.', 'PIN 4 ila 8 rakamdan oluşur.'));

/** Made at setup, shown once: four groups of five letters and digits. */
export const recoveryCodeSchema = z
  .string()
  .trim()
  .max(40)
  .refine(
    (value) => /^[0-9A-Za-z]{5}(-?[0-9A-Za-z]{5}){3}$/u.test(value),
    bilingual('A recovery code looks like ABCDE-FGHJK-MNPQR-STVWX.', 'Kurtarma kodu ABCDE-FGHJK-MNPQR-STVWX biçimindedir.'),
  );

/** What the renderer may know about a user: never the PIN hash or salt. */
export const publicUserSchema = z.object({
  id: userId,
  displayName: z.string(),
  role: roleSchema,
  /** Effective permissions: an admin always has every one. */
  permissions: z.array(privilegedActionSchema),
  active: z.boolean(),
  /** UTC, ISO 8601; set while too many wrong PINs keep the user out. */
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PublicUser = z.infer<typeof publicUserSchema>;

export const currentUserSchema = z.object({
  /** The user signed in at this till, if any. */
  user: publicUserSchema.nullable(),
  /** True until the first admin has been created (the onboarding wizard's cue). */
  needsBootstrap: z.boolean(),
  /**
   * The signed-in manager or admin still has a PIN shorter than 6 digits (or was just
   * promoted): until they set a new one (`users.setPin` with `currentPin`) nothing
   * privileged is allowed.
   */
  pinChangeRequired: z.boolean(),
  /**
   * Minutes without activity after which a signed-in manager or admin is signed out;
   * null for a cashier or nobody.
   */
  idleSignOutMinutes: z.number().int().nullable(),
  /** Whether the installation has an admin recovery code (made at setup; older installs make one in Users). */
  recoveryCodeSet: z.boolean(),
});
export type CurrentUser = z.infer<typeof currentUserSchema>;

/** A manager's PIN, entered on someone else's screen, approving this action on their behalf. */
const approvalToken = z.string().min(16).max(128);

export const approvalSchema = z.object({
  token: z.string(),
  action: privilegedActionSchema,
  /** Exactly what was approved; the token is refused for anything else. */
  request: approvalRequestSchema,
  approverId: z.string(),
  approverName: z.string(),
  /** UTC, ISO 8601; the token is refused after this and after its first use. */
  expiresAt: z.string(),
});
export type Approval = z.infer<typeof approvalSchema>;

const rosterEntrySchema = z.object({ id: z.string(), displayName: z.string(), role: roleSchema, lockedUntil: z.string().nullable() });
export type RosterEntry = z.infer<typeof rosterEntrySchema>;

/** A recovery code, shown once: it is stored only as a hash. */
const withRecoveryCode = currentUserSchema.extend({ recoveryCode: z.string() });

export const usersCalls = {
  'users.current': call(z.undefined(), currentUserSchema),
  /** The first admin (6–8 digit PIN); answers with the installation's recovery code, to be written down. */
  'users.bootstrapAdmin': call(z.object({ displayName, pin: pinSchema }).strict(), withRecoveryCode),
  /** For managers and admins signed in at the till. */
  'users.list': call(z.object({ includeInactive: z.boolean().default(false) }).strict(), z.array(publicUserSchema)),
  'users.create': call(
    z
      .object({
        displayName,
        role: roleSchema,
        /** Left out: the role's defaults. */
        permissions: z.array(privilegedActionSchema).optional(),
        pin: pinSchema,
        approvalToken: approvalToken.optional(),
      })
      .strict(),
    publicUserSchema,
  ),
  'users.update': call(
    z
      .object({
        id: userId,
        displayName: displayName.optional(),
        role: roleSchema.optional(),
        permissions: z.array(privilegedActionSchema).optional(),
        approvalToken: approvalToken.optional(),
      })
      .strict(),
    publicUserSchema,
  ),
  'users.deactivate': call(z.object({ id: userId, approvalToken: approvalToken.optional() }).strict(), publicUserSchema),
  /**
   * Without `currentPin`: someone allowed to manage users sets another user's PIN (and
   * lifts a lockout). With it: the signed-in user changes their own.
   */
  'users.setPin': call(
    z.object({ id: userId, pin: pinSchema, currentPin: pinSchema.optional(), approvalToken: approvalToken.optional() }).strict(),
    publicUserSchema,
  ),
  'users.signIn': call(z.object({ id: userId, pin: pinSchema }).strict(), currentUserSchema),
  'users.signOut': call(z.undefined(), currentUserSchema),
  /** The signed-in user is at the till (a key or a touch): keeps a manager's session from idling out. */
  'users.activity': call(z.undefined(), z.null()),
  /** Users who can sign in at the till, for the sign-in picker: no permissions shown. */
  'users.roster': call(z.undefined(), z.array(rosterEntrySchema)),
  /** Users who may approve exactly this request (the permission, and for a discount a limit that covers it). */
  'users.approvers': call(z.object({ request: approvalRequestSchema }).strict(), z.array(rosterEntrySchema)),
  'users.requestApproval': call(
    z.object({ approverId: userId, pin: pinSchema, request: approvalRequestSchema }).strict(),
    approvalSchema,
  ),
  /**
   * The way back in when every admin PIN is lost or locked: the recovery code made at
   * setup sets a new PIN for an admin, signs them in and is replaced by a new code.
   * Never throttled, never locked out.
   */
  'users.recover': call(z.object({ adminId: userId, code: recoveryCodeSchema, pin: pinSchema }).strict(), withRecoveryCode),
  /** A new recovery code (the old one stops working); the signed-in admin confirms with their PIN. */
  'users.newRecoveryCode': call(z.object({ pin: pinSchema }).strict(), z.object({ recoveryCode: z.string() })),
};

export const usersEvents = {
  'users.currentChanged': event(currentUserSchema),
};

export const usersContract = domain({ calls: usersCalls, events: usersEvents });
