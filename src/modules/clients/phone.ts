/**
 * Phone numbers on file and "who is calling": numbers are stored in E.164 (`+441132000001`), read
 * in the organisation's country when typed in national form, with any extension kept apart. A
 * caller's number matches in international form, in the national form of the number's own
 * country, or by its trailing digits. Pure: parsing and formats come from libphonenumber-js.
 */
import { findPhoneNumbersInText, getCountries, getCountryCallingCode, isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { getAllTimezones, getCountryForTimezone } from 'countries-and-timezones';

/** A number as stored: E.164 when it could be read as one, else its digits as typed. */
export interface StoredPhone {
  number: string;
  /** The extension typed after the number ("ext. 204", "x204", "#204"), or "". */
  extension: string;
  /** The number's digits reversed, for trailing-digit lookups on an ordinary index. */
  digitsReversed: string;
}

/** How a search matched a number on file. */
export type MatchKind = 'exact' | 'national' | 'trailing';

/** Fewest digits a trailing-digit search takes ("0001"); fewer would match too much to be useful. */
export const MIN_TRAILING_DIGITS = 4;
/** Fewest digits left after dropping a leading trunk 0 for a trailing search: a whole national number. */
const MIN_NATIONAL_DIGITS = 6;

/** Whether `code` is an ISO 3166-1 alpha-2 country with its own phone numbering. */
export function isPhoneCountry(code: string): code is CountryCode {
  return /^[A-Z]{2}$/.test(code) && isSupportedCountry(code);
}

/** The country a time zone belongs to (the first one the tz database names), if it has phone numbering. */
export function countryForTimeZone(zone: string): string | null {
  const country = getCountryForTimezone(zone)?.id ?? null;
  return country && isPhoneCountry(country) ? country : null;
}

/** A country an organisation may have: its code, English name and calling code. */
export interface PhoneCountry {
  code: string;
  name: string;
  callingCode: string;
}

let countryList: { items: PhoneCountry[]; timeZones: Record<string, string> } | undefined;

/**
 * Every country with phone numbering, by English name (CLDR, as Intl gives it), and the country
 * each time zone gives an organisation created without one (countryForTimeZone), old zone names
 * included — so a form can show that default before saving.
 */
export function phoneCountries(): { items: PhoneCountry[]; timeZones: Record<string, string> } {
  if (countryList) return countryList;
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
  const items = getCountries()
    .map((code) => ({ code, name: names.of(code) ?? code, callingCode: getCountryCallingCode(code) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const timeZones: Record<string, string> = {};
  for (const zone of Object.keys(getAllTimezones({ deprecated: true })).sort()) {
    const country = countryForTimeZone(zone);
    if (country) timeZones[zone] = country;
  }
  countryList = { items, timeZones };
  return countryList;
}

const EXTENSION = /\s*(?:;ext=|e?xt(?:ension)?\.?:?|x|#|,)\s*(\d{1,10})\s*$/i;

function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}

function reversed(text: string): string {
  return [...text].reverse().join('');
}

/** "00 44 …" is the international prefix most of the world dials; "+" says the same. */
function international(text: string): string | null {
  const t = text.trim();
  if (t.startsWith('+')) return t;
  if (/^00[1-9]/.test(t) && digitsOf(t).length >= 9) return `+${t.slice(2)}`;
  return null;
}

function stored(number: string, extension: string): StoredPhone {
  return { number, extension, digitsReversed: reversed(digitsOf(number)) };
}

/**
 * Normalises a typed number for storage, reading national numbers in `country`. Without a country
 * a national number cannot be placed, so its digits are kept as typed (still found by its digits).
 * Undefined when the text cannot be a phone number there.
 */
export function normalizePhone(input: string, country: string | null): StoredPhone | undefined {
  const intl = international(input);
  const defaultCountry = country && isPhoneCountry(country) ? country : undefined;
  if (intl || defaultCountry) {
    const parsed = parsePhoneNumberFromString(intl ?? input, defaultCountry);
    return parsed?.isPossible() ? stored(parsed.number, parsed.ext ?? '') : undefined;
  }
  const extension = EXTENSION.exec(input)?.[1] ?? '';
  const digits = digitsOf(input.replace(EXTENSION, ''));
  return digits.length >= 3 && digits.length <= 17 ? stored(digits, extension) : undefined;
}

/** What to look up for a typed caller number: whole numbers and trailing digits, all indexable. */
export interface PhoneSearch {
  /** Stored numbers that equal the search read internationally, as digits, or nationally in `countries`. */
  numbers: string[];
  /** Digit strings a stored number may end with. */
  suffixes: string[];
}

/** Builds the lookups for `input`, reading it as a national number of each of `countries` too. */
export function phoneSearch(input: string, countries: string[]): PhoneSearch {
  const text = input.replace(EXTENSION, '');
  const digits = digitsOf(text);
  const numbers = new Set<string>();
  const suffixes = new Set<string>();
  if (digits.length === 0) return { numbers: [], suffixes: [] };
  const intl = international(text);
  const asInternational = intl ? parsePhoneNumberFromString(intl) : undefined;
  if (asInternational) numbers.add(asInternational.number);
  // A whole international number typed without its "+" (no country code starts with 0).
  if (intl || !digits.startsWith('0')) numbers.add(`+${intl ? digitsOf(intl) : digits}`);
  if (!intl) numbers.add(digits);
  for (const country of countries) {
    if (!isPhoneCountry(country)) continue;
    const parsed = parsePhoneNumberFromString(intl ?? text, country);
    if (parsed?.isPossible()) numbers.add(parsed.number);
  }
  if (digits.length >= MIN_TRAILING_DIGITS) suffixes.add(digits);
  // Most countries dial a leading 0 before a national number ("0113 …" for +44 113 …).
  const national = digits.replace(/^0+/, '');
  if (!intl && national !== digits && national.length >= MIN_NATIONAL_DIGITS) suffixes.add(national);
  return { numbers: [...numbers], suffixes: [...suffixes] };
}

/** The bounds of the stored reversed-digit strings that start with `prefix`: [from, to), to absent when open. */
export function prefixRange(prefix: string): { from: string; to?: string } {
  // Digits only: the next prefix is this one with its last non-9 digit raised and the rest dropped.
  const cut = prefix.replace(/9+$/, '');
  if (cut === '') return { from: prefix };
  return { from: prefix, to: cut.slice(0, -1) + String(Number(cut.slice(-1)) + 1) };
}

/** Reversed digits of a suffix, the form `digits_reversed` is searched in. */
export function reversedDigits(suffix: string): string {
  return reversed(suffix);
}

/** How `input` matches a stored number, or undefined when it does not. */
export function classifyMatch(input: string, number: string): MatchKind | undefined {
  const text = input.replace(EXTENSION, '');
  const digits = digitsOf(text);
  if (digits.length === 0) return undefined;
  const intl = international(text);
  const stored = digitsOf(number);
  if (intl ? parsePhoneNumberFromString(intl)?.number === number || digitsOf(intl) === stored : digits === stored || `+${digits}` === number) return 'exact';
  if (!intl && number.startsWith('+')) {
    // Dialled as a call inside the number's own country would be.
    const parsed = parsePhoneNumberFromString(number);
    // Countries that share a calling code (GB, GG, IM, JE) share its national form.
    const own = parsed ? (parsed.country ? [parsed.country] : parsed.getPossibleCountries()) : [];
    if (own.some((country) => parsePhoneNumberFromString(text, country)?.number === number)) return 'national';
  }
  if (digits.length >= MIN_TRAILING_DIGITS && stored.endsWith(digits)) return 'trailing';
  const national = digits.replace(/^0+/, '');
  if (!intl && national !== digits && national.length >= MIN_NATIONAL_DIGITS && stored.endsWith(national)) return 'trailing';
  return undefined;
}

const RANK: Record<MatchKind, number> = { exact: 0, national: 1, trailing: 2 };

/** The best match of `input` among a contact's numbers. */
export function bestMatch<P extends { number: string }>(input: string, phones: P[]): (P & { kind: MatchKind }) | undefined {
  let best: (P & { kind: MatchKind }) | undefined;
  for (const phone of phones) {
    const kind = classifyMatch(input, phone.number);
    if (kind && (!best || RANK[kind] < RANK[best.kind])) best = { ...phone, kind };
  }
  return best;
}

/** Fewest trailing digits two writings of a number must share to count as the same number. */
const MIN_SHARED_DIGITS = 7;

/**
 * Whether `text` gives the number `number` (as stored: E.164 or digits) in any writing —
 * international, national in `country` or in the number's own country, with any separators —
 * so a number a message offers is recognised however it is written ("call me on 312.555.0199").
 */
export function textMentionsNumber(text: string, number: string, country: string | null): boolean {
  const own = parsePhoneNumberFromString(number);
  const countries = [...new Set([own?.country, country && isPhoneCountry(country) ? country : undefined].filter((c): c is CountryCode => c !== undefined))];
  for (const defaultCountry of countries.length ? countries : [undefined]) {
    if (findPhoneNumbersInText(text, defaultCountry ? { defaultCountry } : undefined).some((found) => found.number.number === number)) return true;
  }
  // Written too loosely for the parser: compare the digits, the national trunk 0 and extension aside.
  const stored = digitsOf(number);
  for (const run of text.match(/\+?\d[\d\s().\-/]{5,24}\d/g) ?? []) {
    const digits = digitsOf(run).replace(/^0+/, '');
    if (digits.length >= MIN_SHARED_DIGITS && (stored.endsWith(digits) || digits.endsWith(stored))) return true;
  }
  return false;
}
