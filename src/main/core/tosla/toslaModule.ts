import type { DatabaseSync } from 'node:sqlite';
import type { ApprovalVerifier, AuditSink } from '../auth/ports';
import type { EventBus } from '../ipc/events';
import type { CorePorts } from '../ports';
import type { SecretStore } from '../secrets/secretStore';
import type { SettingsService } from '../settings/settingsService';
import { trainingStatus } from '../training';
import type { EmbeddedTosla } from '../training/toslaSimulator';
import { ToslaConnection } from './toslaConnection';
import type { ToslaHandlers } from './toslaHandlers';
import { toslaHandlers } from './toslaHandlers';
import type { CoreModule } from '../module';
import { ToslaJournal } from './toslaJournal';
import { ToslaOperations } from './toslaOperations';
import { errorMessage } from '../../../shared/errorMessage';

export interface ToslaModuleDeps {
  db: DatabaseSync;
  ports: Pick<CorePorts, 'clock' | 'dispatcher' | 'log'>;
  settings: SettingsService;
  secrets: SecretStore;
  approvals: ApprovalVerifier;
  audit: AuditSink;
  events: EventBus;
  actor: () => string | null;
  /** Starts the training simulator; composition passes the training port's launcher. */
  launchSimulator: () => Promise<EmbeddedTosla>;
}

/** Only a change of a minute or more is worth telling the screens again. */
const SKEW_REPORT_STEP_MS = 60_000;

/** Card-not-present orders paid through Tosla İşim: the connection, the journal and manager voids and refunds. */
export function createToslaModule(deps: ToslaModuleDeps): CoreModule<ToslaHandlers> {
  const { ports, settings, secrets, events } = deps;
  let reportedSkew: number | null = null;
  const connection = new ToslaConnection({
    target: () => {
      const current = settings.get();
      return {
        mode: trainingStatus(current, secrets).services.tosla,
        baseUrl: current.tosla.baseUrl,
        environment: current.tosla.environment,
        endpointAllowed: settings.endpointsAllowed('tosla'),
      };
    },
    secrets,
    dispatcher: ports.dispatcher,
    clock: ports.clock,
    launchSimulator: deps.launchSimulator,
    onClockSkew: (skewMs) => {
      if (reportedSkew !== null && Math.abs(skewMs - reportedSkew) < SKEW_REPORT_STEP_MS) return;
      reportedSkew = skewMs;
      ports.log.warn('workstation clock differs from Tosla', { skewMs });
      events.emit('tosla.clockSkew', { skewMs });
    },
  });
  const operations = new ToslaOperations({
    journal: new ToslaJournal(deps.db),
    connection,
    approvals: deps.approvals,
    audit: deps.audit,
    clock: ports.clock,
    log: ports.log,
    actor: deps.actor,
    onChange: (operation) => events.emit('tosla.operationChanged', operation),
  });
  return {
    handlers: toslaHandlers(operations, connection),
    // Operations whose answer was lost before a restart are settled by inquiry, in the background.
    start: () => {
      operations.reconcile().catch((error: unknown) => {
        ports.log.warn('tosla start-up check failed; open operations stay open', { error: errorMessage(error) });
      });
    },
    close: () => connection.close(),
  };
}
