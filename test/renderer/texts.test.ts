import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/renderer/src/i18n/texts';
import { dictionaries, registerTexts } from '../../src/renderer/src/i18n/texts';
import { translator } from '../../src/renderer/src/i18n/translate';

describe('the texts registry', () => {
  it('holds every part the app root registered, each screen’s own texts among them', () => {
    expect(translator('tr')('cashier.title')).toBe('Kasa');
    expect(translator('en')('settings.tokenx.terminalId')).toBeTruthy();
    expect(translator('en')('manager.signIn.title')).toBeTruthy();
    expect(Object.keys(dictionaries.en).sort()).toEqual(Object.keys(dictionaries.tr).sort());
  });

  it('refuses a text two parts declare instead of showing one of them', () => {
    const twice = { a: { tr: { 'shifts.open': 'Vardiya aç' }, en: { 'shifts.open': 'Open shift' } }, b: { tr: { 'shifts.open': 'Aç' }, en: { 'shifts.open': 'Open' } } };
    expect(() => registerTexts(twice as unknown as Catalog)).toThrow(/"shifts\.open" is declared by both a and b/u);
  });
});
