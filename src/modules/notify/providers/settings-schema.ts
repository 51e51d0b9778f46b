/**
 * Schema pieces the providers' stored settings share. Each provider file declares the schema of its
 * own settings with these; `POST /providers` validates against it (a discriminated union on `kind`),
 * so a setting of the wrong type, shape or range is refused before anything is stored.
 */
import { Type } from '@sinclair/typebox';

/** Milliseconds allowed per call to the provider. */
export const TimeoutMs = Type.Optional(Type.Integer({ minimum: 1000, maximum: 120_000, description: 'Milliseconds per call to the provider (1000–120000); default 10000.' }));

/** A secret the provider issued or the operator chose: printable ASCII, no spaces, at least 16 characters. */
export const Secret = (description: string) => Type.String({ minLength: 16, maxLength: 512, pattern: '^[\\x21-\\x7e]+$', description: `${description} Stored encrypted, never returned.` });

/** An E.164 phone number: +, country code and number, 8 to 15 digits. */
export const E164 = (description: string) => Type.String({ pattern: '^\\+[1-9][0-9]{6,14}$', description: `${description} E.164, e.g. +15005550006.` });

/** An absolute http(s) URL (further rules in provider-store.ts: https, no credentials, no private address). */
export const HttpUrl = (description: string) => Type.String({ format: 'uri', maxLength: 2048, pattern: '^[Hh][Tt][Tt][Pp][Ss]?://', description });
