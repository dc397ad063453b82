import { describe, expect, it } from 'vitest';
import { parseRetryAfter, retryDelayMs } from '../../src/publish/retry.js';

const settings = { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 1_000 };

describe('retry delays', () => {
  it('doubles the jitter ceiling each retry and caps it', () => {
    const top = () => 0.999_999;
    expect([0, 1, 2, 3, 4, 5].map((n) => retryDelayMs(n, settings, top))).toEqual([
      99, 199, 399, 799, 999, 999,
    ]);
  });

  it('draws the whole range down to zero (full jitter)', () => {
    expect(retryDelayMs(3, settings, () => 0)).toBe(0);
    expect(retryDelayMs(3, settings, () => 0.5)).toBe(400);
  });

  it('waits for a longer Retry-After, but never past the cap', () => {
    expect(retryDelayMs(0, settings, () => 0.5, 700)).toBe(700);
    expect(retryDelayMs(0, settings, () => 0.5, 60_000)).toBe(1_000);
    expect(retryDelayMs(2, settings, () => 0.5, 10)).toBe(200);
  });

  it('reads Retry-After as seconds or as a date', () => {
    expect(parseRetryAfter({ 'retry-after': '3' })).toBe(3_000);
    expect(parseRetryAfter({ 'retry-after': '3', 'retry-after-ms': '250' })).toBe(250);
    expect(parseRetryAfter({ 'retry-after': new Date(10_000).toUTCString() }, 4_000)).toBe(6_000);
    expect(parseRetryAfter({ 'retry-after': 'soon' })).toBeNull();
    expect(parseRetryAfter({})).toBeNull();
  });
});
