import { chmodSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { fileKeyCipher } from '../../src/harness/aesCipher';
import { accountFingerprint } from '../../src/main/core/tokenx/tokenxConnection';
import type { Core } from '../../src/main/core/composition';
import { createCore } from '../../src/main/core/composition';
import { SIM_CLIENT_ID } from '../../src/main/simulators/tokenx/fixtures';
import { startTestCore, testCorePorts } from '../helpers/core';
import { tempDir } from '../helpers/tmp';
import { coreWithStaff, errorCode, value } from './staff';

const mode = (path: string) => statSync(path).mode & 0o777;

const harnessCores: Core[] = [];
afterEach(async () => {
  while (harnessCores.length > 0) await harnessCores.pop()?.close();
});

describe('files and secrets', () => {
  it('creates the data folder 0700 and the database, settings and secret stores 0600, whatever the umask', async () => {
    const previous = process.umask(0);
    try {
      const dir = join(tempDir(), 'userData');
      const core = await startTestCore(dir);
      value(await core.invoke('settings.update', { language: 'en' }));
      value(await core.invoke('secrets.set', { name: 'tosla.apiUser', value: 'POS_ENT_Test_001' }));
      expect(mode(dir)).toBe(0o700);
      for (const file of ['pos.sqlite', 'pos.sqlite-wal', 'settings.json', 'secrets.json']) expect([file, mode(join(dir, file))]).toEqual([file, 0o600]);
    } finally {
      process.umask(previous);
    }
  });

  it('tightens the files of an older install left readable by others', async () => {
    const dir = tempDir();
    const first = await startTestCore(dir);
    await first.close();
    chmodSync(dir, 0o755);
    chmodSync(join(dir, 'pos.sqlite'), 0o644);
    await startTestCore(dir);
    expect(mode(dir)).toBe(0o700);
    expect(mode(join(dir, 'pos.sqlite'))).toBe(0o600);
  });

  it('counts the harness’s key file as a weak backend: credentials are refused until weak storage is allowed', async () => {
    const dir = tempDir();
    const core = await createCore(testCorePorts(dir, { cipher: fileKeyCipher(join(dir, 'harness-secret.key')) }));
    harnessCores.push(core);
    expect(value(await core.invoke('secrets.status', undefined))).toMatchObject({ backend: 'harness_file_key', weak: true, writable: false });
    expect(errorCode(await core.invoke('secrets.set', { name: 'tosla.apiPass', value: 'x' }))).toBe('secrets.weak-backend-refused');
    value(await core.invoke('settings.update', { allowWeakSecretStorage: true }));
    expect(value(await core.invoke('secrets.set', { name: 'tosla.apiPass', value: 'x' }))).toMatchObject({ weak: true, writable: true });
  });

  it('keeps the TokenX client id in main: the screen sees it set and masked, and the connection test does not return it', async () => {
    const core = await startTestCore();
    value(await core.invoke('secrets.set', { name: 'tokenx.clientId', value: SIM_CLIENT_ID }));
    value(await core.invoke('secrets.set', { name: 'tokenx.clientSecret', value: 'tezgah-sim-secret' }));
    value(await core.invoke('settings.update', { trainingMode: 'off' }));
    const status = value<{ items: Record<string, string>; masked: Record<string, string> }>(await core.invoke('secrets.status', undefined));
    expect(status.items['tokenx.clientId']).toBe('set');
    expect(status.masked['tokenx.clientId']).toBe('7d3e…4a93');
    let check: unknown = null;
    for (let attempt = 0; attempt < 500; attempt += 1) {
      const answer = await core.invoke('tokenx.testConnection', undefined);
      check = answer.ok ? answer.value : answer.error;
      if (answer.ok && (answer.value as { environment: string }).environment === `test:${accountFingerprint(SIM_CLIENT_ID)}`) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    // The account is named by a fingerprint of the id (the journal's key), never by the id.
    expect(check).toMatchObject({ environment: `test:${accountFingerprint(SIM_CLIENT_ID)}` });
    expect(JSON.stringify([status, check])).not.toContain(SIM_CLIENT_ID);
  });

  it('catches deleting the newest audit rows even when the database’s own head is rewritten to match', async () => {
    const staff = await coreWithStaff();
    const { core, dir } = staff;
    await staff.signIn('manager');
    const before = value<{ lastSeq: number; intact: boolean }>(await core.invoke('audit.verify', undefined));
    expect(before.intact).toBe(true);

    // Someone with the file drops the newest rows and makes the head agree with what is left.
    const raw = new DatabaseSync(join(dir, 'pos.sqlite'));
    raw.exec('DROP TRIGGER audit_log_no_delete; DROP TRIGGER audit_head_forward_only');
    const keep = before.lastSeq - 2;
    raw.prepare('DELETE FROM audit_log WHERE seq > ?').run(keep);
    const last = raw.prepare('SELECT hash FROM audit_log WHERE seq = ?').get(keep) as { hash: string };
    raw.prepare('UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1').run(keep, last.hash);
    raw.close();

    const after = value<{ intact: boolean; firstBroken: { reason: string; seq: number; messageTr: string } }>(
      await core.invoke('audit.verify', undefined),
    );
    expect(after.intact).toBe(false);
    expect(after.firstBroken).toMatchObject({ reason: 'tail-missing', seq: before.lastSeq });
    expect(after.firstBroken.messageTr).toContain('veritabanı dışındaki kopya');

    // New rows written afterwards do not paper over the cut.
    await staff.signIn('admin');
    await staff.signIn('manager');
    expect(value<{ intact: boolean }>(await core.invoke('audit.verify', undefined)).intact).toBe(false);
  });

  it('reports a damaged copy of the log’s end', async () => {
    const staff = await coreWithStaff();
    await staff.signIn('manager');
    const settingsFile = join(staff.dir, 'settings.json');
    const stored = JSON.parse((await import('node:fs')).readFileSync(settingsFile, 'utf8')) as Record<string, unknown>;
    expect(stored.auditHead).toMatchObject({ seq: expect.any(Number), hash: expect.stringMatching(/^[0-9a-f]{64}$/u) });
    writeFileSync(settingsFile, JSON.stringify({ ...stored, auditHead: { seq: 1, hash: 'x' } }));
    // The core reads the store once: a fresh one over the same files sees the edit.
    await staff.core.close();
    const again = await startTestCore(staff.dir);
    const roster = value<{ id: string; role: string }[]>(await again.invoke('users.roster', undefined));
    const manager = roster.find((user) => user.role === 'manager');
    value(await again.invoke('users.signIn', { id: manager?.id ?? '', pin: '482719' }));
    const verdict = value<{ intact: boolean; firstBroken: { reason: string } }>(await again.invoke('audit.verify', undefined));
    expect(verdict).toMatchObject({ intact: false, firstBroken: { reason: 'tail-missing' } });
  });
});
