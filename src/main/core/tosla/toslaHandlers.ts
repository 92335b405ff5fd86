import type { HandlerTable } from '../ipc/dispatcher';
import type { ToslaConnection } from './toslaConnection';
import type { ToslaOperations } from './toslaOperations';

export type ToslaHandlers = Pick<
  HandlerTable,
  | 'tosla.status'
  | 'tosla.lookup'
  | 'tosla.listByDate'
  | 'tosla.void'
  | 'tosla.refund'
  | 'tosla.operations'
  | 'tosla.checkAgain'
>;

export function toslaHandlers(operations: ToslaOperations, connection: ToslaConnection): ToslaHandlers {
  return {
    'tosla.status': async () => {
      const link = await connection.current();
      return {
        environment: link.environment,
        mode: link.mode,
        baseUrl: link.baseUrl,
        clockSkewMs: link.client.clockSkewMs(),
        simulatorToken: await connection.simulatorToken(),
      };
    },
    'tosla.lookup': ({ orderId }) => operations.lookup(orderId),
    'tosla.listByDate': (query) => operations.listByDate(query),
    'tosla.void': (request) => operations.void(request),
    'tosla.refund': (request) => operations.refund(request),
    'tosla.operations': (query) => operations.operations(query),
    'tosla.checkAgain': ({ operationId }) => operations.checkAgain(operationId),
  };
}
