import { describe, expect, it } from 'vitest';
import { startTestCore } from '../helpers/core';
import { dateNumberToIso, istanbulDateNumber } from '../../src/main/core/tosla/istanbulTime';

const start = () => startTestCore();

const value = <T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!result.ok) throw new Error(`call failed: ${JSON.stringify(result.error)}`);
  return result.value;
};

describe('Tosla in the core', () => {
  it('in training mode starts the embedded simulator on loopback and refunds behind a real manager approval', async () => {
    const api = await start();
    const events: string[] = [];
    api.subscribe((name, payload) => {
      if (name === 'tosla.operationChanged') events.push((payload as { status: string }).status);
    });
    const admin = value(await api.invoke('users.bootstrapAdmin', { displayName: 'Ayşe Yılmaz', pin: '482613' })) as {
      user: { id: string };
    };
    const status = value(await api.invoke('tosla.status', undefined)) as { mode: string; environment: string; baseUrl: string };
    expect(status).toMatchObject({ mode: 'simulator', environment: 'training' });
    expect(status.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/Payment$/u);

    const today = istanbulDateNumber(Date.now());
    const day = value(await api.invoke('tosla.listByDate', { date: dateNumberToIso(today), pageSize: 5 })) as {
      count: number;
      records: unknown[];
    };
    expect(day.count).toBeGreaterThanOrEqual(8);
    expect(day.records).toHaveLength(5);
    const orderId = `ORD-${today}-0001`;
    expect(value(await api.invoke('tosla.lookup', { orderId }))).toMatchObject({ orderId, canRefund: true });

    const approval = value(
      await api.invoke('users.requestApproval', {
        approverId: admin.user.id,
        pin: '482613',
        request: { action: 'tosla-refund', subject: { orderId, amountKurus: 100 } },
      }),
    ) as { token: string };
    const refund = await api.invoke('tosla.refund', { orderId, amountKurus: 100, approvalToken: approval.token });
    expect(value(refund)).toMatchObject({ status: 'succeeded', approverId: admin.user.id, environment: 'training' });
    expect(events).toEqual(['sending', 'succeeded']);
    const reused = await api.invoke('tosla.refund', { orderId, amountKurus: 100, approvalToken: approval.token });
    expect(reused.ok).toBe(false);
    expect(value(await api.invoke('tosla.operations', {}))).toHaveLength(1);
  });

  it('live without credentials explains what is missing, and shows none of the training journal', async () => {
    const api = await start();
    value(await api.invoke('users.bootstrapAdmin', { displayName: 'Ayşe Yılmaz', pin: '482613' }));
    value(await api.invoke('settings.update', { trainingMode: 'off' }));
    const lookup = await api.invoke('tosla.lookup', { orderId: 'ORD-1' });
    expect(lookup).toMatchObject({ ok: false, error: { code: 'tosla.credentials-missing' } });
    if (!lookup.ok) expect(lookup.error.messageTr).toMatch(/API şifresi/u);
    expect(value(await api.invoke('tosla.operations', {}))).toEqual([]);
  });
});
