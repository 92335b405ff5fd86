import type { TrainingStatus } from '../../../shared/contract/app';
import type { SecretStatus } from '../../../shared/secrets';
import type { DiagnosticsDeps } from '../diagnostics/diagnostics';
import { collectDiagnostics } from '../diagnostics/diagnostics';
import type { HandlerTable } from '../ipc/dispatcher';
import type { UpdateService } from '../updates/updateService';

export type SupportHandlers = Pick<
  HandlerTable,
  'updates.status' | 'updates.check' | 'updates.install' | 'updates.tillActivity' | 'diagnostics.copy'
>;

export interface SupportDeps {
  updates: UpdateService;
  diagnostics: Omit<DiagnosticsDeps, 'states'>;
  training(): TrainingStatus;
  secrets(): SecretStatus;
  /** Another call's answer (or its error), for the diagnostics bundle. */
  ask(call: 'checkout.recoveryStatus' | 'webhook.status'): Promise<unknown>;
}

/** Which credentials are set, as a list of names: a record keyed by secret names would be blanked by the redactor. */
const keyringSummary = ({ items, ...rest }: SecretStatus) => ({
  ...rest,
  set: Object.entries(items).flatMap(([name, state]) => (state === 'set' ? [name] : [])),
});

export function supportHandlers(deps: SupportDeps): SupportHandlers {
  const { updates } = deps;
  return {
    'updates.status': () => updates.status(),
    'updates.check': () => updates.check(),
    // Restarting the till for an update is the settings holder's call, like any other setting (the call table says so).
    'updates.install': () => updates.installNow(),
    'updates.tillActivity': ({ draftLines }) => {
      updates.reportTill(draftLines);
      return null;
    },
    'diagnostics.copy': () =>
      collectDiagnostics({
        ...deps.diagnostics,
        states: async () => ({
          update: updates.status(),
          training: deps.training(),
          keyring: keyringSummary(deps.secrets()),
          checkoutRecovery: await deps.ask('checkout.recoveryStatus'),
          webhook: await deps.ask('webhook.status'),
        }),
      }),
  };
}
