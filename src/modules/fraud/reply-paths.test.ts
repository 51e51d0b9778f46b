import { describe, expect, it } from 'vitest';
import { buildFraudContext, buildFraudInput } from '../../../test/support/fraud.js';
import { scoreMessage } from './score-message.js';
import { DEFAULT_WEIGHTS } from './weights.js';

const reasonFor = (replyTo: string[], returnPath: string | null, code: string) =>
  scoreMessage(buildFraudInput({ replyTo, returnPath }), buildFraudContext()).reasons.find((r) => r.code === code);

describe('Reply-To', () => {
  it("in the sender's own organisation, subdomains included, is fine", () => {
    expect(reasonFor(['maria@harbordental.com', 'Desk <help@support.harbordental.com>'], null, 'reply_to_mismatch')).toBeUndefined();
  });

  it('elsewhere is reported with where replies would go', () => {
    const found = reasonFor(['maria.lopez.harbordental@gmail.com'], null, 'reply_to_mismatch');
    expect(found?.weight).toBe(DEFAULT_WEIGHTS.replyTo.foreign);
    expect(found?.detail).toContain('maria.lopez.harbordental@gmail.com');
    expect(found?.detail).toContain('free-mail');
  });

  it('on a look-alike of a known domain weighs most, and a known domain least', () => {
    expect(reasonFor(['billing@summitdentalsuply.com'], null, 'reply_to_mismatch')?.weight).toBe(DEFAULT_WEIGHTS.replyTo.lookalike);
    expect(reasonFor(['orders@summitdentalsupply.com'], null, 'reply_to_mismatch')?.weight).toBe(DEFAULT_WEIGHTS.replyTo.known);
  });

  it('on a domain caught as a look-alike at another client weighs like a look-alike', () => {
    const context = buildFraudContext({ lookalikeDomains: ['0ffice365-billing.com'] });
    const found = scoreMessage(buildFraudInput({ replyTo: ['billing@0ffice365-billing.com'] }), context).reasons.find((r) => r.code === 'reply_to_mismatch');
    expect(found?.weight).toBe(DEFAULT_WEIGHTS.replyTo.lookalike);
    expect(found?.detail).toContain('already caught');
  });

  it('on a free-mail provider counts as foreign even when a contact uses that provider', () => {
    const context = buildFraudContext({ knownDomains: ['harbordental.com', 'gmail.com'] });
    const found = scoreMessage(buildFraudInput({ replyTo: ['someone@gmail.com'] }), context).reasons.find((r) => r.code === 'reply_to_mismatch');
    expect(found?.weight).toBe(DEFAULT_WEIGHTS.replyTo.foreign);
  });

  it('reports the worst of several addresses', () => {
    expect(reasonFor(['orders@summitdentalsupply.com', 'x@harbor-dental.com'], null, 'reply_to_mismatch')?.weight).toBe(DEFAULT_WEIGHTS.replyTo.lookalike);
  });
});

describe('Return-Path', () => {
  it('outside the From domain weighs little, on a look-alike much', () => {
    expect(reasonFor([], 'bounces+123@em.sendgrid.net', 'return_path_mismatch')?.weight).toBe(DEFAULT_WEIGHTS.returnPath.foreign);
    expect(reasonFor([], 'bounce@harbordenta1.com', 'return_path_mismatch')?.weight).toBe(DEFAULT_WEIGHTS.returnPath.lookalike);
  });

  it('absent, the null sender, or the same organisation give nothing', () => {
    for (const path of [null, '', '<>', 'bounce@mail.harbordental.com']) {
      expect(reasonFor([], path, 'return_path_mismatch'), String(path)).toBeUndefined();
    }
  });
});
