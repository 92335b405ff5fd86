import type { KeyboardEvent } from 'react';
import { useId, useState } from 'react';
import type { Product } from '../../../../../shared/contract/catalog';
import { HOME_FOCUS } from '../../../components/focusHome';
import { useFormat } from '../../../i18n/format';
import { useT } from '../../../i18n/useT';
import { ENTRY_ID } from '../focus';
import { useSaleStore } from '../state/saleStore';
import { addProduct, enterBarcode, enterPlu, refuseWith } from '../state/tillActions';
import { BlockingMessage } from './BlockingMessage';
import { isSearch, readEntry, readMultiplier } from './entryText';
import { SearchResults } from './SearchResults';
import { useSearch } from './useSearch';

/**
 * The one field a cashier types into: a barcode or PLU and Enter, a name to search
 * (↑↓ and Enter pick a hit), or `3*` to multiply the next item. Esc clears it.
 */
export function EntryBar({ locked }: { locked: boolean }) {
  const t = useT();
  const format = useFormat();
  const listId = useId();
  const pendingQuantity = useSaleStore((state) => state.pendingQuantity);
  const setPendingQuantity = useSaleStore((state) => state.setPendingQuantity);
  const moveSelection = useSaleStore((state) => state.moveSelection);
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const hits = useSearch(text.trim(), isSearch(text));

  const pick = (product: Product) => {
    setText('');
    addProduct(product);
  };

  const onEnter = () => {
    if (hits && hits.length > 0) return pick(hits[Math.min(active, hits.length - 1)] ?? hits[0]!);
    const meaning = readEntry(text);
    switch (meaning.kind) {
      case 'empty':
        return;
      case 'plu':
        setText('');
        return void enterPlu(meaning.digits);
      case 'barcode':
        setText('');
        return void enterBarcode(meaning.code);
      case 'scan-after-text':
        setText(meaning.text);
        return void enterBarcode(meaning.code);
      case 'words':
        // Enter before the search answered, or with nothing found: say so rather than do nothing.
        if (hits !== null) refuseWith('cashier.search-none', 'cashier.search.none', { query: meaning.query });
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      onEnter();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      if (hits && hits.length > 0) setActive((current) => (current + step + hits.length) % hits.length);
      else moveSelection(step);
    } else if (event.key === 'Escape' && (text !== '' || pendingQuantity !== null)) {
      event.preventDefault();
      event.stopPropagation();
      setText('');
      setPendingQuantity(null);
    }
  };

  const onChange = (value: string) => {
    const multiplier = readMultiplier(value);
    if (multiplier !== null) {
      setPendingQuantity(multiplier);
      setText('');
      return;
    }
    setText(value);
    setActive(0);
  };

  return (
    <div className="entry">
      <label htmlFor={ENTRY_ID} className="sr-only">
        {t('cashier.entry.label')}
      </label>
      {pendingQuantity !== null && (
        <span className="tag info pending" data-testid="pending-quantity">
          {t('cashier.entry.pending', { quantity: format.quantity(pendingQuantity) })}
        </span>
      )}
      <input
        {...HOME_FOCUS}
        id={ENTRY_ID}
        className="entry-input"
        data-testid="entry"
        autoComplete="off"
        spellCheck={false}
        autoFocus
        placeholder={locked ? t('cashier.entry.locked') : t('cashier.entry.label')}
        value={text}
        role="combobox"
        aria-expanded={hits !== null}
        aria-controls={listId}
        aria-activedescendant={hits && hits.length > 0 ? `${listId}-${active}` : undefined}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
      />
      {hits !== null && <SearchResults id={listId} query={text.trim()} hits={hits} active={active} onPick={pick} />}
      <BlockingMessage />
    </div>
  );
}
