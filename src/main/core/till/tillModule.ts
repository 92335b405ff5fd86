import type { HandlerTable } from '../ipc/dispatcher';
import type { CoreModule } from '../module';
import type { TillEditsDeps } from './tillEdits';
import { TillEdits } from './tillEdits';

export type TillHandlers = Pick<HandlerTable, 'till.authorizeEdit' | 'till.discountLimit'>;

/** Who may void a line, change a price or give a discount at the till, and how much. */
export function createTillModule(deps: TillEditsDeps): CoreModule<TillHandlers> {
  const edits = new TillEdits(deps);
  return {
    handlers: {
      'till.authorizeEdit': ({ basketId, edit, approvalToken }) => edits.authorize(basketId, edit, approvalToken),
      'till.discountLimit': () => ({ ownPercent: edits.ownDiscountPercent() }),
    },
  };
}
