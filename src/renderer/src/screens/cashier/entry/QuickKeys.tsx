import { useEffect, useState } from 'react';
import type { Product } from '../../../../../shared/contract/catalog';
import { formatTry } from '../../../../../shared/money';
import { useT } from '../../../i18n/useT';
import { useAppStore } from '../../../state/appStore';
import { focusEntry } from '../focus';
import { addProduct } from '../state/catalogActions';

/** The favourites grid for goods without a barcode (bread, bagels, tea); focus returns to the entry after a press. */
export function QuickKeys() {
  const t = useT();
  const api = useAppStore((state) => state.api);
  const [products, setProducts] = useState<Product[]>([]);

  useEffect(() => {
    if (!api) return;
    let live = true;
    void api.call('catalog.quickKeys').then((result) => {
      if (!live) return;
      if (result.ok) setProducts(result.value);
      else useAppStore.setState({ error: result.error });
    });
    return () => {
      live = false;
    };
  }, [api]);

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
          <strong>{formatTry(product.priceKurus)}</strong>
        </button>
      ))}
    </nav>
  );
}
