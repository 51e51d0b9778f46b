import argon2 from 'argon2';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

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

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;
/**
 * zxcvbn's score 3: at least 10^8 guesses. Below it are the common and breached passwords of the
 * list with their usual disguises (capitals, l33t, a year or "!" added), repeats, sequences,
 * keyboard walks, dates, and passwords made of the person's own email or name.
 */
const MIN_SCORE = 3;

// The estimator's matching is quadratic in the length; a password longer than this is judged by
// its first characters, which keeps one check to a few milliseconds on a 256-character password.
const CHECKED_LENGTH = 64;

const WARNINGS: Record<string, string> = {
  topTen: 'This is one of the most used passwords',
  topHundred: 'This is one of the most used passwords',
  common: 'This is a commonly used (and breached) password',
  similarToCommon: 'This is a commonly used (and breached) password with small changes',
  straightRow: 'A row of keys on the keyboard is easy to guess',
  keyPattern: 'A pattern of keys on the keyboard is easy to guess',
  simpleRepeat: 'Repeated characters are easy to guess',
  extendedRepeat: 'Repeated patterns are easy to guess',
  sequences: 'Sequences like abc or 6543 are easy to guess',
  recentYears: 'Recent years are easy to guess',
  dates: 'Dates are easy to guess',
  userInputs: 'A password made of your email address or name is easy to guess',
};

let estimator: ZxcvbnFactory | undefined;

/** The estimator with the common-password list (loaded on first use: a few megabytes of words). */
function strength(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({ dictionary: { ...dictionary }, graphs: adjacencyGraphs, maxLength: CHECKED_LENGTH });
  return estimator;
}

/**
 * What is wrong with a new password, or undefined when it may be used. Length beats composition
 * rules (NIST SP 800-63B), so there are none; instead a password must not be a common or breached
 * one, nor guessable from the person's own email address or name.
 */
export function passwordProblem(password: string, person: { email?: string; name?: string } = {}): string | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) return `Passwords need at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > MAX_PASSWORD_LENGTH) return `Passwords may have at most ${MAX_PASSWORD_LENGTH} characters`;
  const email = person.email?.trim().toLowerCase();
  if (email && password.trim().toLowerCase() === email) return 'A password may not be your email address';
  const inputs = [email, email?.split('@')[0], person.name, ...(person.name?.split(/\s+/) ?? [])].filter((s): s is string => !!s && s.length > 2);
  const result = strength().check(password, inputs);
  if (result.score >= MIN_SCORE) return undefined;
  const warning = result.feedback.warning ? WARNINGS[result.feedback.warning] : undefined;
  return `${warning ?? 'This password is too easy to guess'}; a few unrelated words make a strong one`;
}
