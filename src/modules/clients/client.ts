/** Pure rules for client organisations, sites and contacts. */
/** Phone numbers are kept as + and digits, so a caller's number matches however it was typed. */
export function normalizePhone(input: string): string {
  const digits = input.replace(/[^0-9]/g, '');
  return input.trim().startsWith('+') || input.trim().startsWith('00') ? `+${digits.replace(/^00/, '')}` : digits;
}

export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60);
}
