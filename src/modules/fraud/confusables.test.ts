import { describe, expect, it } from 'vitest';
import { mixedScripts, skeleton } from './confusables.js';

describe('skeleton', () => {
  it.each([
    ['раypal', 'paypal'],
    ['rnicrosoft', 'microsoft'],
    ['micr0soft', 'microsoft'],
    ['paypa1', 'paypal'],
    ['ɡoogle', 'google'],
  ])('gives %s the skeleton of %s', (fake, real) => {
    expect(skeleton(fake)).toBe(skeleton(real));
  });

  it('keeps strings that merely differ apart', () => {
    expect(skeleton('acme')).not.toBe(skeleton('acne'));
    expect(skeleton('münchen')).not.toBe(skeleton('munchen'));
  });
});

describe('mixedScripts', () => {
  it('reports Latin mixed with Cyrillic or Greek', () => {
    expect(mixedScripts('раypal')).toEqual(['Cyrillic', 'Latin']);
    expect(mixedScripts('αcme')).toEqual(['Greek', 'Latin']);
  });

  it('accepts one script, and Latin with the East Asian combinations TR39 allows', () => {
    for (const label of ['bäckerei-schmidt', 'москва', 'ελληνικά', '東京tokyo', 'とうきょう東京', '서울seoul', 'shop24']) {
      expect(mixedScripts(label), label).toBeNull();
    }
  });
});
