import type { ReactNode } from 'react';
import './components.css';
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { FailureText } from '../feedback/FailureNotice';
import { popDialog, pushDialog, useDialogStack } from '../state/dialogStack';
import { unclaimed, useFailures } from '../state/failures';
import { restoreFocus } from './focusHome';

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Keeps Tab inside the dialog: past the last control it wraps to the first, and back. */
function trapTab(box: HTMLElement, event: React.KeyboardEvent): void {
  if (event.key !== 'Tab') return;
  const items = [...box.querySelectorAll<HTMLElement>(FOCUSABLE)];
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
}

/** A failure no view inside claims, shown in the innermost dialog: the error bar is behind the overlay. */
function DialogFailure({ self }: { self: symbol }) {
  const innermost = useDialogStack((state) => state.open.at(-1) === self);
  const failure = useFailures((state) => state.current);
  const claims = useFailures((state) => state.claims);
  if (!innermost || !unclaimed(failure, claims)) return null;
  return (
    <p className="field-error dialog-failure" role="alert" data-testid="dialog-failure">
      <FailureText failure={failure} />
    </p>
  );
}

/**
 * A modal that keeps the keyboard inside it (Tab wraps, Escape cancels), shows what
 * went wrong inside itself, fits the window (its body scrolls, never its buttons), and
 * gives focus back to whatever had it, or to the screen's main control.
 */
export function Dialog({
  title,
  onCancel,
  children,
  testId,
  busy = false,
  wide = false,
}: {
  title: string;
  onCancel(): void;
  children: ReactNode;
  testId?: string;
  /** While a call is in flight Escape does nothing: the answer must be seen. */
  busy?: boolean;
  wide?: boolean;
}) {
  const titleId = useId();
  const box = useRef<HTMLDivElement>(null);
  const cancel = useRef(onCancel);
  const isBusy = useRef(busy);
  const [self] = useState(() => Symbol('dialog'));
  // Before the browser hands over the next key: Escape must see whether a call is still running.
  useLayoutEffect(() => {
    cancel.current = onCancel;
    isBusy.current = busy;
  });

  useEffect(() => {
    const previous = document.activeElement;
    const first = box.current?.querySelector<HTMLElement>('[data-autofocus]') ?? box.current?.querySelector<HTMLElement>(FOCUSABLE);
    first?.focus();
    pushDialog(self);
    // On the window, not the box: while a call runs its inputs are disabled and focus may fall to the body.
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || useDialogStack.getState().open.at(-1) !== self) return;
      event.stopPropagation();
      if (!isBusy.current) cancel.current();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      popDialog(self);
      restoreFocus(previous);
    };
  }, [self]);

  return (
    <div className="overlay">
      <div
        ref={box}
        className={wide ? 'dialog wide' : 'dialog'}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid={testId}
        onKeyDown={(event) => box.current && trapTab(box.current, event)}
      >
        <h2 id={titleId}>{title}</h2>
        {children}
        <DialogFailure self={self} />
      </div>
    </div>
  );
}
