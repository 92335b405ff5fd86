import { afterEach, describe, expect, it } from 'vitest';
import { callbackHash, freshRnd, requestHash } from '../../src/main/core/tosla/hash';
import { istanbulDateNumber, istanbulTimeSpan } from '../../src/main/core/tosla/istanbulTime';
import { TEST_CREDENTIALS } from './toslaFixture';

/** Callback vectors (§6.4 verified, §10.2 examples): OrderId, MdStatus, BankResponseCode, BankResponseMessage, RequestStatus. */
const CALLBACK_VECTORS: [values: string[], hash: string][] = [
  [['202312034E91', '1', '00', '', '1'], 'CgibjWkLpfx+Cz6cVlbH1ViSW74ouKACVOW0Vrt2SfqPMt+V3hfIx/4LnOgcInFhPci/qcnIMgdN0RptHSmFOg=='],
  [['20231203E148', '0', 'MD:0', '', '0'], 'C7Vbcr3adDhlWEr9vT9oFHikjrjEiv5DSBORu0YnOATkF/YirOziwouAGk8vqB29oeyPBnlFgBih7bLN9YWweQ=='],
  [['ORD-20250314-0001', '1', '00', 'Onaylandı', '1'], 'hiaDnUMaelLlUMKZKy53SXfxKnX7kqwXjkJN4KA6PWT4wnUtFLAmGdkmFAj2QdTiz5aFkR/m9rvV53L9gKdfzw=='],
  [['ORD-20250314-0002', '0', 'MD:0', '', '0'], 'fXs3R3rqB6hXI1PWMaXPRdV3KN3xbLe5//rp7wq1YGlH/lKQ8JRHr8rqA/J1lGNS/B4lgh+07NoO8ukyNLKjaA=='],
  [['ORD-20250314-0003', '1', '51', 'Yetersiz Bakiye', '0'], 'ZR+5KFkQS2BaD5r3LnZHViiunAkKiW5HGuqfH8UIeysnFcD/bsfo/cdop4Qd5pkGXm/wAJwp5tu5ZO+BQNkDpw=='],
];

/** The published vectors are in crossCheck.test.ts, checked against both implementations. */
describe('Tosla request hash', () => {
  it('changes with any credential', () => {
    const hash = requestHash(TEST_CREDENTIALS, 'rand', '20231209201121');
    expect(requestHash({ ...TEST_CREDENTIALS, apiPass: 'other' }, 'rand', '20231209201121')).not.toBe(hash);
    expect(requestHash({ ...TEST_CREDENTIALS, clientId: '1000000495' }, 'rand', '20231209201121')).not.toBe(hash);
  });

  it.each(CALLBACK_VECTORS)('reproduces the callback vector %j', (values, hash) => {
    const { clientId, apiUser, apiPass } = TEST_CREDENTIALS;
    expect(callbackHash(apiPass, [clientId, apiUser, ...values])).toBe(hash);
  });

  it('makes a fresh 24-character rnd every time', () => {
    const seen = new Set(Array.from({ length: 200 }, () => freshRnd()));
    expect(seen.size).toBe(200);
    for (const rnd of seen) expect(rnd).toMatch(/^[0-9A-F]{24}$/u);
  });
});

describe('GMT+3 timeSpan', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  it('formats explicit instants in GMT+3, not UTC', () => {
    expect(istanbulTimeSpan(Date.parse('2023-12-09T17:11:21Z'))).toBe('20231209201121');
    expect(istanbulTimeSpan(Date.parse('2025-03-14T21:30:00Z'))).toBe('20250315003000');
    expect(istanbulDateNumber(Date.parse('2025-03-14T21:30:00Z'))).toBe(20250315);
    expect(istanbulDateNumber(Date.parse('2025-03-14T20:59:59Z'))).toBe(20250314);
  });

  it.each(['America/Los_Angeles', 'UTC', 'Asia/Tokyo', 'Pacific/Kiritimati'])(
    'gives the same stamp when the process runs in %s',
    (zone) => {
      process.env.TZ = zone;
      const instant = Date.parse('2024-06-30T22:15:07Z');
      expect(new Date(instant).getTimezoneOffset()).not.toBe(-180);
      expect(istanbulTimeSpan(instant)).toBe('20240701011507');
    },
  );
});
