/**
 * Look-alike domains: a sender domain built to pass for one the client knows. The tricks, strongest
 * first: look-alike characters (Unicode confusables, punycode, `rn` for `m`), the known domain
 * placed in front of another (`acme.com.evil.net`), another ending (`acme.co`), a hyphen added or
 * removed, a typo (Damerau–Levenshtein), a word added with a hyphen (`acme-payments.com`).
 */
import { mixedScripts, skeleton } from './confusables.js';
import { parseDomain, type DomainName } from './domains.js';
import { editDistance } from './edit-distance.js';

export type LookalikeKind = 'confusable' | 'subdomain' | 'tld_swap' | 'hyphen' | 'typo' | 'combo';

/** Strongest first: when one domain matches several ways, the first kind is reported. */
const KIND_ORDER: LookalikeKind[] = ['confusable', 'subdomain', 'tld_swap', 'hyphen', 'typo', 'combo'];

/** A known domain prepared for comparison. */
export interface KnownDomain extends DomainName {
  /** The registrable domain as shown (`acme.com`). */
  shown: string;
  labelSkeleton: string;
  labelWithoutHyphens: string;
}

/** The known domains of one context, prepared once. */
export interface KnownDomains {
  list: KnownDomain[];
  /** Registrable domains (ASCII): a sender under one of these is the organisation itself. */
  registrables: Set<string>;
}

/** A sender domain that passes for a known one. */
export interface Lookalike {
  kind: LookalikeKind;
  target: KnownDomain;
  /** Why, in plain words. */
  detail: string;
}

const prepared = new WeakMap<readonly string[], { length: number; index: KnownDomains }>();

/**
 * Prepares known domains, cached per array since one context serves many messages (an array that
 * grew or shrank in place is prepared again; one edited in place at the same length is not).
 */
export function indexKnownDomains(domains: readonly string[]): KnownDomains {
  const cached = prepared.get(domains);
  if (cached && cached.length === domains.length) return cached.index;
  const byRegistrable = new Map<string, KnownDomain>();
  for (const raw of domains) {
    const parsed = parseDomain(raw);
    if (!parsed || byRegistrable.has(parsed.registrable)) continue;
    const shown = parsed.suffix ? `${parsed.label}.${parsed.suffix}` : parsed.label;
    byRegistrable.set(parsed.registrable, {
      ...parsed,
      shown,
      labelSkeleton: skeleton(parsed.label),
      labelWithoutHyphens: parsed.label.replace(/-/g, ''),
    });
  }
  const index = { list: [...byRegistrable.values()], registrables: new Set(byRegistrable.keys()) };
  prepared.set(domains, { length: domains.length, index });
  return index;
}

/**
 * How many edits still count as a typo of a label of this length. Short names get none: one
 * letter changed in a three-letter name makes another name, not a look-alike.
 */
export function typoLimit(labelLength: number): number {
  if (labelLength <= 3) return 0;
  return labelLength <= 7 ? 1 : 2;
}

function shownName(domain: DomainName): string {
  return domain.ascii === domain.unicode ? domain.unicode : `${domain.unicode} (written ${domain.ascii})`;
}

function matchKind(candidate: DomainName, candidateSkeleton: string, known: KnownDomain): LookalikeKind | null {
  const sameLabel = candidate.label === known.label;
  if (!sameLabel && candidateSkeleton === known.labelSkeleton) return 'confusable';
  if (sameLabel && candidate.suffix !== known.suffix && skeleton(candidate.suffix) === skeleton(known.suffix)) return 'confusable';
  const sub = `.${candidate.subdomain}.`;
  if (sub.length > 2 && (sub.includes(`.${known.registrable}.`) || sub.includes(`.${known.registrable.replace(/\./g, '-')}.`))) {
    return 'subdomain';
  }
  if (sameLabel && candidate.suffix !== known.suffix) return 'tld_swap';
  if (!sameLabel && candidate.label.replace(/-/g, '') === known.labelWithoutHyphens) return 'hyphen';
  const limit = typoLimit(Array.from(known.label).length);
  if (limit > 0 && !sameLabel && editDistance(candidate.label, known.label, limit) <= limit) return 'typo';
  // A dot added or moved changes where the registrable domain starts, so compare whole names too.
  if (limit > 0 && editDistance(candidate.unicode, known.shown, limit) <= limit) return 'typo';
  if (Array.from(known.label).length >= 5 && !sameLabel && candidate.label.split('-').includes(known.label)) return 'combo';
  return null;
}

/** Why a domain passes for a known one, in plain words; `subject` names it ("The sender's domain"). */
export function describeLookalike(kind: LookalikeKind, candidate: DomainName, known: KnownDomain, subject: string): string {
  const name = `${subject} ${shownName(candidate)}`;
  const target = known.shown;
  switch (kind) {
    case 'confusable': {
      const scripts = mixedScripts(candidate.label);
      const how = scripts ? `it mixes ${scripts.join(' and ')} letters` : 'some of its letters only look like the real ones';
      return `${name} is made to look like ${target}, a domain you know: ${how}.`;
    }
    case 'subdomain':
      return `${name} only starts with ${target}; the mail really comes from ${candidate.registrable}.`;
    case 'tld_swap':
      return `${name} has the name of ${target}, a domain you know, under another ending (.${candidate.suffix} instead of .${known.suffix}).`;
    case 'hyphen':
      return `${name} is ${target}, a domain you know, with a hyphen added or removed.`;
    case 'typo':
      return `${name} is a letter or two away from ${target}, a domain you know.`;
    case 'combo':
      return `${name} is ${target}, a domain you know, with a word added.`;
  }
}

/**
 * The way a sender domain passes for a known one, or null. A domain under a known registrable
 * domain is that organisation, never a look-alike.
 */
export function findLookalike(candidate: DomainName, known: KnownDomains): Lookalike | null {
  if (known.registrables.has(candidate.registrable)) return null;
  const candidateSkeleton = skeleton(candidate.label);
  let best: { kind: LookalikeKind; target: KnownDomain } | null = null;
  for (const target of known.list) {
    const kind = matchKind(candidate, candidateSkeleton, target);
    if (kind && (!best || KIND_ORDER.indexOf(kind) < KIND_ORDER.indexOf(best.kind))) best = { kind, target };
  }
  return best ? { ...best, detail: describeLookalike(best.kind, candidate, best.target, "The sender's domain") } : null;
}
