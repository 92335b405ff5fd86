import { useId, useState } from 'react';
import { HOME_FOCUS } from '../../../components/focusHome';
import { useT } from '../../../i18n/useT';
import { DayList } from './DayList';
import { OrderDetail } from './OrderDetail';

/** Tosla orders: find one by its number, or pick it from a day's list; its detail replaces the list until closed. */
export function OrdersScreen() {
  const t = useT();
  const inputId = useId();
  const [text, setText] = useState('');
  const [orderId, setOrderId] = useState<string | null>(null);
  return (
    <div className="orders-screen">
      <form
        className="lookup"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim()) setOrderId(text.trim());
        }}
      >
        <label htmlFor={inputId}>{t('manager.orders.lookup')}</label>
        <input {...HOME_FOCUS} id={inputId} data-testid="order-lookup" autoFocus autoComplete="off" placeholder="ORD-20250314-0001" value={text} onChange={(event) => setText(event.target.value)} />
        <button type="submit">{t('manager.orders.find')}</button>
      </form>
      {orderId ? (
        <OrderDetail key={orderId} orderId={orderId} onClose={() => setOrderId(null)} />
      ) : (
        <DayList
          onOpen={(id) => {
            setText(id);
            setOrderId(id);
          }}
        />
      )}
    </div>
  );
}
