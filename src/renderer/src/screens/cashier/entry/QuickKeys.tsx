import { useFormat } from '../../../i18n/format';
import { useT } from '../../../i18n/useT';
import { call } from '../../../state/call';
import { usePosEvent, useQuery } from '../../../state/useQuery';
import { focusEntry } from '../focus';
import { addProduct } from '../state/tillActions';

/** The favourites grid for goods without a barcode (bread, bagels, tea); focus returns to the entry after a press. */
export function QuickKeys() {
  const t = useT();
  const format = useFormat();
  const quickKeys = useQuery('catalog.quickKeys', () => call('catalog.quickKeys'));
  usePosEvent('catalog.changed', () => void quickKeys.reload());
  const products = quickKeys.data ?? [];
  if (products.length === 0) return null;
  return (
    <nav className="quick-keys" aria-label={t('cashier.quickKeys')}>
      {products.map((product) => (
        <button
          key={product.id}
          type="button"
          className="quick-key"
          data-testid="quick-key"
          onClick={() => {
            addProduct(product);
            focusEntry();
          }}
        >
          <span>{product.name}</span>
          <strong>{format.money(product.priceKurus)}</strong>
        </button>
      ))}
    </nav>
  );
}
