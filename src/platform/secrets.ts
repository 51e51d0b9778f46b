import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { AppError } from './errors.js';

/**
 * Secrets at rest and signed links, both keyed by one configured secret string.
 *
 * The configured secret is stretched once with scrypt (so a typed passphrase is not trivially
 * guessable from a leaked link or ciphertext), then HKDF derives independent keys for encryption
 * and for link signing, so the two uses never share a key.
 */

const SCRYPT_SALT = 'switchboard/secrets/v1';
const SCRYPT_OPTIONS = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const IV_BYTES = 12;
const TAG_BYTES = 16;
const PREFIX = 'v1';

interface Keys {
  encryption: Buffer;
  links: Buffer;
}

/** Derived keys per configured secret; a process holds one or two, and scrypt is slow on purpose. */
const derived = new Map<string, Keys>();

function keysFor(secret: string): Keys {
  if (typeof secret !== 'string' || secret.length === 0) {
    throw new AppError('secret_key_missing', 'No secret key is configured for encrypting and signing', { status: 500 });
  }
  let keys = derived.get(secret);
  if (!keys) {
    const master = scryptSync(secret, SCRYPT_SALT, 32, SCRYPT_OPTIONS);
    const sub = (info: string) => Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), info, 32));
    keys = { encryption: sub('switchboard/encryption/aes-256-gcm'), links: sub('switchboard/links/hmac-sha256') };
    derived.set(secret, keys);
  }
  return keys;
}

/**
 * Encrypts `plaintext` with AES-256-GCM under a key derived from `secret`. Returns
 * `v1:<iv>:<tag>:<ciphertext>` (base64url parts). `context` (e.g. `provider:<id>`) is bound as
 * associated data: the value then decrypts only with the same context, so a ciphertext copied to
 * another row is refused.
 */
export function encryptSecret(secret: string, plaintext: string, context = ''): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', keysFor(secret).encryption, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [PREFIX, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ciphertext.toString('base64url')].join(':');
}

/**
 * Decrypts a value made by `encryptSecret`. Throws `AppError` `secret_malformed` when the value
 * is not in the `v1:` form, and `secret_undecryptable` when it was altered, encrypted under a
 * different key, or with a different context.
 */
export function decryptSecret(secret: string, encoded: string, context = ''): string {
  const parts = typeof encoded === 'string' ? encoded.split(':') : [];
  const [prefix, ivText, tagText, dataText] = parts;
  const b64url = /^[A-Za-z0-9_-]*$/;
  if (parts.length !== 4 || prefix !== PREFIX || !parts.every((p) => b64url.test(p))) {
    throw new AppError('secret_malformed', 'The stored secret is not in the v1:<iv>:<tag>:<ciphertext> form', { status: 500 });
  }
  const iv = Buffer.from(ivText!, 'base64url');
  const tag = Buffer.from(tagText!, 'base64url');
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) {
    throw new AppError('secret_malformed', 'The stored secret has a nonce or tag of the wrong length', { status: 500 });
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', keysFor(secret).encryption, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(Buffer.from(dataText!, 'base64url')), decipher.final()]).toString('utf8');
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError(
      'secret_undecryptable',
      'The stored secret could not be decrypted: it was altered, or encrypted with another key or for another record',
      { status: 500 },
    );
  }
}

/** True when `value` looks like the output of `encryptSecret` (for migrations of plaintext values). */
export function isEncryptedSecret(value: string): boolean {
  return /^v1:[A-Za-z0-9_-]{16}:[A-Za-z0-9_-]{22}:[A-Za-z0-9_-]*$/.test(value);
}

/**
 * Signs `payload` into a URL-safe token `<base64url JSON>.<base64url HMAC-SHA256>` that expires at
 * `expiresAtMs` (epoch milliseconds). For one-tap acknowledge links; the payload is readable by
 * anyone holding the link, so it carries ids, never secrets.
 */
export function signToken(secret: string, payload: Record<string, unknown>, expiresAtMs: number): string {
  const body = Buffer.from(JSON.stringify({ p: payload, exp: expiresAtMs }), 'utf8').toString('base64url');
  return `${body}.${mac(secret, body).toString('base64url')}`;
}

/**
 * Returns the payload of a token made by `signToken`. Throws `AppError` `link_invalid` (403) when
 * it is malformed or its signature does not match (forged, altered, or another key), and
 * `link_expired` (410) when the signature is good but `nowMs` is at or past its expiry.
 */
export function verifyToken<T extends Record<string, unknown> = Record<string, unknown>>(secret: string, token: string, nowMs: number): T {
  const invalid = () => new AppError('link_invalid', 'This link is not valid', { status: 403 });
  const parts = typeof token === 'string' ? token.split('.') : [];
  if (parts.length !== 2 || !parts.every((p) => /^[A-Za-z0-9_-]+$/.test(p))) throw invalid();
  const [body, signature] = parts as [string, string];
  const expected = mac(secret, body);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid();
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  const { p, exp } = (decoded ?? {}) as { p?: unknown; exp?: unknown };
  if (typeof exp !== 'number' || !p || typeof p !== 'object' || Array.isArray(p)) throw invalid();
  if (nowMs >= exp) throw new AppError('link_expired', 'This link has expired', { status: 410 });
  return p as T;
}

function mac(secret: string, body: string): Buffer {
  return createHmac('sha256', keysFor(secret).links).update(body, 'utf8').digest();
}
