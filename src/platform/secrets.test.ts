import { describe, expect, it } from 'vitest';
import { AppError } from './errors.js';
import { decryptSecret, encryptSecret, isEncryptedSecret, signToken, verifyToken } from './secrets.js';

const key = 'a configured secret of reasonable length';
const now = Date.parse('2026-03-07T03:00:00Z');

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).code;
  }
  throw new Error('expected an AppError');
}

/** Flips one bit of the base64url part at `index` of a `v1:` value. */
function flip(encoded: string, index: number): string {
  const parts = encoded.split(':');
  const bytes = Buffer.from(parts[index]!, 'base64url');
  bytes[0] = bytes[0]! ^ 1;
  parts[index] = bytes.toString('base64url');
  return parts.join(':');
}

describe('provider credential encryption', () => {
  it('round-trips a value in the v1:<iv>:<tag>:<ciphertext> form, with a fresh nonce each time', () => {
    const a = encryptSecret(key, 'twilio-auth-token-ü');
    const b = encryptSecret(key, 'twilio-auth-token-ü');
    expect(a).toMatch(/^v1:[A-Za-z0-9_-]{16}:[A-Za-z0-9_-]{22}:[A-Za-z0-9_-]+$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('twilio');
    expect(isEncryptedSecret(a)).toBe(true);
    expect(isEncryptedSecret('twilio-auth-token')).toBe(false);
    expect(decryptSecret(key, a)).toBe('twilio-auth-token-ü');
    expect(decryptSecret(key, encryptSecret(key, ''))).toBe('');
  });

  it('refuses a value whose nonce, tag or ciphertext was altered', () => {
    const value = encryptSecret(key, 'smtp password');
    for (const part of [1, 2, 3]) expect(codeOf(() => decryptSecret(key, flip(value, part)))).toBe('secret_undecryptable');
  });

  it('refuses a value encrypted under another key or for another record', () => {
    const value = encryptSecret(key, 'smtp password', 'provider:1');
    expect(decryptSecret(key, value, 'provider:1')).toBe('smtp password');
    expect(codeOf(() => decryptSecret('another configured secret', value, 'provider:1'))).toBe('secret_undecryptable');
    expect(codeOf(() => decryptSecret(key, value, 'provider:2'))).toBe('secret_undecryptable');
  });

  it('refuses malformed values and a missing key with clear codes', () => {
    expect(codeOf(() => decryptSecret(key, 'plaintext'))).toBe('secret_malformed');
    expect(codeOf(() => decryptSecret(key, 'v2:a:b:c'))).toBe('secret_malformed');
    expect(codeOf(() => decryptSecret(key, 'v1:AAAA:AAAA:AAAA'))).toBe('secret_malformed');
    expect(codeOf(() => encryptSecret('', 'x'))).toBe('secret_key_missing');
  });
});

describe('signed acknowledge links', () => {
  it('returns the payload of a valid token until it expires', () => {
    const token = signToken(key, { deliveryId: 'dlv-1', action: 'ack' }, now + 60_000);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(verifyToken(key, token, now)).toEqual({ deliveryId: 'dlv-1', action: 'ack' });
    expect(verifyToken(key, token, now + 59_999)).toEqual({ deliveryId: 'dlv-1', action: 'ack' });
    expect(codeOf(() => verifyToken(key, token, now + 60_000))).toBe('link_expired');
  });

  it('refuses a forged, altered or foreign token as invalid, even when it has also expired', () => {
    const token = signToken(key, { deliveryId: 'dlv-1' }, now + 60_000);
    const [body, signature] = token.split('.') as [string, string];
    const altered = Buffer.from(JSON.stringify({ p: { deliveryId: 'dlv-2' }, exp: now + 60_000 })).toString('base64url');
    expect(codeOf(() => verifyToken(key, `${altered}.${signature}`, now))).toBe('link_invalid');
    expect(codeOf(() => verifyToken('another key', token, now))).toBe('link_invalid');
    expect(codeOf(() => verifyToken('another key', token, now + 120_000))).toBe('link_invalid');
    expect(codeOf(() => verifyToken(key, `${body}.${signature.slice(0, -2)}`, now))).toBe('link_invalid');
    expect(codeOf(() => verifyToken(key, body, now))).toBe('link_invalid');
    expect(codeOf(() => verifyToken(key, 'not a token', now))).toBe('link_invalid');
    expect(codeOf(() => verifyToken(key, '', now))).toBe('link_invalid');
  });

  it('keeps encryption and link keys apart: a token is not a valid ciphertext and vice versa', () => {
    const token = signToken(key, { a: 1 }, now + 1000);
    expect(codeOf(() => decryptSecret(key, token))).toBe('secret_malformed');
    expect(codeOf(() => verifyToken(key, encryptSecret(key, 'x'), now))).toBe('link_invalid');
  });
});
