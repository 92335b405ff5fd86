import type { z } from 'zod';
import type { privilegedActionSchema } from '../../../shared/contract/users';

/** An action that needs a permission or a manager's approval, as the users contract names it. */
export type PrivilegedAction = z.infer<typeof privilegedActionSchema>;
