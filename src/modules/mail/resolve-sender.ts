/**
 * Sender → contact → client: the contact with the sender's address; else the one client whose
 * contacts write from the sender's domain (free-mail domains never count); else unknown.
 */
import { getDomain } from 'tldts';
import { DEFAULT_THRESHOLD, isFreeMail, type FraudContext } from '../fraud/index.js';
import type { IntakeDeps } from './intake-deps.js';
import { domainOf } from './mail-message.js';
import type { Sender } from './routing.js';

export async function resolveSender(deps: Pick<IntakeDeps, 'db' | 'ports'>, address: string | null | undefined): Promise<Sender> {
  const addr = (address ?? '').trim().toLowerCase();
  if (!addr.includes('@')) return { kind: 'unknown', why: 'no_address' };
  const db = deps.db;
  const contacts = await deps.ports.contactsByEmail(db, addr);
  if (contacts.length > 0) return { kind: 'contact', contactId: contacts[0].id, organizationId: contacts[0].organizationId };
  const domain = domainOf(addr);
  if (isFreeMail(getDomain(domain) ?? domain)) return { kind: 'unknown', why: 'free_mail' };
  const orgs = await deps.ports.organizationsByEmailDomain(db, domain);
  if (orgs.length === 1) return { kind: 'domain', organizationId: orgs[0] };
  return { kind: 'unknown', why: orgs.length > 1 ? 'ambiguous_domain' : 'no_match' };
}

/**
 * What the fraud scorer knows for a message: the fraud workflow's context for the sender's client
 * (its people and domains, the domains it has had mail from, confirmed look-alikes, its threshold)
 * with the MSP's own mailbox domains added; without that port, the client's contacts alone, no
 * sender history and the desk's threshold.
 */
export async function fraudContextFor(deps: Pick<IntakeDeps, 'db' | 'ports' | 'fraudThreshold' | 'clock'> & { contexts?: FraudContexts }, sender: Sender, ownDomains: string[]): Promise<FraudContext> {
  const key = `${sender.kind === 'unknown' ? '' : sender.organizationId}|${ownDomains.join(',')}`;
  const cached = deps.contexts?.get(key, deps.clock.now());
  if (cached) return cached;
  const context = await buildContext(deps, sender, ownDomains);
  deps.contexts?.set(key, context, deps.clock.now());
  return context;
}

/**
 * Recently built fraud contexts per client: the scorer prepares (parses, indexes) a context's
 * lists once per array, so reusing the arrays for the next messages of the same client saves
 * that work; a minute later the directory is read again.
 */
export class FraudContexts {
  private readonly entries = new Map<string, { at: number; context: FraudContext }>();

  constructor(private readonly ttlMs = 60_000) {}

  get(key: string, now: number): FraudContext | undefined {
    const hit = this.entries.get(key);
    return hit && now - hit.at < this.ttlMs ? hit.context : undefined;
  }

  set(key: string, context: FraudContext, now: number): void {
    if (this.entries.size > 500) this.entries.clear();
    this.entries.set(key, { at: now, context });
  }

  /** Drops a client's contexts (a sender domain it had not seen was just recorded). */
  forget(organizationId: string): void {
    for (const key of this.entries.keys()) if (key.startsWith(`${organizationId}|`)) this.entries.delete(key);
  }
}

async function buildContext(deps: Pick<IntakeDeps, 'db' | 'ports' | 'fraudThreshold'>, sender: Sender, ownDomains: string[]): Promise<FraudContext> {
  if (sender.kind !== 'unknown' && deps.ports.fraudContext) {
    // The MSP's own mailbox domains are known to every client, and never new.
    const c = await deps.ports.fraudContext(deps.db, sender.organizationId);
    const own = ownDomains.filter(Boolean);
    return {
      ...c,
      knownDomains: [...new Set([...c.knownDomains, ...own])],
      seenDomains: c.seenDomains === null ? null : [...new Set([...c.seenDomains, ...own])],
    };
  }
  const people = sender.kind === 'unknown' ? [] : await deps.ports.organizationEmails(deps.db, sender.organizationId);
  const domains = new Set(ownDomains);
  for (const p of people) domains.add(domainOf(p.email));
  return {
    knownDomains: [...domains].filter(Boolean),
    knownPeople: people.map((p) => ({ name: p.name, address: p.email })),
    seenDomains: null,
    lookalikeDomains: [],
    threshold: Number.isFinite(deps.fraudThreshold) ? deps.fraudThreshold : DEFAULT_THRESHOLD,
  };
}
