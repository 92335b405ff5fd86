import { randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFileLogger, logFiles } from '../../src/main/core/platform/fileLogger';
import { passesLuhn, redactText } from '../../src/main/core/platform/redact';
import { requestHash } from '../../src/main/core/tosla/hash';
import { JwtIssuer } from '../../src/main/simulators/tokenx/jwt';
import { tempDir } from '../helpers/tmp';

/** Every shape of secret the till handles, each as it would really look. */
function secrets() {
  const tokenxSecret = 'Xk4-tezgah-client-SECRET-2u9';
  const clientId = '7d3e5f10-2b4c-4d8e-9a61-0c5b7e2f4a93';
  const basic = Buffer.from(`${clientId}:${tokenxSecret}`).toString('base64');
  const jwt = new JwtIssuer(() => Date.now()).issue(clientId).accessToken;
  // The vendor's published test merchant (tosla-protocol reference).
  const tosla = { clientId: '1000000494', apiUser: 'POS_ENT_Test_001', apiPass: 'POS_ENT_Test_001!*!*' };
  const apiPass = tosla.apiPass;
  const hash = requestHash(tosla, 'A1B2C3D4E5F6', '20260314093000');
  // The webhook value is made exactly like WebhookService.authorization() makes it.
  const webhookToken = randomBytes(32).toString('base64url');
  return { tokenxSecret, basic, jwt, apiPass, hash, webhookToken };
}

const CARDS = ['4111 1111 1111 1111', '5555-5555-5555-4444', '378282246310005', '6011000990139424', '4000056655665556'];
const PINS = ['4821', '90817263', '7305'];

describe('file logger', () => {
  it('writes no secret, PIN, token or card number to disk, whatever shape it comes in', async () => {
    const dir = tempDir();
    const s = secrets();
    const log = await createFileLogger({ dataDir: dir });
    const basketId = 'c7b1e0a4-5d2f-4e8a-9b3c-1f6d2e8a7b90';

    log.info('tokenx sign-in', { clientId: 'x', clientSecret: s.tokenxSecret, headers: { Authorization: `Basic ${s.basic}` } });
    log.warn(`tokenx refused Authorization: Basic ${s.basic}`);
    log.info('token cached', { accessToken: s.jwt, tokenType: 'Bearer', expiresIn: 900 });
    log.error(`tokenx call failed with Bearer ${s.jwt}`, { request: { authorization: `Bearer ${s.jwt}` } });
    log.info(`token ${s.jwt} expired`);
    log.info('form body', { body: `grant_type=client_credentials&client_secret=${s.tokenxSecret}` });
    log.info('tosla request', { body: { clientId: '1000000494', apiUser: 'POS_ENT_Test_001', apiPass: s.apiPass, hash: s.hash } });
    log.info(`tosla wire ${JSON.stringify({ apiPass: s.apiPass, hash: s.hash, orderId: 'ORD-1' })}`);
    log.warn(`hash mismatch, computed ${s.hash}`);
    log.info('approval', { pin: PINS[0], newPin: PINS[1], managerPin: PINS[2], approvalToken: s.webhookToken });
    log.warn(`sign-in attempt pin=${PINS[0]} rejected`);
    log.info('webhook registered', { callbackAuthHeader: `Bearer ${s.webhookToken}`, expected: `Bearer ${s.webhookToken}` });
    log.warn(`webhook refused: got "Bearer ${s.webhookToken}"`);
    log.error('unexpected error', { error: new Error(`refused client_secret=${s.tokenxSecret}`) });
    for (const card of CARDS) {
      log.info(`card payment ${card} declined`, { cardNumber: card, note: `pan ${card}`, raw: Number(card.replace(/\D/gu, '')) });
    }
    log.info('sold', { basketId, barcode: '8690504012345', amountKurus: 4550, terminalId: 'AV0000000001' });
    await log.close();

    const written = logFiles(log.folder).map((file) => readFileSync(file, 'utf8')).join('');
    const needles = [
      s.tokenxSecret,
      s.basic,
      s.jwt,
      ...s.jwt.split('.'),
      s.apiPass,
      s.hash,
      s.webhookToken,
      ...PINS,
      ...CARDS,
      ...CARDS.map((card) => card.replace(/\D/gu, '')),
    ];
    const hits = needles.filter((needle) => written.includes(needle));
    expect(hits).toEqual([]);
    expect(written.match(/\[redacted\]/gu)?.length).toBeGreaterThan(20);
    // What a support engineer needs is still there.
    for (const kept of [basketId, '8690504012345', 'AV0000000001', '"amountKurus":4550', 'tosla request', 'ORD-1']) {
      expect(written).toContain(kept);
    }
    const lines = written.trim().split('\n').map((line) => JSON.parse(line) as { level: string; message: string; time: string });
    expect(lines.map((line) => line.level)).toContain('warn');
    expect(lines.every((line) => !Number.isNaN(Date.parse(line.time)))).toBe(true);
  });

  it('rolls files by size and keeps only the newest few', async () => {
    const dir = tempDir();
    const maxFileBytes = 32 * 1024;
    const keepFiles = 3;
    const log = await createFileLogger({ dataDir: dir, maxFileBytes, keepFiles });
    const filler = 'x'.repeat(200);
    for (let index = 0; index < 3000; index += 1) {
      // A till logs a line now and then, not in one synchronous burst: let rolls happen between lines.
      if (index % 20 === 0) await new Promise((resolve) => setImmediate(resolve));
      log.info('line', { index, filler });
    }
    await log.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const files = logFiles(log.folder);
    expect(files.length).toBeLessThanOrEqual(keepFiles);
    expect(files.length).toBeGreaterThan(1);
    // A file is rolled after the write that crossed the limit: at most one burst of 20 lines over it.
    for (const file of files) expect(statSync(file).size).toBeLessThan(maxFileBytes + 20 * 400);
    const last = readFileSync(files.at(-1) ?? '', 'utf8').trim().split('\n').at(-1) ?? '';
    expect(JSON.parse(last)).toMatchObject({ index: 2999, message: 'line' });
  });

  it('honours the level', async () => {
    const dir = tempDir();
    const log = await createFileLogger({ dataDir: dir, level: 'warn' });
    log.info('quiet');
    log.warn('loud');
    await log.close();
    const written = logFiles(log.folder).map((file) => readFileSync(file, 'utf8')).join('');
    expect(written).toContain('loud');
    expect(written).not.toContain('quiet');
  });
});

describe('redaction rules', () => {
  it('leaves ids, hex hashes, paths, barcodes and times alone', () => {
    for (const text of [
      'basket 7d3e5f10-2b4c-4d8e-9a61-0c5b7e2f4a93 sent',
      'audit row 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
      '/tmp/pos-e2e-Xy12ab/training/tokenx-simulator.json',
      'C:\\Users\\Kasiyer\\AppData\\Roaming\\Tezgah POS\\logs',
      'EAN 8690504012345 at 1767225600000',
      'tokenx call /v1/baskets/AV0000000001 took 120 ms',
    ]) {
      expect(redactText(text)).toBe(text);
    }
  });

  it('knows a card number from other digits', () => {
    expect(passesLuhn('4111111111111111')).toBe(true);
    expect(passesLuhn('4111111111111112')).toBe(false);
    expect(redactText('ref 4111111111111112')).toBe('ref 4111111111111112');
  });
});
