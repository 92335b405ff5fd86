import { z } from 'zod';
import { bilingual } from '../validation';
import { call, event } from './define';

export const ROLES = ['cashier', 'manager', 'admin'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** Every action that needs a permission or a manager's approval; the one list main and the screens use. */
export const PRIVILEGED_ACTIONS = [
  'price-override',
  'line-void',
  'device-basket-unlock',
  'device-basket-delete',
  'force-outcome',
  'tosla-void',
  'tosla-refund',
  'settings',
] as const;
export const privilegedActionSchema = z.enum(PRIVILEGED_ACTIONS);

const userId = z.string().min(1).max(64);
const displayName = z.string().trim().min(1).max(60);

/** Only the shape of a PIN; how guessable it is is judged in main when one is set. */
export const pinSchema = z
  .string()
  .refine((value) => /^\d{4,8}$/u.test(value), bilingual('A PIN is 4 to 8 digits.', 'PIN 4 ila 8 rakamdan oluşur.'));

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
});
export type CurrentUser = z.infer<typeof currentUserSchema>;

/** A manager's PIN, entered on someone else's screen, approving this action on their behalf. */
const approvalToken = z.string().min(16).max(128);

export const approvalSchema = z.object({
  token: z.string(),
  action: privilegedActionSchema,
  approverId: z.string(),
  approverName: z.string(),
  /** UTC, ISO 8601; the token is refused after this and after its first use. */
  expiresAt: z.string(),
});
export type Approval = z.infer<typeof approvalSchema>;

export const usersCalls = {
  'users.current': call(z.undefined(), currentUserSchema),
  'users.bootstrapAdmin': call(z.object({ displayName, pin: pinSchema }).strict(), currentUserSchema),
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
  /** Users who can sign in at the till, for the sign-in picker: no permissions shown. */
  'users.roster': call(
    z.undefined(),
    z.array(z.object({ id: z.string(), displayName: z.string(), role: roleSchema, lockedUntil: z.string().nullable() })),
  ),
  'users.requestApproval': call(
    z.object({ approverId: userId, pin: pinSchema, action: privilegedActionSchema }).strict(),
    approvalSchema,
  ),
};

export const usersEvents = {
  'users.currentChanged': event(currentUserSchema),
};
