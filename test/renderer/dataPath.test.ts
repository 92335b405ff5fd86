import { beforeEach, describe, expect, it } from 'vitest';
import { textToDay } from '../../src/renderer/src/components/DateField';
import { formatDate, formatDateTime, formatFor, formatTime, istanbulDay } from '../../src/renderer/src/i18n/format';
import { call } from '../../src/renderer/src/state/call';
import { fieldClaim, unclaimed, useFailures } from '../../src/renderer/src/state/failures';
import { defaultSettings } from '../../src/shared/settings';
import { failure, fakePos, success } from './fakePos';

const failures = () => useFailures.getState();

describe('one data path: call() and the failure store', () => {
  beforeEach(() => {
    fakePos({
      'settings.update': (arg) =>
        (arg as { tokenx?: { terminalId?: string } }).tokenx?.terminalId === 'bad'
          ? { ok: false, error: { code: 'contract.invalid-argument', message: 'bad terminal', messageTr: 'terminal hatalı', path: 'tokenx.terminalId' } }
          : success(defaultSettings()),
      'tokenx.terminals': () => failure('tokenx.unreachable', 'TokenX did not answer.', 'TokenX cevap vermedi.'),
      'users.create': () => failure('auth.approval-required', 'A manager must approve.', 'Yönetici onayı gerekli.'),
    });
  });

  it('reports a refusal once, in one place, and clears it when the same call later succeeds', async () => {
    const refused = await call('settings.update', { tokenx: { terminalId: 'bad' } });
    expect(refused.ok).toBe(false);
    expect(failures().current).toMatchObject({ source: 'settings.update', error: { path: 'tokenx.terminalId' } });
    await call('settings.update', { tokenx: { terminalId: 'AV0000000001' } });
    expect(failures().current).toBeNull();
  });

  it('leaves a question (approval needed) to its caller instead of reporting it', async () => {
    await call('users.create', { displayName: 'Can', role: 'cashier', pin: '4827' });
    expect(failures().current).toBeNull();
  });

  it('lets a view claim the failures of its calls or of one field, so the catch-all views leave them alone', async () => {
    await call('settings.update', { tokenx: { terminalId: 'bad' } });
    expect(unclaimed(failures().current, failures().claims)).toBe(true);
    const release = failures().claim([fieldClaim('settings.update', 'tokenx.terminalId')]);
    expect(unclaimed(failures().current, failures().claims)).toBe(false);
    release();
    expect(unclaimed(failures().current, failures().claims)).toBe(true);
    const other = failures().claim([fieldClaim('settings.update', 'tokenx.branchId')]);
    expect(unclaimed(failures().current, failures().claims)).toBe(true);
    other();
  });

  it('drops what a setup change may have fixed', async () => {
    await call('tokenx.terminals', {});
    expect(failures().current?.source).toBe('tokenx.terminals');
    failures().settledFamilies(['tosla.']);
    expect(failures().current).not.toBeNull();
    failures().settledFamilies(['tokenx.']);
    expect(failures().current).toBeNull();
  });
});

describe('one formatter', () => {
  it('writes every date dd.MM.yyyy in Istanbul time, whatever the language', () => {
    // 21:30 UTC is already the next day in Istanbul (UTC+3).
    const instant = '2025-03-13T21:30:05.000Z';
    expect(formatDate(instant)).toBe('14.03.2025');
    expect(formatTime(instant)).toBe('00:30');
    expect(formatDateTime(instant)).toBe('14.03.2025 00:30:05');
    expect(istanbulDay(new Date(instant))).toBe('2025-03-14');
    expect(formatFor('en').date(instant)).toBe(formatFor('tr').date(instant));
  });

  it('writes money the Turkish way and quantities with their unit in the language on screen', () => {
    expect(formatFor('tr').money(123_456).replace(/\s/gu, ' ')).toBe('₺1.234,56');
    expect(formatFor('en').money(123_456).replace(/\s/gu, ' ')).toBe('₺1.234,56');
    expect(formatFor('tr').quantity(1500, 'KGM')).toBe('1,5 kg');
    expect(formatFor('tr').quantity(3000, 'C62')).toBe('3 adet');
    expect(formatFor('en').quantity(3000, 'C62')).toBe('3 piece');
    expect(formatFor('tr').percent(1250)).toBe('%12,50');
  });

  it('reads a typed day only when it is a real calendar day', () => {
    expect(textToDay('14.03.2025')).toBe('2025-03-14');
    expect(textToDay('1.3.2025')).toBe('2025-03-01');
    expect(textToDay('31.02.2025')).toBeNull();
    expect(textToDay('03/14/2025')).toBeNull();
    expect(textToDay('2025-03-14')).toBeNull();
  });
});
