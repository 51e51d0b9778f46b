import { describe, expect, it } from 'vitest';
import { FailureLimiter } from './rate-limit.js';

describe('failed-login limiter', () => {
  it('blocks a key after the limit within the window and lets it try again once the window passes', () => {
    const limiter = new FailureLimiter(3, 60_000);
    for (let i = 0; i < 3; i++) limiter.fail('alice', 1000 + i);
    expect(limiter.retryAfter('alice', 2000)).toBe(1000 + 60_000 - 2000);
    expect(limiter.retryAfter('bob', 2000)).toBe(0);
    expect(limiter.retryAfter('alice', 61_001)).toBe(0);
  });

  it('forgets keys whose failures are older than the window, so a spray of names does not pile up', () => {
    const limiter = new FailureLimiter(5, 60_000);
    for (let i = 0; i < 1000; i++) limiter.fail(`user${i}@example.com`, 1000);
    expect(limiter.size).toBe(1000);
    limiter.fail('late@example.com', 1000 + 60_001);
    expect(limiter.size).toBe(1);
  });

  it('holds at most its cap of keys, dropping the one that failed longest ago', () => {
    const limiter = new FailureLimiter(5, 60_000, 100);
    for (let i = 0; i < 250; i++) limiter.fail(`k${i}`, 1000 + i);
    expect(limiter.size).toBe(100);
    for (let i = 0; i < 4; i++) limiter.fail('k249', 2000);
    expect(limiter.retryAfter('k249', 2001)).toBeGreaterThan(0);
  });
});
