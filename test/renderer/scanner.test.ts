import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BurstOutcome } from '../../src/renderer/src/scanner/burstDetector';
import { BurstDetector } from '../../src/renderer/src/scanner/burstDetector';
import { attachGlobalScanner } from '../../src/renderer/src/scanner/globalScanner';

/** Feeds keys at given times, flushing at every deadline the detector asks for, as the DOM adapter's timer does. */
function feed(detector: BurstDetector, keys: readonly (readonly [key: string, at: number])[], end = Number.POSITIVE_INFINITY): BurstOutcome[] {
  const outcomes: BurstOutcome[] = [];
  const settleUntil = (time: number) => {
    for (let deadline = detector.deadline(); deadline !== null && deadline <= time; deadline = detector.deadline()) {
      outcomes.push(...detector.flush(deadline));
    }
  };
  for (const [key, at] of keys) {
    settleUntil(at);
    outcomes.push(...detector.key(key, at));
  }
  settleUntil(end);
  return outcomes;
}

const burst = (text: string, start: number, perKeyMs: number, suffix: string | null = 'Enter') => {
  const keys: [string, number][] = [...text].map((char, index) => [char, start + index * perKeyMs]);
  if (suffix !== null) keys.push([suffix, start + text.length * perKeyMs]);
  return keys;
};

const EAN = '8690504055204';

describe('burst detector', () => {
  it('reads a 13-digit scan at 3 ms per key with Enter or Tab', () => {
    expect(feed(new BurstDetector(), burst(EAN, 1000, 3))).toEqual([{ kind: 'scan', code: EAN, suffix: 'Enter' }]);
    expect(feed(new BurstDetector(), burst(EAN, 1000, 3, 'Tab'))).toEqual([{ kind: 'scan', code: EAN, suffix: 'Tab' }]);
  });

  it('leaves a person typing digits and Enter alone', () => {
    const outcomes = feed(new BurstDetector(), burst('12345678', 1000, 120));
    expect(outcomes.every((outcome) => outcome.kind === 'typing')).toBe(true);
    expect(outcomes.map((outcome) => (outcome.kind === 'typing' ? outcome.text : '')).join('')).toBe('12345678');
  });

  it('treats a short fast pair and Enter as typing, not a scan', () => {
    expect(feed(new BurstDetector(), burst('12', 1000, 10))).toEqual([{ kind: 'typing', text: '12' }]);
  });

  it('reports a fast burst without its suffix as a partial scan', () => {
    expect(feed(new BurstDetector(), burst(EAN, 1000, 3, null))).toEqual([{ kind: 'partial', chars: EAN, reason: 'no-suffix' }]);
  });

  it('accepts a suffix-less scan when the scanner is set up that way', () => {
    expect(feed(new BurstDetector({ requireSuffix: false }), burst(EAN, 1000, 3, null))).toEqual([{ kind: 'scan', code: EAN, suffix: null }]);
  });

  it('never turns a scan broken by a hiccup into a shorter code', () => {
    const keys = [...burst(EAN.slice(0, 5), 1000, 3, null), ...burst(EAN.slice(5), 1080, 3)];
    expect(feed(new BurstDetector(), keys)).toEqual([{ kind: 'partial', chars: EAN, reason: 'interrupted' }]);
  });

  it('keeps back-to-back scans whole and in order', () => {
    const second = '4006381333931';
    const keys = [...burst(EAN, 1000, 3), ...burst(second, 1000 + 14 * 3, 3)];
    expect(feed(new BurstDetector(), keys)).toEqual([
      { kind: 'scan', code: EAN, suffix: 'Enter' },
      { kind: 'scan', code: second, suffix: 'Enter' },
    ]);
  });

  it('keeps shifted capitals of alphanumeric codes and ignores the Shift keys', () => {
    const keys: [string, number][] = [
      ['Shift', 1000],
      ['A', 1002],
      ['B', 1004],
      ['1', 1006],
      ['2', 1008],
      ['3', 1010],
      ['Shift', 1011],
      ['C', 1012],
      ['Enter', 1014],
    ];
    expect(feed(new BurstDetector(), keys)).toEqual([{ kind: 'scan', code: 'AB123C', suffix: 'Enter' }]);
  });

  it('lets a non-character key end a burst', () => {
    expect(feed(new BurstDetector(), [...burst('1234567', 1000, 3, null), ['ArrowDown', 1025]])).toEqual([{ kind: 'partial', chars: '1234567', reason: 'no-suffix' }]);
  });

  it('finds every scan among seeded random typing, and nothing else', () => {
    let seed = 424242;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const keys: [string, number][] = [];
    const expected: string[] = [];
    let time = 0;
    for (let round = 0; round < 300; round += 1) {
      if (random() < 0.5) {
        const code = Array.from({ length: 8 + Math.floor(random() * 6) }, () => String(Math.floor(random() * 10))).join('');
        const perKey = 1 + Math.floor(random() * 10);
        keys.push(...burst(code, time, perKey, random() < 0.5 ? 'Enter' : 'Tab'));
        expected.push(code);
        time += (code.length + 1) * perKey + Math.floor(random() * 400);
      } else {
        const text = Array.from({ length: 1 + Math.floor(random() * 12) }, () => 'abcdefghı0123456789'[Math.floor(random() * 19)] ?? 'x').join('');
        for (const char of text) {
          time += 60 + Math.floor(random() * 300);
          keys.push([char, time]);
        }
        if (random() < 0.5) {
          time += 60 + Math.floor(random() * 300);
          keys.push(['Enter', time]);
        }
        time += 200 + Math.floor(random() * 400);
      }
    }
    const outcomes = feed(new BurstDetector(), keys);
    expect(outcomes.filter((outcome) => outcome.kind === 'partial')).toEqual([]);
    expect(outcomes.flatMap((outcome) => (outcome.kind === 'scan' ? [outcome.code] : []))).toEqual(expected);
  });
});

describe('global scanner on the page', () => {
  const scans: string[] = [];
  const partials: string[] = [];
  let detach: () => void = () => undefined;

  beforeEach(() => {
    vi.useFakeTimers();
    scans.length = 0;
    partials.length = 0;
    document.body.innerHTML = '<form><input id="qty" value="2"><input id="ro" readonly></form><button id="b">ok</button>';
    detach = attachGlobalScanner(window, { onScan: (code) => scans.push(code), onPartial: (chars) => partials.push(chars) }, { now: () => Date.now() });
  });

  afterEach(() => {
    detach();
    vi.useRealTimers();
  });

  /** Dispatches one key the way a browser would: the focused field gets the character unless the key was cancelled. */
  function press(key: string, afterMs: number) {
    vi.advanceTimersByTime(afterMs);
    const target = document.activeElement ?? document.body;
    const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
    const delivered = target.dispatchEvent(event);
    if (delivered && key.length === 1 && target instanceof HTMLInputElement && !target.readOnly) target.value += key;
    return event;
  }

  const scan = (code: string, suffix = 'Enter') => {
    [...code].forEach((char) => press(char, 3));
    return press(suffix, 3);
  };

  it('takes a scan while a field has focus, gives the field its text back and swallows the Enter', () => {
    const field = document.getElementById('qty') as HTMLInputElement;
    field.focus();
    const inputs: string[] = [];
    field.addEventListener('input', () => inputs.push(field.value));
    const submitted = vi.fn();
    field.addEventListener('keydown', (event) => event.key === 'Enter' && submitted());
    const enter = scan(EAN);
    expect(scans).toEqual([EAN]);
    expect(field.value).toBe('2');
    expect(inputs).toEqual(['2']);
    expect(enter.defaultPrevented).toBe(true);
    expect(submitted).not.toHaveBeenCalled();
  });

  it('takes a scan when nothing editable has focus', () => {
    (document.getElementById('b') as HTMLButtonElement).focus();
    scan(EAN, 'Tab');
    expect(scans).toEqual([EAN]);
  });

  it('keeps what a person types, Enter included', () => {
    const field = document.getElementById('qty') as HTMLInputElement;
    field.focus();
    field.value = '';
    for (const char of '12,5') press(char, 150);
    const enter = press('Enter', 200);
    vi.advanceTimersByTime(1000);
    expect(field.value).toBe('12,5');
    expect(enter.defaultPrevented).toBe(false);
    expect(scans).toEqual([]);
  });

  it('reports a scan that lost its Enter once the timer runs out, and clears it from the field', () => {
    const field = document.getElementById('qty') as HTMLInputElement;
    field.focus();
    [...EAN].forEach((char) => press(char, 3));
    expect(partials).toEqual([]);
    vi.advanceTimersByTime(500);
    expect(partials).toEqual([EAN]);
    expect(field.value).toBe('2');
  });

  it('stops listening when detached', () => {
    detach();
    scan(EAN);
    expect(scans).toEqual([]);
  });
});
