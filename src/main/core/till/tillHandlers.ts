import type { HandlerTable } from '../ipc/dispatcher';
import type { TillEdits } from './tillEdits';

type TillHandlers = Pick<HandlerTable, 'till.authorizeEdit' | 'till.discountLimit'>;

export function tillHandlers(edits: TillEdits): TillHandlers {
  return {
    'till.authorizeEdit': ({ basketId, edit, approvalToken }) => edits.authorize(basketId, edit, approvalToken),
    'till.discountLimit': () => ({ ownPercent: edits.ownDiscountPercent() }),
  };
}
