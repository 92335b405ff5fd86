import type { Product } from '../../../../../shared/contract/catalog';
import { useFormat } from '../../../i18n/format';
import { useT } from '../../../i18n/useT';

/** The hits for what is typed; ↑↓ move the highlight, Enter or a click takes one. */
export function SearchResults({
  id,
  query,
  hits,
  active,
  onPick,
}: {
  id: string;
  query: string;
  hits: readonly Product[];
  active: number;
  onPick(product: Product): void;
}) {
  const t = useT();
  const format = useFormat();
  return (
    <ul id={id} className="search-results" role="listbox" aria-label={t('cashier.search.label')} data-testid="search-results">
      {hits.length === 0 && (
        <li className="muted" role="option" aria-selected={false} aria-disabled>
          {t('cashier.search.none', { query })}
        </li>
      )}
      {hits.map((product, index) => (
        <li
          key={product.id}
          id={`${id}-${index}`}
          role="option"
          aria-selected={index === active}
          className={index === active ? 'active' : ''}
          onMouseDown={(event) => {
            // Keeps focus in the entry field while the mouse picks a hit.
            event.preventDefault();
            onPick(product);
          }}
        >
          <span>{product.name}</span>
          <span className="muted">{product.plu !== null ? `PLU ${product.plu}` : (product.barcodes[0] ?? '')}</span>
          <strong>{format.money(product.priceKurus)}</strong>
        </li>
      ))}
    </ul>
  );
}
