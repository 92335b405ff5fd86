import type { HandlerTable } from '../ipc/dispatcher';
import type { CatalogService } from './catalogService';
import type { ParkedBaskets } from './parkedBaskets';

export type CatalogHandlers = Pick<
  HandlerTable,
  | 'catalog.search'
  | 'catalog.lookup'
  | 'catalog.quickKeys'
  | 'catalog.scaleLabelRules'
  | 'catalog.upsert'
  | 'catalog.chooseImportFile'
  | 'catalog.importPreview'
  | 'catalog.importConfirm'
  | 'catalog.export'
  | 'basket.park'
  | 'basket.listParked'
  | 'basket.recall'
>;

export function catalogHandlers(catalog: CatalogService, parked: ParkedBaskets): CatalogHandlers {
  return {
    'catalog.search': ({ query, limit }) => catalog.search(query, limit),
    'catalog.lookup': ({ code }) => catalog.lookup(code),
    'catalog.quickKeys': () => catalog.quickKeys(),
    'catalog.scaleLabelRules': () => catalog.scaleLabelRules(),
    'catalog.upsert': ({ product, approvalToken }) => catalog.upsert(product, approvalToken),
    'catalog.chooseImportFile': () => catalog.chooseImportFile(),
    'catalog.importPreview': ({ fileHandle, format }) => catalog.importPreview(fileHandle, format),
    'catalog.importConfirm': ({ importId, skipBadRows, approvalToken }) => catalog.importConfirm(importId, skipBadRows, approvalToken),
    'catalog.export': ({ format }) => catalog.export(format),
    'basket.park': ({ basket, label }) => parked.park(basket, label),
    'basket.listParked': () => parked.list(),
    'basket.recall': ({ basketId }) => parked.recall(basketId),
  };
}
