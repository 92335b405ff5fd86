import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { startTestCore } from '../helpers/core';
import type { Result } from '../../src/shared/result';
import { tempDir } from '../helpers/tmp';

async function start() {
  const dir = tempDir();
  const core = await startTestCore(dir);
  const events: { name: string; payload: unknown }[] = [];
  core.subscribe((name, payload) => events.push({ name, payload }));
  return { api: core, events, file: join(dir, 'pos.sqlite') };
}

function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

describe('the users and audit contract', () => {
  it('walks onboarding, staff, a refused cashier, a manager override and the audit trail', async () => {
    const { api, events, file } = await start();
    expect(value(await api.invoke('users.current', undefined))).toEqual({
      user: null,
      needsBootstrap: true,
      pinChangeRequired: false,
      idleSignOutMinutes: null,
      recoveryCodeSet: false,
    });

    const boot = value<{ user: { id: string; role: string }; recoveryCode: string; recoveryCodeSet: boolean }>(
      await api.invoke('users.bootstrapAdmin', { displayName: 'Aylin Admin', pin: '258013' }),
    );
    expect(boot.user.role).toBe('admin');
    expect(boot.recoveryCode).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/u);
    expect(boot.recoveryCodeSet).toBe(true);
    expect(events.at(-1)).toMatchObject({ name: 'users.currentChanged', payload: { needsBootstrap: false } });
    expect(await api.invoke('users.bootstrapAdmin', { displayName: 'Second', pin: '258013' })).toMatchObject({
      ok: false,
      error: { code: 'users.already-set-up' },
    });

    const manager = value<{ id: string }>(
      await api.invoke('users.create', { displayName: 'Mehmet Müdür', role: 'manager', pin: '482719' }),
    );
    const cashier = value<{ id: string }>(
      await api.invoke('users.create', { displayName: 'Kerem Kasiyer', role: 'cashier', pin: '7391' }),
    );
    expect(await api.invoke('users.create', { displayName: 'X', role: 'cashier', pin: '12' })).toMatchObject({
      ok: false,
      error: { code: 'contract.invalid-argument', path: 'pin', messageTr: expect.stringContaining('PIN 4 ila 8') },
    });

    value(await api.invoke('users.signIn', { id: cashier.id, pin: '7391' }));
    expect(events.at(-1)).toMatchObject({ payload: { user: { id: cashier.id } } });
    expect(await api.invoke('users.list', {})).toMatchObject({ ok: false, error: { code: 'auth.not-permitted' } });
    expect(await api.invoke('audit.list', {})).toMatchObject({ ok: false, error: { code: 'auth.not-permitted' } });
    expect(await api.invoke('users.create', { displayName: 'Y', role: 'cashier', pin: '6038' })).toMatchObject({
      ok: false,
      error: { code: 'auth.approval-required' },
    });

    const approval = value<{ token: string }>(
      await api.invoke('users.requestApproval', {
        approverId: manager.id,
        pin: '482719',
        request: { action: 'tosla-refund', subject: { orderId: 'ORD-1', amountKurus: 100 } },
      }),
    );
    expect(approval.token.length).toBeGreaterThanOrEqual(43);

    value(await api.invoke('users.signOut', undefined));
    value(await api.invoke('users.signIn', { id: manager.id, pin: '482719' }));
    const page = value<{ total: number; entries: { action: string; actorId: string | null; approverId: string | null }[] }>(
      await api.invoke('audit.list', { action: 'auth' }),
    );
    expect(page.entries).toEqual([
      expect.objectContaining({ action: 'auth.approval-granted', actorId: cashier.id, approverId: manager.id }),
    ]);
    expect(value(await api.invoke('audit.verify', undefined))).toMatchObject({ intact: true, firstBroken: null });

    const everything = JSON.stringify([
      value(await api.invoke('users.list', { includeInactive: true })),
      value(await api.invoke('users.roster', undefined)),
      value(await api.invoke('audit.list', { limit: 500 })),
      events,
    ]);
    expect(everything).not.toMatch(/salt|pin_hash|pinHash|"hash"|258013|482719|7391/u);

    const raw = new DatabaseSync(file);
    raw.exec('DROP TRIGGER audit_log_no_update');
    raw.exec(`UPDATE audit_log SET approver_id = NULL WHERE action = 'auth.approval-granted'`);
    raw.close();
    const verdict = value<{ intact: boolean; firstBroken: { reason: string; messageTr: string } }>(
      await api.invoke('audit.verify', undefined),
    );
    expect(verdict.intact).toBe(false);
    expect(verdict.firstBroken.reason).toBe('content-altered');
    expect(verdict.firstBroken.messageTr).toContain('değiştirilmiş');
  });

  it('checks audit filters at the boundary', async () => {
    const { api } = await start();
    expect(await api.invoke('audit.list', { limit: 0 })).toMatchObject({ ok: false, error: { path: 'limit' } });
    expect(await api.invoke('audit.list', { from: 'yesterday' })).toMatchObject({ ok: false, error: { path: 'from' } });
    expect(await api.invoke('audit.list', { from: '2025-03-14T12:00:00+03:00' })).toMatchObject({
      ok: false,
      error: { code: 'auth.not-signed-in' },
    });
  });
});
