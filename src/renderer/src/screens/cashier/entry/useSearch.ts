import { useEffect, useState } from 'react';
import type { Product } from '../../../../../shared/contract/catalog';
import { call } from '../../../state/call';

const SEARCH_DELAY_MS = 120;
const SEARCH_LIMIT = 8;

/** Products matching what is typed, once typing pauses; null while there is nothing (yet) to show for this query. */
export function useSearch(query: string, active: boolean): Product[] | null {
  const [hits, setHits] = useState<{ query: string; products: Product[] } | null>(null);
  useEffect(() => {
    if (!active) return;
    let live = true;
    // Waits for a pause in typing so a fast typist does not queue a search per key.
    const timer = setTimeout(() => {
      void call('catalog.search', { query, limit: SEARCH_LIMIT }).then((result) => {
        if (live && result.ok) setHits({ query, products: result.value });
      });
    }, SEARCH_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, active]);
  return active && hits?.query === query ? hits.products : null;
}
