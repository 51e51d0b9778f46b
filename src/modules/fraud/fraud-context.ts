/**
 * A FraudContext prepared for comparison: domains parsed to their registrable form, people indexed
 * by name. Each part is cached per array, so a caller that reuses one client's lists across many
 * messages prepares them once.
 */
import { indexPeople, type PeopleIndex } from './display-name.js';
import { parseDomain, type DomainName } from './domains.js';
import type { FraudContext } from './fraud.js';
import { isFreeMail } from './free-mail.js';
import { findLookalike, indexKnownDomains, type KnownDomains, type Lookalike } from './lookalike.js';
import { DEFAULT_THRESHOLD } from './weights.js';

export interface PreparedContext {
  known: KnownDomains;
  /** Registrable domains seen before (ASCII); null when the history is unknown. */
  seen: Set<string> | null;
  /** Look-alike domains caught at any client: registrable domains and whole host names (ASCII). */
  lookalikes: Set<string>;
  people: PeopleIndex;
  threshold: number;
}

const NONE: readonly never[] = Object.freeze([]);
type Cache = WeakMap<readonly string[], { length: number; set: Set<string> }>;
const registrableSets: Cache = new WeakMap();
const hostSets: Cache = new WeakMap();

function domainSet(domains: readonly string[], withHosts: boolean): Set<string> {
  const domainSets = withHosts ? hostSets : registrableSets;
  const cached = domainSets.get(domains);
  if (cached && cached.length === domains.length) return cached.set;
  const set = new Set<string>();
  for (const raw of domains) {
    const parsed = parseDomain(raw);
    if (!parsed) continue;
    set.add(parsed.registrable);
    if (withHosts) set.add(parsed.ascii);
  }
  domainSets.set(domains, { length: domains.length, set });
  return set;
}

const listOr = <T>(value: readonly T[] | undefined): readonly T[] => (Array.isArray(value) ? value : (NONE as readonly T[]));

/** Prepares a context; missing lists count as empty and an unusable threshold as the default. */
export function prepareContext(context: FraudContext): PreparedContext {
  const threshold = Number.isFinite(context?.threshold) ? context.threshold : DEFAULT_THRESHOLD;
  return {
    known: indexKnownDomains(listOr(context?.knownDomains)),
    seen: context?.seenDomains === null ? null : domainSet(listOr(context?.seenDomains), false),
    // Hosts too: a look-alike may have been recorded as the full host it was seen on.
    lookalikes: domainSet(listOr(context?.lookalikeDomains), true),
    people: indexPeople(listOr(context?.knownPeople)),
    threshold,
  };
}

/** How a domain other than the sender's own is judged: look-alike, known, or neither. */
export type DomainStanding = { kind: 'lookalike'; lookalike: Lookalike | null } | { kind: 'known' } | { kind: 'foreign' };

/**
 * Whether a domain is known (an organisation the client deals with, never free mail), a look-alike
 * (of a known domain, or already caught at any client), or foreign.
 */
export function standingOf(domain: DomainName, context: PreparedContext): DomainStanding {
  if (context.known.registrables.has(domain.registrable)) return isFreeMail(domain.registrable) ? { kind: 'foreign' } : { kind: 'known' };
  const lookalike = findLookalike(domain, context.known);
  if (lookalike || context.lookalikes.has(domain.registrable) || context.lookalikes.has(domain.ascii)) return { kind: 'lookalike', lookalike };
  return { kind: 'foreign' };
}
