import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isSearch, readEntry, readMultiplier } from '../../src/renderer/src/screens/cashier/entry/entryText';
import { attachTypeToEntry, isEditable } from '../../src/renderer/src/scanner/typeToEntry';
import { popDialog, pushDialog } from '../../src/renderer/src/state/dialogStack';

const EAN = '8690504055204';

describe('what the entry field holds when Enter comes', () => {
  it('is a barcode for digits longer than a PLU, a PLU for up to six digits', () => {
    expect(readEntry(EAN)).toEqual({ kind: 'barcode', code: EAN });
    expect(readEntry('  96385074 ')).toEqual({ kind: 'barcode', code: '96385074' });
    expect(readEntry('1')).toEqual({ kind: 'plu', digits: '1' });
    expect(readEntry('123456')).toEqual({ kind: 'plu', digits: '123456' });
    expect(readEntry('1234567')).toEqual({ kind: 'barcode', code: '1234567' });
    expect(readEntry('   ')).toEqual({ kind: 'empty' });
  });

  it('keeps a half-typed search and takes the scan that landed after it, when its check digit holds', () => {
    expect(readEntry(`sut${EAN}`)).toEqual({ kind: 'scan-after-text', code: EAN, text: 'sut' });
    expect(readEntry(`ayran 2 ${EAN}`)).toEqual({ kind: 'scan-after-text', code: EAN, text: 'ayran 2' });
    // A wrong check digit is not a scan: the words stay words.
    expect(readEntry('sut8690504055205')).toEqual({ kind: 'words', query: 'sut8690504055205' });
    expect(readEntry('ayran 2')).toEqual({ kind: 'words', query: 'ayran 2' });
  });

  it('reads 3* and 1,5* as the next item’s quantity in thousandths', () => {
    expect(readMultiplier('3*')).toBe(3000);
    expect(readMultiplier('1,5*')).toBe(1500);
    expect(readMultiplier('0*')).toBeNull();
    expect(readMultiplier('3')).toBeNull();
    expect(isSearch('su')).toBe(true);
    expect(isSearch('s')).toBe(false);
    expect(isSearch('12345')).toBe(false);
  });
});

describe('typing that lands in the entry field', () => {
  let entry: HTMLInputElement;
  let detach: () => void;
  beforeEach(() => {
    document.body.innerHTML = '<input id="entry" /><button id="button">F10</button><input id="pin" type="password" /><input id="check" type="checkbox" />';
    entry = document.getElementById('entry') as HTMLInputElement;
    detach = attachTypeToEntry(window, () => entry);
  });
  afterEach(() => detach());

  const press = (target: HTMLElement, key: string, init: KeyboardEventInit = {}) => {
    target.focus();
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
  };

  it('moves focus to the entry field when a character is typed with focus on a button', () => {
    const button = document.getElementById('button')!;
    press(button, '8');
    expect(document.activeElement).toBe(entry);
  });

  it('never takes the keys of another field, and leaves function keys and shortcuts alone', () => {
    const pin = document.getElementById('pin') as HTMLInputElement;
    press(pin, '4');
    expect(document.activeElement).toBe(pin);
    const button = document.getElementById('button')!;
    press(button, 'F4');
    expect(document.activeElement).toBe(button);
    press(button, '1', { altKey: true });
    expect(document.activeElement).toBe(button);
  });

  it('rests while a dialog is open: its own fields and buttons take the keys', () => {
    const self = Symbol('dialog');
    pushDialog(self);
    const button = document.getElementById('button')!;
    press(button, '8');
    expect(document.activeElement).toBe(button);
    popDialog(self);
  });

  it('knows a text field from a control that takes no typing', () => {
    expect(isEditable(document.getElementById('pin'))).toBe(true);
    expect(isEditable(document.getElementById('check'))).toBe(false);
    expect(isEditable(document.getElementById('button'))).toBe(false);
    expect(isEditable(null)).toBe(false);
  });
});
