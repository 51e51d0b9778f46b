/**
 * Who to call back, from the directory alone: the contacts whose address on file is the purported
 * sender's, then those of the client whose name the message carries, then the client's main
 * number. Never a number from the message: the message is not read here at all. Pure.
 */
import { canonicalAddress, nameTokens } from '../fraud/index.js';
import { senderLabel, type PurportedSender } from './verification.js';

/** A number on file. */
export interface PhoneOnFile {
  number: string;
  extension: string;
  label: string;
}

/** A directory person who may be the purported sender, with their numbers on file. */
export interface PersonOnFile {
  contactId: string;
  name: string;
  title: string;
  organizationId: string;
  organizationName: string;
  /** address: their address on file is the sender's; name: the message carries their name. */
  matchedBy: 'address' | 'name';
  phones: PhoneOnFile[];
}

/** Who to call and on which numbers, with the advice the technician reads. */
export interface CallBack {
  people: PersonOnFile[];
  /** The client's main number, when it has one on file. */
  mainNumber: { organizationId: string; organizationName: string; number: string; extension: string } | null;
  advice: string;
}

/** A directory contact as the clients module gives it. */
export interface DirectoryContact {
  id: string;
  organizationId: string;
  name: string;
  title: string;
  emails: string[];
  phones: PhoneOnFile[];
}

/** The client's part of the directory. */
export interface ClientDirectory {
  organization: { id: string; name: string; mainPhone: { number: string; extension: string } | null };
  contacts: DirectoryContact[];
}

/** At most this many people are offered; more would mean the name is too common to go by. */
const MAX_PEOPLE = 5;

/**
 * Whether a display name carries a contact's full name — titles, accents and look-alike letters
 * aside, a few extra words allowed ("Dana Whitfield (CFO)", "Dr. Alan Brooks via DocuSign"), the
 * way the scorer recognises a known person's name.
 */
export function nameMatches(displayName: string, contactName: string): boolean {
  const [namePart] = displayName.split(/\s+via\s+/i);
  const have = new Set(nameTokens(namePart));
  const want = nameTokens(contactName);
  // A single short word ("IT", "Ops") names a mailbox, not a person.
  if (want.length === 0 || (want.length === 1 && want[0].length < 4)) return false;
  if (!want.every((token) => have.has(token))) return false;
  return want.length === 1 ? have.size === 1 : have.size <= want.length + 2;
}

function person(c: DirectoryContact, organizationName: string, matchedBy: PersonOnFile['matchedBy']): PersonOnFile {
  return { contactId: c.id, name: c.name, title: c.title, organizationId: c.organizationId, organizationName, matchedBy, phones: c.phones };
}

/**
 * Who to call for a purported sender: contacts with the sender's address on file (the client's
 * first, then any other organisation's), then the client's contacts whose name the message
 * carries; and the client's main number.
 */
export function callBackFor(sender: PurportedSender, directory: ClientDirectory, withAddress: readonly (DirectoryContact & { organizationName: string })[]): CallBack {
  const people: PersonOnFile[] = [];
  const add = (p: PersonOnFile) => {
    if (people.length < MAX_PEOPLE && !people.some((q) => q.contactId === p.contactId)) people.push(p);
  };
  const address = sender.address ? canonicalAddress(sender.address) : '';
  const ownFirst = [...withAddress].sort((a, b) => Number(b.organizationId === directory.organization.id) - Number(a.organizationId === directory.organization.id));
  for (const c of ownFirst) if (address && c.emails.some((e) => canonicalAddress(e) === address)) add(person(c, c.organizationName, 'address'));
  if (sender.name?.trim()) {
    for (const c of directory.contacts) if (nameMatches(sender.name, c.name)) add(person(c, directory.organization.name, 'name'));
  }
  const main = directory.organization.mainPhone;
  const mainNumber = main ? { organizationId: directory.organization.id, organizationName: directory.organization.name, number: main.number, extension: main.extension } : null;
  return { people, mainNumber, advice: callBackAdvice(sender, people, mainNumber !== null, directory.organization.name) };
}

/** What the technician is told to do, by what the directory holds. */
export function callBackAdvice(sender: PurportedSender, people: readonly PersonOnFile[], hasMainNumber: boolean, clientName: string): string {
  const who = senderLabel(sender);
  const never = 'Never use a number, link or address given in the message.';
  const reachable = people.filter((p) => p.phones.length > 0);
  if (reachable.length > 0) {
    const names = reachable.map((p) => p.name).join(' or ');
    return `Call ${names} on a number on file below and ask whether they sent this request. ${never}`;
  }
  const found = people.length > 0 ? `${people.map((p) => p.name).join(' and ')} ${people.length > 1 ? 'are' : 'is'} in the directory but without a number. ` : '';
  if (hasMainNumber) return `${found}No number of their own is on file for ${who}: call ${clientName}'s main number below and ask for them. ${never}`;
  return (
    `${found}No number is on file for ${who}, and ${clientName} has no main number on file. Find one yourself from a source you already trust — ` +
    `the organisation's own website, a contract or an earlier invoice, a colleague who knows them — and log where you found it. ${never}`
  );
}

/** Every number on file the technician may call without saying where they found it. */
export function numbersOnFile(callBack: CallBack, directory: ClientDirectory): Set<string> {
  const numbers = new Set<string>();
  for (const p of callBack.people) for (const phone of p.phones) numbers.add(phone.number);
  for (const c of directory.contacts) for (const phone of c.phones) numbers.add(phone.number);
  if (callBack.mainNumber) numbers.add(callBack.mainNumber.number);
  return numbers;
}
