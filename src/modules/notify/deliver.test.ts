import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundleText, decideDelivery, retryDelayMs, throttledUntil } from './deliver.js';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261205) });

const LADDER_STATES = ['active', 'acknowledged', 'ended', undefined];

describe('decideDelivery', () => {
  it('sends a page that needs an acknowledgement only while its ladder is active', () => {
    expect(decideDelivery({ requiresAck: true }, 'active')).toBe('send');
    expect(decideDelivery({ requiresAck: true }, 'acknowledged')).toBe('cancel');
    expect(decideDelivery({ requiresAck: true }, 'ended')).toBe('cancel');
    expect(decideDelivery({ requiresAck: true }, undefined)).toBe('cancel');
  });

  it('always sends an informational page (or a test page, which has no ladder)', () => {
    for (const state of LADDER_STATES) expect(decideDelivery({ requiresAck: false }, state)).toBe('send');
  });

  it('never sends a page that needs an acknowledgement once its ladder is acknowledged or ended', () => {
    fc.assert(fc.property(fc.constantFrom(...LADDER_STATES), (state) => (decideDelivery({ requiresAck: true }, state) === 'send') === (state === 'active')));
  });
});

describe('retryDelayMs', () => {
  it('backs off 30 s, 1 min, 2 min … up to 15 min, or waits as long as the provider asked', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => retryDelayMs(n) / 1000)).toEqual([30, 60, 120, 240, 480, 900, 900]);
    expect(retryDelayMs(1, 300_000)).toBe(300_000);
    expect(retryDelayMs(5, 1_000)).toBe(480_000);
  });

  it('never shrinks with more attempts, and never waits less than the provider asked', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50 }), fc.option(fc.integer({ min: 0, max: 86_400_000 }), { nil: undefined }), (attempts, retryAfter) => {
        const delay = retryDelayMs(attempts, retryAfter);
        return delay >= retryDelayMs(Math.max(0, attempts - 1), retryAfter) && delay >= (retryAfter ?? 0) && delay >= 30_000;
      }),
    );
  });
});

describe('bundleText', () => {
  it('sends one page as it is, and several to one address as one message listing the tickets', () => {
    expect(bundleText([{ ticketNumber: 'HD-7', subject: '[HD-7] P1: Core switch down' }], 'Reply ACK.')).toEqual({ subject: '[HD-7] P1: Core switch down', text: '[HD-7] P1: Core switch down. Reply ACK.' });
    expect(bundleText([{ ticketNumber: 'HD-7', subject: 'a' }, { ticketNumber: 'HD-9', subject: 'b' }], 'Reply ACK.')).toEqual({ subject: '2 tickets need you: HD-7, HD-9', text: '2 tickets need you: HD-7, HD-9. Reply ACK.' });
  });
});

describe('throttledUntil', () => {
  it('never lets a second message to one phone out before the method’s gap has passed', () => {
    fc.assert(
      fc.property(fc.constantFrom('voice', 'sms', 'email', 'webhook'), fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 120_000 }), (method, last, gap) => {
        const until = throttledUntil(method, last, last + gap);
        return until === null ? true : until > last + gap && until <= last + 60_000;
      }),
    );
  });
});
