/**
 * The display name: the part of From that people read and attackers control. Two tricks are caught
 * here — a directory person's name on an address that is not theirs ("Alan Brooks
 * <alan.brooks.office@gmail.com>", "Alan Brooks via Sign <x@y>"), and an address written into the
 * name that is not the real sender (`"ceo@client.com" <someone@elsewhere.net>`).
 */
import { skeleton } from './confusables.js';
import { canonicalAddress, domainOfAddress, type DomainName } from './domains.js';
import { reason, type FraudReason } from './fraud.js';
import { isFreeMail } from './free-mail.js';
import type { KnownDomains } from './lookalike.js';
import type { FraudWeights } from './weights.js';

/** One directory person (all their addresses). */
interface Person {
  name: string;
  tokens: string[];
  addresses: Set<string>;
  registrables: Set<string>;
}

/** Directory people by name, prepared once per list. */
export interface PeopleIndex {
  byToken: Map<string, Person[]>;
  byAddress: Map<string, Person>;
}

// Titles, roles and tags that decorate a name without naming anyone.
const NOISE = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'ceo', 'cfo', 'coo', 'cto', 'cio', 'president', 'director',
  'owner', 'external', 'ext', 'sent', 'from', 'the', 'of', 'office', 'mobile', 'iphone', 'phone', 'personal',
  'private', 'jr', 'sr', 'ii', 'iii', 'md', 'phd', 'dds', 'esq', 'herr', 'frau', 'mme', 'mlle', 'm', 'sr', 'sra', 'dhr', 'mevr',
]);
const EMAIL = /[^\s<>"'(),;:@]+@[^\s<>"'(),;:@]+\.[^\s<>"'(),;:@]+/g;

/** A name as comparable words: no titles, accents, brackets or addresses; look-alike letters folded. */
export function nameTokens(name: string): string[] {
  const folded = name
    .replace(/\[[^\]]*\]|\([^)]*\)/g, ' ')
    .replace(EMAIL, ' ')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
  return folded
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length > 1 && !NOISE.has(token))
    .map((token) => skeleton(token));
}

const indexes = new WeakMap<readonly { name: string; address: string }[], { length: number; index: PeopleIndex }>();

/** Prepares the directory, cached per array like the known domains (lookalike.ts). */
export function indexPeople(people: readonly { name: string; address: string }[]): PeopleIndex {
  const cached = indexes.get(people);
  if (cached && cached.length === people.length) return cached.index;
  const byName = new Map<string, Person>();
  const byAddress = new Map<string, Person>();
  for (const entry of people) {
    const tokens = nameTokens(String(entry?.name ?? ''));
    const address = canonicalAddress(entry?.address);
    // A single short word ("IT", "Ops") is a mailbox, not a person one could impersonate.
    if (tokens.length === 0 || (tokens.length === 1 && tokens[0].length < 4) || !address.includes('@')) continue;
    const key = [...tokens].sort().join(' ');
    const person = byName.get(key) ?? { name: String(entry.name).trim(), tokens, addresses: new Set(), registrables: new Set() };
    person.addresses.add(address);
    const domain = domainOfAddress(address);
    if (domain) person.registrables.add(domain.registrable);
    byName.set(key, person);
    byAddress.set(address, person);
  }
  const byToken = new Map<string, Person[]>();
  for (const person of byName.values()) {
    for (const token of new Set(person.tokens)) byToken.set(token, [...(byToken.get(token) ?? []), person]);
  }
  const index = { byToken, byAddress };
  indexes.set(people, { length: people.length, index });
  return index;
}

/** The directory people whose full name the display name carries (a few extra words allowed). */
function peopleNamed(tokens: string[], people: PeopleIndex): Person[] {
  const have = new Set(tokens);
  const candidates = new Set(tokens.flatMap((token) => people.byToken.get(token) ?? []));
  return [...candidates].filter((person) => {
    if (!person.tokens.every((token) => have.has(token))) return false;
    // One-word names must be the whole display name; longer ones may carry a role or a tag.
    return person.tokens.length === 1 ? have.size === 1 : have.size <= person.tokens.length + 2;
  });
}

function impersonation(displayName: string, sender: string, senderDomain: DomainName | null, people: PeopleIndex, weights: FraudWeights): FraudReason[] {
  const [namePart, ...rest] = displayName.split(/\s+via\s+/i);
  const via = rest.length > 0;
  const named = peopleNamed(nameTokens(namePart), people);
  if (named.length === 0 || named.some((person) => person.addresses.has(sender))) return [];
  const person = named[0];
  const sameDomain = senderDomain !== null && named.some((p) => p.registrables.has(senderDomain.registrable));
  const base = sameDomain ? weights.impersonation.sameDomain : weights.impersonation.foreign;
  const onFile = [...person.addresses].slice(0, 2).join(', ');
  const how = via ? ` (written as "${displayName.trim()}", the way sharing and signing services send)` : '';
  return reason(
    'display_name_impersonation',
    `The sender's name "${namePart.trim()}" is that of ${person.name} in your directory${how}, but this mail comes from ${sender}, ` +
      `which is not an address on file for them (on file: ${onFile}).`,
    via ? Math.min(base, weights.impersonation.via) : base,
  );
}

function addressInName(displayName: string, sender: string, people: PeopleIndex, known: KnownDomains, weights: FraudWeights): FraudReason[] {
  const shown = (displayName.match(EMAIL) ?? []).map((address) => canonicalAddress(address)).filter((address) => address !== sender);
  if (shown.length === 0) return [];
  const isKnown = (address: string) => {
    const domain = domainOfAddress(address);
    return people.byAddress.has(address) || (domain !== null && known.registrables.has(domain.registrable) && !isFreeMail(domain.registrable));
  };
  const knownOne = shown.find(isKnown);
  const address = knownOne ?? shown[0];
  const whose = knownOne ? ', an address you know,' : '';
  return reason(
    'display_name_address',
    `The sender's name shows the address ${address}${whose} but the mail really comes from ${sender}.`,
    knownOne ? weights.addressInName.known : weights.addressInName.other,
  );
}

/** Reasons the display name gives: a known person's name or a different address in it. */
export function displayNameSignals(
  from: { address: string; name: string | null },
  senderDomain: DomainName | null,
  people: PeopleIndex,
  known: KnownDomains,
  weights: FraudWeights,
): FraudReason[] {
  const displayName = String(from.name ?? '').trim();
  if (displayName === '') return [];
  const sender = canonicalAddress(from.address);
  return [...impersonation(displayName, sender, senderDomain, people, weights), ...addressInName(displayName, sender, people, known, weights)];
}
