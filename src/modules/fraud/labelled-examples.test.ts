import { describe, expect, it } from 'vitest';
import { confusionAt, loadFraudExamples, scoreExamples } from '../../../bench/fraud-examples.js';
import { DEFAULT_THRESHOLD } from './index.js';

// The labelled messages in bench/fixtures/fraud; bench/fraud.ts prints the full figures and sweep.
const examples = loadFraudExamples();

describe('the labelled examples', () => {
  it('hold at least 40 messages, about half of them fraud', () => {
    const fraud = examples.filter((e) => e.label === 'fraud').length;
    expect(examples.length).toBeGreaterThanOrEqual(40);
    expect(fraud / examples.length).toBeGreaterThanOrEqual(0.4);
    expect(fraud / examples.length).toBeLessThanOrEqual(0.6);
  });

  it('cover the kinds of fraud the guard is for', () => {
    const kinds = new Set(examples.filter((e) => e.label === 'fraud').map((e) => e.kind));
    for (const kind of ['ceo-fraud', 'vendor-bank-change', 'gift-cards', 'invoice-redirect', 'lookalike-domain', 'compromised-known-sender', 'payroll-diversion']) {
      expect(kinds, kind).toContain(kind);
    }
  });

  it('are classified at the default threshold with precision and recall of at least 90%', () => {
    const result = confusionAt(scoreExamples(examples), DEFAULT_THRESHOLD);
    expect(result.precision).toBeGreaterThanOrEqual(0.9);
    expect(result.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('explain every flag with at least one reason', () => {
    for (const scored of scoreExamples(examples).filter((s) => s.score.flagged)) {
      expect(scored.score.reasons.length, scored.file).toBeGreaterThan(0);
    }
  });
});
