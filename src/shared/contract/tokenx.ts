import { z } from 'zod';
import {
  connectionCheckSchema,
  fiscalParametersViewSchema,
  terminalInfoSchema,
  tokenxSimulatorInfoSchema,
} from '../checkout/tokenxSetup';
import { call, domain } from './define';

const none = z.undefined();

/** The settings screen's and the wizard's questions to the TokenX account in use. */
export const tokenxCalls = {
  /** Signs in with the saved credentials and reads the counter's terminal: a precise verdict for settings and onboarding. */
  'tokenx.testConnection': call(none, connectionCheckSchema),
  /** The branch's terminals with their sale mode (the saved branch, or the saved terminal's). */
  'tokenx.terminals': call(
    z.object({ branchId: z.string().min(1).max(64).optional() }).strict().default({}),
    z.array(terminalInfoSchema),
  ),
  'tokenx.fiscalParameters': call(
    z.object({ terminalId: z.string().min(1).max(32).optional() }).strict().default({}),
    fiscalParametersViewSchema,
  ),
  /** The embedded simulator while TokenX runs in training mode; null when live. */
  'tokenx.simulator': call(none, tokenxSimulatorInfoSchema.nullable()),
};

export const tokenxContract = domain({ calls: tokenxCalls });
