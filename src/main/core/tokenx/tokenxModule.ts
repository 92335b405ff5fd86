import type { HandlerTable } from '../ipc/dispatcher';
import type { CoreModule } from '../module';
import type { CorePorts } from '../ports';
import type { SecretStore } from '../secrets/secretStore';
import type { SettingsService } from '../settings/settingsService';
import { trainingStatus } from '../training';
import type { EmbeddedTokenx } from '../training/tokenxSimulator';
import { TokenxConnection } from './tokenxConnection';
import { fiscalParameters, listTerminals, testConnection } from './tokenxSetup';

export type TokenxHandlers = Pick<HandlerTable, 'tokenx.testConnection' | 'tokenx.terminals' | 'tokenx.fiscalParameters' | 'tokenx.simulator'>;

export interface TokenxModuleDeps {
  ports: Pick<CorePorts, 'clock' | 'dispatcher' | 'log'>;
  settings: SettingsService;
  secrets: SecretStore;
  /** Registers a call for every change of the settings or credentials, which may change the account. */
  onAnyChange: (listener: () => void) => void;
  /** Starts the training simulator; composition passes the training port's launcher. */
  launchSimulator: () => Promise<EmbeddedTokenx>;
}

export interface TokenxModule extends CoreModule<TokenxHandlers> {
  /** The account in use; the checkout and the webhook follow its changes. */
  connection: TokenxConnection;
}

/** The TokenX account the till talks to, and the settings screen's and wizard's questions to it. */
export function createTokenxModule(deps: TokenxModuleDeps): TokenxModule {
  const { ports, settings, secrets } = deps;
  const connection = new TokenxConnection({
    clock: ports.clock,
    dispatcher: ports.dispatcher,
    log: ports.log,
    settings: () => settings.get(),
    mode: () => trainingStatus(settings.get(), secrets).services.tokenx,
    endpointAllowed: () => settings.endpointsAllowed('tokenx'),
    secrets,
    launchSimulator: deps.launchSimulator,
  });
  return {
    connection,
    handlers: {
      'tokenx.testConnection': () => testConnection(connection.current(), settings.get().tokenx.target),
      'tokenx.terminals': ({ branchId }) => listTerminals(connection.current(), branchId),
      'tokenx.fiscalParameters': ({ terminalId }) => fiscalParameters(connection.current(), terminalId),
      'tokenx.simulator': () => connection.simulatorInfo(),
    },
    start: () => {
      deps.onAnyChange(() => void connection.sync());
      // Start-up recovery runs in the background; selling waits for it inside the checkout.
      void connection.sync();
    },
    close: () => connection.close(),
  };
}
