import { createHash, randomBytes, randomUUID } from 'node:crypto';

/** A new random identifier for a row (UUID v4). */
export function newId(): string {
  return randomUUID();
}

/** Hex SHA-256 of a string; used for high-entropy secrets (API tokens, session ids) at rest. */
export function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** A URL-safe random secret with the given number of random bytes. */
export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}
