import { afterEach, describe, expect, it } from 'vitest';
import { VENDOR_TEST_CREDENTIALS, callbackHash, freshRnd, requestHash } from '../../src/main/core/tosla/hash';
import {
  istanbulDateNumber,
  istanbulTimeSpan,
  parseTimeSpan,
} from '../../src/main/core/tosla/istanbulTime';

/** Every request-hash vector in reference/tosla-protocol.md (§3 table and §10 examples). */
const REQUEST_VECTORS: [rnd: string, timeSpan: string, hash: string][] = [
  ['rand', '20231209201121', 'BwZ05tt0aNgIgtrrqmlTwSIaeetpQyyGLH6xTsQbHae7ANCIVKmLHPxYWk5XP3Li5fr4La1bZS9/43OihP0dig=='],
  ['rand-212s', '20231209215355', 'jcgZOAf/m/E1uwYXmOPrdgqXRuEmVuG3Q14yri0okhULvRDbAicyAU8hflUP634yRRSZkOnIOeLZNqXfLhzz7g=='],
  ['rand', '20231209214708', '+XGO1qv+6W7nXZwSsYMaRrWXhi+99jffLvExGsFDodYyNadOG7OQKsygzly5ESDoNIS19oD2U+hSkVeT6UTAFA=='],
  ['raranra', '20231209213944', 'bLp8WNYiaKrnW+EfwHuUZ1ovao0laSeuU/DqUMhjI40QNWdcHJWRKpkoE+eb1U07GGDgsIKKvx9nh84s6K1+pQ=='],
  ['rand-123', '20231209215355', 'csrJh00U/nYGim8jPp9uddRdRvEWZf8pYu9Elss5RtA9JQt6DRkXxrTTY4iYQt5iABp5bj+/RYhlnTflyD9eBw=='],
  ['3A9F0C2B7E4D1F6A8B5C3D2E', '20250314103015', 'PVolZ9GLDcUlxn9HaBeLeHK+P83J6ri2my//hz6aAx9SgtyZeA8YnuaN/+CDN/p9pYjgtXk6WQSF82QfP7YNOw=='],
  ['B71E44C09A3F2D58E6017C9A', '20250314103502', 'a+6DMxj7bDhERaJTPRbYnu/pgmjhSi/A7rPe2aKoszzAUhq3Joi7X8BFCehB5bhE+cD6gSVIPAecsX/I3Af9iw=='],
  ['5D0A7C3E9B1F4862A0C7E5D3', '20250314104210', '34EmlWzUpwqFAaAobWA7gmgs2hmRaP/NOWKWQ6szNpxhoS48ba6W6htIhmFp+GNgsuDfBdPXwdQzY08ttFRQyg=='],
  ['E2C94A1B07D35F68B9A0C1D2', '20250314111800', 'i3MUPwr3b2q88RKWObOZQXTcoT+0MK338vnYfQjS2Jn40WPl6q31+qSHs4MW3+qTKuHuqP9ubt8Aa4C7ZdKvrg=='],
  ['0F7B2D9C4E6A1358B2C0D7E9', '20250314112745', 'aGVL8ytFifa9w+tm7GbLKXgUVsjzMlbESCYGJMJ+d2OmRGCL2ZVNAn52Tt+KSeJVsrccaR2w39TPOLpXYhxyhA=='],
  ['C4A18E3F5B9D0276E1A3C5B7', '20250315093000', 'JASylC1u7zl1IzkSZt175QQ3FxozZ1QlAVsYhZ6Diiqba6sfe3vBZhk5OvCx3rs/MyjlIa+jTIrMa5oYqb3rBw=='],
  ['9E3B7D1A5C0F2468ACE13579', '20250315094512', 'MbegOSCvNuIYO2fsRfB5LTk0NM28CsiW4Fa/0VdPjY2oiAiSWpl5Cls5rmnXQa7e1499TlRsKH4hVQiO8nBeKw=='],
];

/** Callback vectors (§6.4 verified, §10.2 examples): OrderId, MdStatus, BankResponseCode, BankResponseMessage, RequestStatus. */
const CALLBACK_VECTORS: [values: string[], hash: string][] = [
  [['202312034E91', '1', '00', '', '1'], 'CgibjWkLpfx+Cz6cVlbH1ViSW74ouKACVOW0Vrt2SfqPMt+V3hfIx/4LnOgcInFhPci/qcnIMgdN0RptHSmFOg=='],
  [['20231203E148', '0', 'MD:0', '', '0'], 'C7Vbcr3adDhlWEr9vT9oFHikjrjEiv5DSBORu0YnOATkF/YirOziwouAGk8vqB29oeyPBnlFgBih7bLN9YWweQ=='],
  [['ORD-20250314-0001', '1', '00', 'Onaylandı', '1'], 'hiaDnUMaelLlUMKZKy53SXfxKnX7kqwXjkJN4KA6PWT4wnUtFLAmGdkmFAj2QdTiz5aFkR/m9rvV53L9gKdfzw=='],
  [['ORD-20250314-0002', '0', 'MD:0', '', '0'], 'fXs3R3rqB6hXI1PWMaXPRdV3KN3xbLe5//rp7wq1YGlH/lKQ8JRHr8rqA/J1lGNS/B4lgh+07NoO8ukyNLKjaA=='],
  [['ORD-20250314-0003', '1', '51', 'Yetersiz Bakiye', '0'], 'ZR+5KFkQS2BaD5r3LnZHViiunAkKiW5HGuqfH8UIeysnFcD/bsfo/cdop4Qd5pkGXm/wAJwp5tu5ZO+BQNkDpw=='],
];

describe('Tosla request hash', () => {
  it.each(REQUEST_VECTORS)('reproduces the published vector rnd=%s timeSpan=%s', (rnd, timeSpan, hash) => {
    expect(requestHash(VENDOR_TEST_CREDENTIALS, rnd, timeSpan)).toBe(hash);
  });

  it('changes with any credential', () => {
    const [rnd, timeSpan, hash] = REQUEST_VECTORS[0] ?? ['', '', ''];
    expect(requestHash({ ...VENDOR_TEST_CREDENTIALS, apiPass: 'other' }, rnd, timeSpan)).not.toBe(hash);
    expect(requestHash({ ...VENDOR_TEST_CREDENTIALS, clientId: '1000000495' }, rnd, timeSpan)).not.toBe(hash);
  });

  it.each(CALLBACK_VECTORS)('reproduces the callback vector %j', (values, hash) => {
    const { clientId, apiUser, apiPass } = VENDOR_TEST_CREDENTIALS;
    expect(callbackHash(apiPass, [clientId, apiUser, ...values])).toBe(hash);
  });

  it('makes a fresh 24-character rnd every time', () => {
    const seen = new Set(Array.from({ length: 200 }, () => freshRnd()));
    expect(seen.size).toBe(200);
    for (const rnd of seen) expect(rnd).toMatch(/^[0-9A-F]{24}$/u);
  });
});

describe('Istanbul timeSpan', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  it('formats explicit instants in Istanbul time (UTC+3), not UTC', () => {
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

  it('reads stamps back, refusing impossible dates', () => {
    expect(parseTimeSpan('20231209201121')).toBe(Date.parse('2023-12-09T17:11:21Z'));
    expect(parseTimeSpan('20231309201121')).toBeNull();
    expect(parseTimeSpan('20230230101010')).toBeNull();
    expect(parseTimeSpan('2023120920112')).toBeNull();
    expect(parseTimeSpan('2023-12-09T20:11')).toBeNull();
  });
});
