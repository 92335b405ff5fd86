import type { ReactNode } from 'react';
import './components.css';
import { useEffect, useId, useRef } from 'react';

/** Open dialogs, innermost last: Escape closes only the innermost. */
const openDialogs: symbol[] = [];

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A modal that keeps the keyboard inside it (Tab wraps, Escape cancels) and gives focus
 * back to whatever had it, so a manager approving on the cashier's screen leaves the
 * cashier exactly where they were.
 */
export function Dialog({
  title,
  onCancel,
  children,
  testId,
  busy = false,
}: {
  title: string;
  onCancel(): void;
  children: ReactNode;
  testId?: string;
  /** While a call is in flight Escape does nothing: the answer must be seen. */
  busy?: boolean;
}) {
  const titleId = useId();
  const box = useRef<HTMLDivElement>(null);
  const cancel = useRef(onCancel);
  const isBusy = useRef(busy);
  useEffect(() => {
    cancel.current = onCancel;
    isBusy.current = busy;
  });

  useEffect(() => {
    const previous = document.activeElement;
    const first = box.current?.querySelector<HTMLElement>('[data-autofocus]') ?? box.current?.querySelector<HTMLElement>(FOCUSABLE);
    first?.focus();
    // On the window, not the box: while a call runs its inputs are disabled and focus may fall to the body.
    const self = Symbol('dialog');
    openDialogs.push(self);
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || openDialogs.at(-1) !== self) return;
      event.stopPropagation();
      if (!isBusy.current) cancel.current();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      openDialogs.splice(openDialogs.indexOf(self), 1);
      if (previous instanceof HTMLElement) previous.focus();
    };
  }, []);

  return (
    <div className="overlay">
      <div
        ref={box}
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid={testId}
        onKeyDown={(event) => {
          if (event.key !== 'Tab' || !box.current) return;
          const items = [...box.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
          const first = items[0];
          const last = items.at(-1);
          if (!first || !last) return;
          if (event.shiftKey && document.activeElement === first) {
            event.preventDefault();
            last.focus();
          } else if (!event.shiftKey && document.activeElement === last) {
            event.preventDefault();
            first.focus();
          }
        }}
      >
        <h2 id={titleId}>{title}</h2>
        {children}
      </div>
    </div>
  );
}
