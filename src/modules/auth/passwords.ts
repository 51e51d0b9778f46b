import argon2 from 'argon2';

/** argon2id with the library's defaults (64 MiB, 3 passes), as OWASP recommends for passwords. */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** A password must be long enough to resist guessing; length beats composition rules. */
export function passwordProblem(password: string): string | undefined {
  if (password.length < 12) return 'Passwords need at least 12 characters';
  if (password.length > 256) return 'Passwords may have at most 256 characters';
  return undefined;
}
