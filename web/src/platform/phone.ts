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
