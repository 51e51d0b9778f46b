/** Whether what was typed is a phone number rather than a name or an email address. */
export function looksLikePhone(text: string): boolean {
  return /^\+?[0-9][0-9 ()\-.]{2,31}$/.test(text.trim());
}
