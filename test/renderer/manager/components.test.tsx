import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AmountInput } from '../../../src/renderer/src/components/AmountInput';
import { readAmount } from '../../../src/renderer/src/components/amount';
import { ManagerOverrideDialog } from '../../../src/renderer/src/components/ManagerOverrideDialog';
import { PinPad } from '../../../src/renderer/src/components/PinPad';
import { translator } from '../../../src/renderer/src/i18n/translate';
import { useAppStore } from '../../../src/renderer/src/state/appStore';
import { defaultSettings } from '../../../src/shared/settings';
import type { Output } from '../../../src/shared/contract';
import { failure, fakePos, success } from '../fakePos';

const tr = translator('tr');

beforeEach(() => {
  fakePos({});
  useAppStore.setState({ phase: 'ready', settings: defaultSettings() });
});
afterEach(cleanup);

describe('readAmount', () => {
  it('reads Turkish amounts into kuruş and refuses zero, bad shapes and anything above the cap', () => {
    expect(readAmount('1.234,56', null, tr)).toEqual({ ok: true, kurus: 123_456 });
    expect(readAmount('12,5', 1_250, tr)).toEqual({ ok: true, kurus: 1_250 });
    expect(readAmount('12,51', 1_250, tr)).toEqual({ ok: false, message: 'En fazla ₺12,50 girilebilir.' });
    expect(readAmount('0,00', null, tr)).toEqual({ ok: false, message: 'Tutar sıfırdan büyük olmalı.' });
    expect(readAmount('1,234', null, tr)).toEqual({ ok: false, message: 'Kuruş en fazla iki basamaktır.' });
    expect(readAmount('on lira', null, tr)).toEqual({ ok: false, message: 'Tutar 1.234,56 biçiminde olmalı.' });
  });
});

function AmountHost({ max }: { max: number }) {
  const [text, setText] = useState('');
  return <AmountInput label="İade tutarı" text={text} onText={setText} maxKurus={max} />;
}

describe('AmountInput', () => {
  it('flags an amount above the remainder as it is typed and tidies a good one on leaving', () => {
    render(<AmountHost max={2_500} />);
    const input = screen.getByLabelText('İade tutarı');
    fireEvent.change(input, { target: { value: '30' } });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('En fazla ₺25,00 girilebilir.')).toBeTruthy();
    fireEvent.change(input, { target: { value: '12.5' } });
    expect(input.getAttribute('aria-invalid')).toBeNull();
    fireEvent.blur(input);
    expect((input as HTMLInputElement).value).toBe('12,50');
  });
});

describe('PinPad', () => {
  it('submits only 4+ digits (saying so), ignores letters, and clears the PIN after each submit', () => {
    const onSubmit = vi.fn();
    render(<PinPad busy={false} claims={['users.signIn']} onSubmit={onSubmit} />);
    const input = screen.getByLabelText('PIN') as HTMLInputElement;
    fireEvent.change(input, { target: { value: '12a' } });
    expect(input.value).toBe('12');
    fireEvent.submit(input.form as HTMLFormElement);
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByTestId('pin-error').textContent).toBe('PIN en az 4 rakamdır.');
    fireEvent.click(screen.getByText('3'));
    fireEvent.click(screen.getByText('9'));
    fireEvent.click(screen.getByText('⌫'));
    fireEvent.click(screen.getByText('8'));
    fireEvent.submit(input.form as HTMLFormElement);
    expect(onSubmit).toHaveBeenCalledWith('1238');
    expect(input.value).toBe('');
  });
});

const approvers: Output<'users.approvers'> = [
  { id: 'a1', displayName: 'Ayla Sönmez', role: 'admin', lockedUntil: null },
  { id: 'm1', displayName: 'Mert Kaya', role: 'manager', lockedUntil: null },
];
const request = { action: 'tosla-refund', subject: { orderId: 'ORD-1', amountKurus: 1000 } } as const;

describe('ManagerOverrideDialog', () => {
  it('offers only the approvers main names for this request, shows main’s refusal, and hands back the approval on the right PIN', async () => {
    const approval: Output<'users.requestApproval'> = { token: 'a'.repeat(32), action: 'tosla-refund', request, approverId: 'm1', approverName: 'Mert Kaya', expiresAt: '2026-01-01T00:00:00.000Z' };
    const { calls } = fakePos({
      'users.approvers': () => success(approvers),
      'users.requestApproval': (arg) =>
        (arg as { pin: string; approverId: string }).approverId === 'm1' && (arg as { pin: string }).pin === '4827'
          ? success(approval)
          : failure('auth.wrong-pin', 'Wrong PIN.', 'PIN yanlış.'),
    });
    const onApproved = vi.fn();
    const onCancel = vi.fn();
    render(<ManagerOverrideDialog request={request} summary="ORD-1 · ₺10,00" onApproved={onApproved} onCancel={onCancel} />);
    const select = (await screen.findByLabelText('Onaylayan yönetici')) as HTMLSelectElement;
    expect([...select.options].map((option) => option.value)).toEqual(['a1', 'm1']);
    select.value = 'm1';
    fireEvent.change(select);
    expect(screen.getByText('Tosla iadesi')).toBeTruthy();

    const pin = screen.getByLabelText('PIN');
    // The manager types at once: the PIN field has focus as soon as the list is there.
    expect(document.activeElement).toBe(pin);
    fireEvent.change(pin, { target: { value: '5555' } });
    fireEvent.submit(pin.closest('form') as HTMLFormElement);
    expect((await screen.findByTestId('pin-error')).textContent).toBe('PIN yanlış.');
    expect(onApproved).not.toHaveBeenCalled();

    fireEvent.change(pin, { target: { value: '4827' } });
    fireEvent.submit(pin.closest('form') as HTMLFormElement);
    await waitFor(() => expect(onApproved).toHaveBeenCalledWith(approval));
    expect(calls.filter((call) => call.name === 'users.requestApproval').map((call) => call.arg)).toEqual([
      { approverId: 'm1', pin: '5555', request },
      { approverId: 'm1', pin: '4827', request },
    ]);
    expect(calls.find((call) => call.name === 'users.approvers')?.arg).toEqual({ request });

    act(() => {
      fireEvent.keyDown(pin, { key: 'Escape' });
    });
    expect(onCancel).toHaveBeenCalledTimes(1);
  });
});
