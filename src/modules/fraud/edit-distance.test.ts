import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance } from './edit-distance.js';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261204) });

/** The textbook full-matrix optimal-string-alignment distance, as the reference. */
function reference(a: string, b: string): number {
  const s = Array.from(a);
  const t = Array.from(b);
  const d = Array.from({ length: s.length + 1 }, (_, i) => Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[s.length][t.length];
}

const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', '-', '.', 'р'), maxLength: 10 });

describe('editDistance', () => {
  it.each([
    ['acme', 'acme', 0],
    ['acme', 'amce', 1],
    ['acme', 'acm', 1],
    ['acme', 'acne', 1],
    ['acme', 'xacme', 1],
    ['kitten', 'sitting', 3],
    ['ca', 'abc', 3],
    ['', 'abc', 3],
    ['раypal', 'paypal', 2], // Cyrillic р and а
  ])('counts %s → %s as %i', (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
  });

  it('counts a character outside the Basic Multilingual Plane as one', () => {
    expect(editDistance('a𝐚b', 'aab')).toBe(1);
  });

  it('agrees with the full-matrix distance on any two strings', () => {
    fc.assert(fc.property(word, word, (a, b) => editDistance(a, b) === reference(a, b)));
  });

  it('answers max + 1 for anything further than max, and the distance otherwise', () => {
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, max) => {
        expect(editDistance(a, b, max)).toBe(Math.min(reference(a, b), max + 1));
      }),
    );
  });

  it('is symmetric and zero only for equal strings', () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(editDistance(a, b)).toBe(editDistance(b, a));
        expect(editDistance(a, b) === 0).toBe(a === b);
      }),
    );
  });
});
