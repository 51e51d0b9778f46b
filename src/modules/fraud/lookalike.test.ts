import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDomain } from './domains.js';
import { findLookalike, indexKnownDomains, typoLimit, type LookalikeKind } from './lookalike.js';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261204) });

const KNOWN = ['harbordental.com', 'keller-maschinenbau.de', 'transportesiberica.es', 'ibm.com', 'acme.co.uk', 'lakesideit.com'];

function kindOf(candidate: string, known: readonly string[] = KNOWN): LookalikeKind | null {
  return findLookalike(parseDomain(candidate)!, indexKnownDomains(known))?.kind ?? null;
}

describe('findLookalike', () => {
  it.each([
    ['xn--arbordental-lvk.com', 'confusable'], // Cyrillic һ
    ['hаrbordental.com', 'confusable'], // Cyrillic а, written in Unicode
    ['keller-rnaschinenbau.de', 'confusable'], // rn for m
    ['harb0rdental.com', 'confusable'],
    ['harbordental.com.secure-pay.net', 'subdomain'],
    ['login.harbordental.com.secure-pay.net', 'subdomain'],
    ['harbordental-com.secure-pay.net', 'subdomain'],
    ['harbordental.co', 'tld_swap'],
    ['transportesiberica.com', 'tld_swap'],
    ['ibm.co', 'tld_swap'],
    ['acme.com', 'tld_swap'],
    ['harbor-dental.com', 'hyphen'],
    ['kellermaschinenbau.de', 'hyphen'],
    ['harbordentl.com', 'typo'],
    ['harbordnetal.com', 'typo'],
    ['harbordentall.co', 'typo'],
    ['harbordenatl-x.com', null],
    ['harbordental-billing.com', 'combo'],
    ['lakesideit-support.net', 'combo'],
  ])('reports %s as %s', (candidate, kind) => {
    expect(kindOf(candidate)).toBe(kind);
  });

  it('explains the trick in words that name both domains', () => {
    const found = findLookalike(parseDomain('xn--arbordental-lvk.com')!, indexKnownDomains(KNOWN))!;
    expect(found.detail).toContain('harbordental.com');
    expect(found.detail).toContain('xn--arbordental-lvk.com');
    expect(found.detail).toContain('Cyrillic and Latin');
  });

  it('takes care with short names: a letter changed in a three-letter name is another name', () => {
    expect(kindOf('ibn.com')).toBeNull();
    expect(kindOf('ibmm.com')).toBeNull();
    expect(typoLimit(3)).toBe(0);
    expect(typoLimit(4)).toBe(1);
    expect(typoLimit(8)).toBe(2);
  });

  it('does not call unrelated domains look-alikes', () => {
    for (const candidate of ['gmail.com', 'docusign.net', 'zendesk.com', 'harborfreight.com', 'meridianbank.com', 'acme-tools.com']) {
      expect(kindOf(candidate), candidate).toBeNull();
    }
  });

  it('never reports a known domain, its subdomains, or another spelling of it', () => {
    for (const candidate of ['harbordental.com', 'mail.harbordental.com', 'HARBORDENTAL.COM.', 'eu.acme.co.uk']) {
      expect(kindOf(candidate), candidate).toBeNull();
    }
  });
});

// Domains of lower-case letters and digits (4–12) under a few suffixes, one of them two labels deep.
const labelArb = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'), minLength: 4, maxLength: 12 });
const suffixArb = fc.constantFrom('com', 'net', 'de', 'nl', 'fr', 'es', 'co.uk');
const domainArb = fc.tuple(labelArb, suffixArb).map(([label, suffix]) => `${label}.${suffix}`);
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789-.';

/** One edit (insert, delete, substitute, swap neighbours) at a position, with a character. */
const editArb = fc.record({
  op: fc.constantFrom('insert', 'delete', 'substitute', 'swap'),
  at: fc.nat(),
  char: fc.constantFrom(...ALPHABET),
});

function applyEdit(domain: string, edit: { op: string; at: number; char: string }): string {
  const i = edit.at % (domain.length + (edit.op === 'insert' ? 1 : 0));
  switch (edit.op) {
    case 'insert':
      return domain.slice(0, i) + edit.char + domain.slice(i);
    case 'delete':
      return domain.slice(0, i) + domain.slice(i + 1);
    case 'substitute':
      return domain.slice(0, i) + edit.char + domain.slice(i + 1);
    default:
      return i + 1 < domain.length ? domain.slice(0, i) + domain[i + 1] + domain[i] + domain.slice(i + 2) : domain;
  }
}

/** A host name a mail server would accept: dotted labels, none empty or hyphen-edged. */
const isHostName = (name: string) => name.includes('.') && name.split('.').every((l) => /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(l)) && !/^xn--/.test(name);

describe('findLookalike properties', () => {
  it('reports any host name one edit away from a known domain of four letters or more', () => {
    fc.assert(
      fc.property(domainArb, fc.array(domainArb, { maxLength: 3 }), editArb, (target, others, edit) => {
        const candidate = applyEdit(target, edit);
        const known = [target, ...others];
        const index = indexKnownDomains(known);
        const parsed = parseDomain(candidate);
        fc.pre(isHostName(candidate) && parsed !== null && !index.registrables.has(parsed.registrable));
        expect(findLookalike(parsed!, index), `${candidate} vs ${target}`).not.toBeNull();
      }),
      { numRuns: 2000 },
    );
  });

  it('never reports a known domain, whatever its case, trailing dots or subdomain', () => {
    fc.assert(
      fc.property(fc.array(domainArb, { minLength: 1, maxLength: 5 }), fc.nat(), fc.boolean(), fc.nat({ max: 2 }), labelArb, (known, pick, upper, dots, sub) => {
        const base = known[pick % known.length];
        const spelled = `${sub.length % 2 ? `${sub}.` : ''}${upper ? base.toUpperCase() : base}${'.'.repeat(dots)}`;
        expect(findLookalike(parseDomain(spelled)!, indexKnownDomains(known))).toBeNull();
      }),
    );
  });

  it('gives the same answer whatever the case and trailing dots of either side', () => {
    fc.assert(
      fc.property(domainArb, editArb, fc.boolean(), fc.nat({ max: 2 }), (target, edit, upper, dots) => {
        const candidate = applyEdit(target, edit);
        fc.pre(isHostName(candidate));
        const plain = findLookalike(parseDomain(candidate)!, indexKnownDomains([target]))?.kind ?? null;
        const respelled = `${upper ? candidate.toUpperCase() : candidate}${'.'.repeat(dots)}`;
        const knownRespelled = [`${upper ? target : target.toUpperCase()}.`];
        expect(findLookalike(parseDomain(respelled)!, indexKnownDomains(knownRespelled))?.kind ?? null).toBe(plain);
      }),
    );
  });
});
