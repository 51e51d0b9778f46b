/**
 * Domain names as the fraud guard compares them: one canonical form whatever the case, trailing
 * dots, Unicode or punycode spelling, split at the public suffix (tldts holds the Public Suffix
 * List) so `mail.acme.co.uk` and `acme.co.uk` are the same organisation and `acme.com.evil.net` is
 * evil.net's.
 */
import { domainToASCII, domainToUnicode } from 'node:url';
import { parse } from 'tldts';

/** A parsed domain. `ascii` forms are for equality, `unicode` forms for what a person sees. */
export interface DomainName {
  /** Whole host name, IDNA ASCII (punycode), lower case, no trailing dot. */
  ascii: string;
  /** Whole host name as shown to people. */
  unicode: string;
  /** The registrable domain (organisation): `acme.co.uk` for `mail.acme.co.uk`; ASCII. */
  registrable: string;
  /** The registrable domain without its suffix, as shown: `acme`. */
  label: string;
  /** The public suffix, as shown: `co.uk`. */
  suffix: string;
  /** What stands before the registrable domain (ASCII), '' when nothing. */
  subdomain: string;
}

/**
 * The whole host as shown to people. Converted as one name, never label by label: a lone label of
 * digits would be read as an IPv4 number (`2028` → `0.0.7.236`).
 */
function unicodeOf(ascii: string): string {
  const shown = domainToUnicode(ascii);
  return shown && shown.split('.').length === ascii.split('.').length ? shown : ascii;
}

/**
 * Parses a host name, or null when nothing usable is left (empty, spaces, no letters or digits).
 * Case, surrounding brackets and trailing dots do not matter.
 */
export function parseDomain(raw: string): DomainName | null {
  const cleaned = String(raw ?? '').trim().replace(/^[[<]+|[\]>]+$/g, '').replace(/\.+$/, '').toLowerCase();
  if (cleaned === '' || /\s/.test(cleaned) || !/[\p{L}\p{N}]/u.test(cleaned)) return null;
  // UTS 46 mapping also folds full-width and other compatibility forms; a name it refuses (an
  // underscore, a bad punycode label) is kept as written so it can still be compared.
  const ascii = domainToASCII(cleaned) || cleaned;
  const parts = parse(ascii, { allowPrivateDomains: true });
  const registrable = parts.domain ?? ascii;
  const suffixLabels = parts.domain && parts.publicSuffix ? parts.publicSuffix.split('.').length : 0;
  const unicode = unicodeOf(ascii);
  // Punycode converts label by label, so the Unicode name has the same labels in the same places.
  const labels = unicode.split('.');
  const registrableLabels = registrable.split('.').length;
  const subdomain = ascii.length > registrable.length ? ascii.slice(0, ascii.length - registrable.length - 1) : '';
  return {
    ascii,
    unicode,
    registrable,
    label: labels.slice(labels.length - registrableLabels, labels.length - suffixLabels).join('.'),
    suffix: labels.slice(labels.length - suffixLabels).join('.'),
    subdomain,
  };
}

/** The bare address from `Name <a@b>` or `<a@b>` or `a@b`, lower case; '' when none. */
export function bareAddress(raw: string | null | undefined): string {
  const text = String(raw ?? '').trim();
  const angled = /<([^<>]*)>\s*$/.exec(text);
  return (angled ? angled[1] : text).trim().toLowerCase();
}

/** The domain of an address (after its last @), parsed; null when there is none. */
export function domainOfAddress(raw: string | null | undefined): DomainName | null {
  const address = bareAddress(raw);
  const at = address.lastIndexOf('@');
  return at < 0 ? null : parseDomain(address.slice(at + 1));
}

/** Canonical addresses compare equal whatever the case, brackets or the domain's spelling. */
export function canonicalAddress(raw: string | null | undefined): string {
  const address = bareAddress(raw);
  const at = address.lastIndexOf('@');
  if (at < 0) return address;
  const domain = parseDomain(address.slice(at + 1));
  return `${address.slice(0, at)}@${domain ? domain.ascii : address.slice(at + 1)}`;
}
