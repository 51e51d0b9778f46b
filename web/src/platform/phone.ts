/** An extension typed after a number ("… ext. 204", "x204", "#204"). */
const EXTENSION = /\s*(ext\.?|x|#|,)\s*[0-9]{1,10}$/i;

/** Whether what was typed is a phone number rather than a name or an email address. */
export function looksLikePhone(text: string): boolean {
  return /^\+?[0-9(][0-9 ()\-.]{2,31}$/.test(text.trim().replace(EXTENSION, ''));
}

/** The number a caller dialled from, as typed, without an extension ("… x204"). */
export function dialledNumber(text: string): string {
  return text.trim().replace(EXTENSION, '');
}

/** A number on file as the API stores it: E.164 (or digits as typed) and its extension ('' if none). */
export interface PhoneOnFile {
  number: string;
  extension: string;
}

/** A number on file as stored, with its extension: "+441132000001 ext. 204"; typed back in, it reads the same. */
export function phoneText(p: PhoneOnFile): string {
  return p.extension ? `${p.number} ext. ${p.extension}` : p.number;
}

/** A tel: link to a number on file, its extension as RFC 3966 writes it (";ext=204"). */
export function phoneHref(p: PhoneOnFile): string {
  return `tel:${p.number}${p.extension ? `;ext=${p.extension}` : ''}`;
}

let regionNames: Intl.DisplayNames | undefined;
/** A country's English name from its ISO 3166-1 alpha-2 code (CLDR, as the API's list names it). */
export function countryName(code: string): string {
  try {
    regionNames ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}
