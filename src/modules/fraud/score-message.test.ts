import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildFraudContext, buildFraudInput } from '../../../test/support/fraud.js';
import { DEFAULT_THRESHOLD, DEFAULT_WEIGHTS, MAX_SCORE, scoreMessage, type FraudInput } from './index.js';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261204) });

const codes = (input: Partial<FraudInput>, context = buildFraudContext()) => scoreMessage(buildFraudInput(input), context).reasons.map((r) => r.code);

describe('scoreMessage', () => {
  it('gives a harmless message from a known person nothing', () => {
    expect(scoreMessage(buildFraudInput(), buildFraudContext())).toEqual({ score: 0, flagged: false, reasons: [] });
  });

  it('flags a bank-detail change from a known sender whose authentication passes (a hijacked real mailbox)', () => {
    const result = scoreMessage(
      buildFraudInput({
        from: { address: 'greg.harlan@summitdentalsupply.com', name: 'Greg Harlan' },
        subject: 'RE: Invoice 88401',
        text: 'Please note our bank details have changed, so the payment for invoice 88401 should go to our new account.',
      }),
      buildFraudContext(),
    );
    expect(result.flagged).toBe(true);
    expect(result.reasons.map((r) => r.code)).toEqual(['bank_change_language', 'payment_language']);
  });

  it("flags a large urgent wire from a known sender, but not the same sender's routine invoice", () => {
    const urgent = buildFraudInput({ subject: 'Closing funds', text: 'Please wire USD 400000 to the escrow account today, it is time-critical.' });
    const routine = buildFraudInput({ subject: 'Invoice 88214', text: 'Attached is invoice 88214 for $3,412.50, payment due net 30.' });
    expect(scoreMessage(urgent, buildFraudContext()).flagged).toBe(true);
    expect(scoreMessage(routine, buildFraudContext()).flagged).toBe(false);
  });

  it("flags a look-alike domain caught at another client, at every client", () => {
    const input = buildFraudInput({ from: { address: 'billing@0ffice365-billing.com', name: null }, text: 'Your payment was declined, update your payment information.' });
    const lookalikeDomains = ['0ffice365-billing.com'];
    for (const knownDomains of [['harbordental.com'], ['pinecrestlogistics.com']]) {
      const result = scoreMessage(input, buildFraudContext({ knownDomains, lookalikeDomains }));
      expect(result.reasons.map((r) => r.code)).toContain('known_lookalike_domain');
      expect(result.flagged).toBe(true);
    }
  });

  it('names the look-alike domain on its reason, for the caller to remember for every client', () => {
    const result = scoreMessage(buildFraudInput({ from: { address: 'ap@mail.harbor-dental.com', name: null } }), buildFraudContext());
    expect(result.reasons.find((r) => r.code === 'lookalike_domain')).toMatchObject({ domain: 'harbor-dental.com', weight: DEFAULT_WEIGHTS.lookalike.hyphen });
  });

  it('reports a newly seen sender domain, however the seen list spells it', () => {
    expect(codes({ from: { address: 'sales@routewise.example', name: null } })).toEqual(['new_sender_domain']);
    const context = buildFraudContext({ seenDomains: ['RouteWise.Example.', 'mail.other.example'] });
    expect(codes({ from: { address: 'sales@eu.routewise.example', name: null } }, context)).toEqual([]);
  });

  it('calls no domain newly seen when the desk has no history to compare with (a corpus run)', () => {
    expect(codes({ from: { address: 'sales@routewise.example', name: null } }, buildFraudContext({ seenDomains: null }))).toEqual([]);
  });

  it('notices a seen list that grew in place', () => {
    const context = buildFraudContext();
    const input = buildFraudInput({ from: { address: 'sales@routewise.example', name: null } });
    expect(scoreMessage(input, context).score).toBe(DEFAULT_WEIGHTS.newSenderDomain);
    context.seenDomains!.push('routewise.example');
    expect(scoreMessage(input, context).score).toBe(0);
  });

  it('reports a mixed-script domain that imitates no known domain', () => {
    expect(codes({ from: { address: 'info@xn--ypal-43d9g.com', name: null } })).toEqual(['mixed_script_domain', 'new_sender_domain']);
  });

  it('reports a From address without a readable domain', () => {
    expect(codes({ from: { address: 'undisclosed-recipients', name: null } })).toEqual(['unreadable_sender']);
  });

  it('sums the weights, strongest reason first, and caps the score at 100', () => {
    const result = scoreMessage(
      buildFraudInput({
        from: { address: 'alan.brooks@harbor-dental.com', name: 'Alan Brooks' },
        replyTo: ['alan@gmail.com'],
        text: 'Urgent and strictly confidential: wire $400,000 to our new bank account today.',
        authResults: { spf: 'fail', dkim: 'fail', dmarc: 'fail' },
      }),
      buildFraudContext(),
    );
    const sum = result.reasons.reduce((s, r) => s + r.weight, 0);
    expect(sum).toBeGreaterThan(MAX_SCORE);
    expect(result.score).toBe(MAX_SCORE);
    expect(result.reasons.map((r) => r.weight)).toEqual([...result.reasons.map((r) => r.weight)].sort((a, b) => b - a));
  });

  it("flags at the client's threshold, the default when it is not a number", () => {
    const input = buildFraudInput({ from: { address: 'sales@routewise.example', name: null }, text: 'Attached is our invoice.' });
    const { score } = scoreMessage(input, buildFraudContext());
    expect(scoreMessage(input, buildFraudContext({ threshold: score })).flagged).toBe(true);
    expect(scoreMessage(input, buildFraudContext({ threshold: score + 1 })).flagged).toBe(false);
    expect(scoreMessage(input, buildFraudContext({ threshold: Number.NaN })).flagged).toBe(score >= DEFAULT_THRESHOLD);
  });

  it('takes other weights: a signal weighted 0 gives no reason', () => {
    const input = buildFraudInput({ from: { address: 'sales@routewise.example', name: null } });
    expect(scoreMessage(input, buildFraudContext(), { weights: { ...DEFAULT_WEIGHTS, newSenderDomain: 0 } })).toEqual({ score: 0, flagged: false, reasons: [] });
    expect(scoreMessage(input, buildFraudContext(), { weights: { ...DEFAULT_WEIGHTS, newSenderDomain: 55 } }).flagged).toBe(true);
  });
});

describe('scoreMessage properties', () => {
  const text = fc.string({ unit: 'grapheme', maxLength: 60 });
  const address = fc.oneof(fc.emailAddress(), text, fc.constant(''), fc.constant('<>'));
  const input = fc.record({
    from: fc.record({ address, name: fc.option(text) }),
    replyTo: fc.array(address, { maxLength: 3 }),
    returnPath: fc.option(address),
    subject: text,
    text,
    authResults: fc.option(fc.record({ spf: text, dkim: fc.constantFrom('pass', 'fail', 'none', 'x'), dmarc: text }, { requiredKeys: [] })),
  });
  const context = fc.record({
    knownDomains: fc.array(fc.oneof(fc.domain(), text), { maxLength: 4 }),
    knownPeople: fc.array(fc.record({ name: text, address }), { maxLength: 4 }),
    seenDomains: fc.array(fc.oneof(fc.domain(), text), { maxLength: 4 }),
    lookalikeDomains: fc.array(fc.oneof(fc.domain(), text), { maxLength: 2 }),
    threshold: fc.oneof(fc.integer({ min: -10, max: 120 }), fc.double()),
  });

  it('never throws, keeps the score within 0–100 as the capped sum of its reasons, and flags by the threshold', () => {
    fc.assert(
      fc.property(input, context, (i, c) => {
        const result = scoreMessage(i, c);
        const sum = result.reasons.reduce((s, r) => s + r.weight, 0);
        expect(result.score).toBe(Math.min(MAX_SCORE, sum));
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.reasons.every((r) => r.weight > 0 && r.detail.length > 0)).toBe(true);
        expect(result.flagged).toBe(result.score >= (Number.isFinite(c.threshold) ? c.threshold : DEFAULT_THRESHOLD));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same answer twice', () => {
    fc.assert(
      fc.property(input, context, (i, c) => {
        expect(scoreMessage(i, c)).toEqual(scoreMessage(i, c));
      }),
      { numRuns: 100 },
    );
  });
});
