import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_FOLLOW_UP, mayResendOnItsOwn, pollFloorForAge, settledWatchWindow } from '../../src/main/core/checkout/followUpPolicy';
import { Poller } from '../../src/main/core/checkout/poller';

afterEach(() => {
  vi.useRealTimers();
});

describe('follow-up policy', () => {
  it('sends a never-seen basket again on its own only while it is young and from the same Istanbul day', () => {
    const made = Date.parse('2026-11-30T10:00:00Z');
    expect(mayResendOnItsOwn(made, made + 60_000, DEFAULT_FOLLOW_UP)).toBe(true);
    expect(mayResendOnItsOwn(made, made + 2 * 60_000 + 1, DEFAULT_FOLLOW_UP)).toBe(false);
    // 23:59:30 and 00:00:30 in Istanbul (UTC+3) are a minute apart but on two days.
    const beforeMidnight = Date.parse('2026-11-30T20:59:30Z');
    expect(mayResendOnItsOwn(beforeMidnight, beforeMidnight + 60_000, DEFAULT_FOLLOW_UP)).toBe(false);
    expect(mayResendOnItsOwn(beforeMidnight - 60_000, beforeMidnight, DEFAULT_FOLLOW_UP)).toBe(true);
  });

  it('reads long-open baskets less often, never less than every five minutes', () => {
    expect(pollFloorForAge(10_000)).toBe(1_000);
    expect(pollFloorForAge(10 * 60_000)).toBe(60_000);
    expect(pollFloorForAge(5 * 60 * 60_000)).toBe(5 * 60_000);
  });

  it('reads paid and hand-recorded baskets for the void window, cancels and declines for the late window, refusals never', () => {
    const policy = { windowMs: 30 * 60_000, lateWindowMs: 5 * 60_000 };
    expect(settledWatchWindow('paid', false, policy)).toBe(30 * 60_000);
    expect(settledWatchWindow('declined', true, policy)).toBe(30 * 60_000);
    for (const state of ['cancelled-on-device', 'declined', 'deleted'] as const) expect(settledWatchWindow(state, false, policy)).toBe(5 * 60_000);
    for (const state of ['rejected', 'device-busy', 'dropped', 'receipt-voided'] as const) expect(settledWatchWindow(state, false, policy)).toBeNull();
  });
});

describe('poller', () => {
  it('waits at least as long as TokenX asked (Retry-After) before the next read', async () => {
    vi.useFakeTimers();
    const reads: number[] = [];
    const poller = new Poller(
      () => ({ initialMs: 100, maxMs: 1_000, factor: 2 }),
      async () => {
        reads.push(Date.now());
        return { final: false, changed: false, notBeforeMs: reads.length === 1 ? 30_000 : 0 };
      },
      () => undefined,
    );
    const start = Date.now();
    poller.track('b1');
    await vi.advanceTimersByTimeAsync(100);
    expect(reads).toEqual([start + 100]);
    await vi.advanceTimersByTimeAsync(29_999);
    expect(reads).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(reads).toEqual([start + 100, start + 30_100]);
    poller.stopAll();
  });
});
