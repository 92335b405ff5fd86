import type { BurstOptions, BurstOutcome } from './burstDetector';
import { BurstDetector, DEFAULT_BURST_OPTIONS } from './burstDetector';

export interface ScannerHandlers {
  onScan(code: string): void;
  /** A burst at scanner speed that did not end properly: show an error row and ask for a rescan. */
  onPartial(chars: string, reason: 'no-suffix' | 'interrupted'): void;
}

export interface GlobalScannerOptions extends Partial<BurstOptions> {
  /** Milliseconds on one monotonic clock; tests pass a fake one. */
  now?: () => number;
}

type Editable = HTMLInputElement | HTMLTextAreaElement;

interface FieldSnapshot {
  field: Editable;
  value: string;
  selectionStart: number | null;
  selectionEnd: number | null;
}

function isEditable(element: Element | null): element is Editable {
  if (element instanceof HTMLTextAreaElement) return !element.readOnly;
  return element instanceof HTMLInputElement && !element.readOnly && ['text', 'search', 'number', 'tel', 'password', 'email', ''].includes(element.type);
}

function snapshotOf(element: Element | null): FieldSnapshot | null {
  if (!isEditable(element)) return null;
  let selectionStart: number | null = null;
  let selectionEnd: number | null = null;
  try {
    selectionStart = element.selectionStart;
    selectionEnd = element.selectionEnd;
  } catch {
    // number inputs have no selection; the value alone is restored
  }
  return { field: element, value: element.value, selectionStart, selectionEnd };
}

/** Puts back what the field held before the scanner typed into it, in a way React's controlled inputs notice. */
function restore(snapshot: FieldSnapshot | null): void {
  if (snapshot === null || snapshot.field.value === snapshot.value) return;
  const { field } = snapshot;
  const prototype = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  if (setter === undefined) field.value = snapshot.value;
  else setter.call(field, snapshot.value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
  if (snapshot.selectionStart !== null && snapshot.selectionEnd !== null) {
    try {
      field.setSelectionRange(snapshot.selectionStart, snapshot.selectionEnd);
    } catch {
      // the field type may not support selection any more
    }
  }
}

/**
 * Listens to every keydown in the window, whatever has focus, before the page's own
 * handlers. Characters still reach a focused field as the person or scanner typed
 * them; when they turn out to be a scan, the field gets its old text back and the
 * scanner's Enter/Tab is swallowed so it neither submits nor moves focus.
 */
export function attachGlobalScanner(target: Window, handlers: ScannerHandlers, options: GlobalScannerOptions = {}): () => void {
  const { now = () => performance.now(), ...burst } = options;
  const detector = new BurstDetector(burst);
  let snapshot: FieldSnapshot | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const deliver = (outcomes: BurstOutcome[]): boolean => {
    let fromScanner = false;
    for (const outcome of outcomes) {
      if (outcome.kind === 'typing') continue;
      fromScanner = true;
      restore(snapshot);
      if (outcome.kind === 'scan') handlers.onScan(outcome.code);
      else handlers.onPartial(outcome.chars, outcome.reason);
    }
    if (detector.idle()) snapshot = null;
    return fromScanner;
  };

  const schedule = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const deadline = detector.deadline();
    if (deadline === null) return;
    timer = setTimeout(() => {
      timer = null;
      deliver(detector.flush(now()));
      schedule();
    }, Math.max(0, deadline - now()));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return;
    const at = now();
    // Whatever timed out is settled first, so only this key's own burst decides about its Enter/Tab.
    deliver(detector.flush(at));
    const fromScanner = deliver(detector.key(event.key, at));
    // keydown comes before the character lands, so this is the field as it was before the run.
    if (event.key.length === 1 && detector.heldLength() === 1) snapshot = snapshotOf(target.document.activeElement);
    if (fromScanner && (burst.suffixes ?? DEFAULT_BURST_OPTIONS.suffixes).includes(event.key)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
    schedule();
  };

  target.addEventListener('keydown', onKeyDown, { capture: true });
  return () => {
    target.removeEventListener('keydown', onKeyDown, { capture: true });
    if (timer !== null) clearTimeout(timer);
  };
}
