import type { KeyboardEvent } from 'react';
import { useEffect, useId, useState } from 'react';
import type { Product } from '../../../../../shared/contract/catalog';
import { formatQuantity, formatTry } from '../../../../../shared/money';
import { useAppStore } from '../../../state/appStore';
import { useT } from '../../../i18n/useT';
import { ENTRY_ID } from '../focus';
import { addProduct, enterBarcode, offerAddProduct } from '../state/catalogActions';
import { readQuantity } from '../state/numberEntry';
import { useSaleStore } from '../state/saleStore';
import { MAX_QUANTITY } from '../../../../../shared/basket/model';

const SEARCH_DELAY_MS = 120;
const SEARCH_LIMIT = 8;

/**
 * The one field a cashier types into: a barcode and Enter, a name to search (↑↓ and
 * Enter pick a hit), or `3*` to multiply the next item. Esc clears it.
 */
export function EntryBar({ locked }: { locked: boolean }) {
  const t = useT();
  const listId = useId();
  const api = useAppStore((state) => state.api);
  const pendingQuantity = useSaleStore((state) => state.pendingQuantity);
  const setPendingQuantity = useSaleStore((state) => state.setPendingQuantity);
  const moveSelection = useSaleStore((state) => state.moveSelection);
  const [text, setText] = useState('');
  const [hits, setHits] = useState<{ query: string; products: Product[] } | null>(null);
  const [active, setActive] = useState(0);
  const query = text.trim();
  const searching = query.length >= 2 && !/^\d+$/u.test(query);

  useEffect(() => {
    if (!api || !searching) return;
    let live = true;
    // Waits for a pause in typing so a fast typist does not queue a search per key.
    const timer = setTimeout(() => {
      void api.call('catalog.search', { query, limit: SEARCH_LIMIT }).then((result) => {
        if (!live) return;
        if (result.ok) {
          setHits({ query, products: result.value });
          setActive(0);
        } else useAppStore.setState({ error: result.error });
      });
    }, SEARCH_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, query, searching]);

  const shown = searching && hits?.query === query ? hits.products : null;

  const clear = () => {
    setText('');
    setHits(null);
  };

  const onChange = (value: string) => {
    const multiplier = /^(\d+(?:[.,]\d{1,3})?)\*$/u.exec(value.trim());
    if (multiplier?.[1] !== undefined) {
      // Measured goods may take 1,5*; countable ones are checked when the item comes in.
      const reading = readQuantity(multiplier[1], 'KGM', MAX_QUANTITY);
      if (reading.ok) {
        setPendingQuantity(reading.value);
        clear();
        return;
      }
    }
    setText(value);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'Enter': {
        event.preventDefault();
        if (shown && shown.length > 0) {
          const product = shown[Math.min(active, shown.length - 1)];
          if (product) addProduct(product);
          clear();
        } else if (/^\d+$/u.test(query)) {
          clear();
          void enterBarcode(query);
        } else if (text === '') {
          offerAddProduct();
        }
        return;
      }
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        if (shown && shown.length > 0) setActive((current) => (current + step + shown.length) % shown.length);
        else moveSelection(step);
        return;
      }
      case 'Escape':
        if (text !== '' || pendingQuantity !== null) {
          event.preventDefault();
          event.stopPropagation();
          clear();
          setPendingQuantity(null);
        }
        return;
      default:
    }
  };

  return (
    <div className="entry">
      <label htmlFor={ENTRY_ID} className="entry-label">
        {t('cashier.entry.label')}
        {pendingQuantity !== null && (
          <span className="tag info" data-testid="pending-quantity">
            {t('cashier.entry.pending', { quantity: formatQuantity(pendingQuantity) })}
          </span>
        )}
      </label>
      <input
        id={ENTRY_ID}
        className="entry-input"
        data-testid="entry"
        autoComplete="off"
        spellCheck={false}
        autoFocus
        placeholder={locked ? t('cashier.entry.locked') : t('cashier.entry.placeholder')}
        value={text}
        role="combobox"
        aria-expanded={shown !== null && shown.length > 0}
        aria-controls={listId}
        aria-activedescendant={shown && shown.length > 0 ? `${listId}-${active}` : undefined}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
      />
      {shown !== null && (
        <ul id={listId} className="search-results" role="listbox" data-testid="search-results">
          {shown.length === 0 && <li className="muted">{t('cashier.search.none', { query })}</li>}
          {shown.map((product, index) => (
            <li
              key={product.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'active' : ''}
              onMouseDown={(event) => {
                // Keeps focus in the entry field while the mouse picks a hit.
                event.preventDefault();
                addProduct(product);
                clear();
              }}
            >
              <span>{product.name}</span>
              <span className="muted">{product.barcodes[0] ?? ''}</span>
              <strong>{formatTry(product.priceKurus)}</strong>
            </li>
          ))}
          {shown.length > 0 && <li className="muted small hint">{t('cashier.search.hint')}</li>}
        </ul>
      )}
    </div>
  );
}
