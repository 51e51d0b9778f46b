import { describe, expect, it } from 'vitest';
import { passwordProblem } from './passwords.js';

describe('password rules', () => {
  it('refuses common and breached passwords that are long enough, and their usual disguises', () => {
    for (const password of ['123456789012', 'password1234', 'Password1234!', 'P@ssw0rd2024!', 'qwertyuiopasdf', 'iloveyou12345', 'monkey123456', 'trustno1trustno1', 'aaaaaaaaaaaa', 'abcdefghijkl']) {
      expect(passwordProblem(password), password).toBeDefined();
    }
    expect(passwordProblem('password1234')).toContain('commonly used');
  });

  it('refuses a password that is the person’s email address, or made of it or their name', () => {
    expect(passwordProblem('Dana@MSP.example', { email: 'dana@msp.example' })).toBe('A password may not be your email address');
    expect(passwordProblem('dana.kowalski@msp.example', { email: 'dana.kowalski@msp.example' })).toBeDefined();
    expect(passwordProblem('dana.kowalski2026', { email: 'dana.kowalski@msp.example' })).toBeDefined();
    expect(passwordProblem('Kowalski2026!', { email: 'dk@msp.example', name: 'Dana Kowalski' })).toBeDefined();
    expect(passwordProblem('Kowalski2026!', { email: 'dk@msp.example', name: 'Lee Harrington' })).toBeUndefined();
    // The same strings are fine for someone else.
    expect(passwordProblem('dana.kowalski@msp.example', { email: 'lee@msp.example' })).toBeUndefined();
  });

  it('accepts passphrases and random passwords, and keeps the length limits', () => {
    for (const password of ['correct horse battery staple', 'e2e-password-123', 'horse-staple-42-lamp', 'vK3#pq9!Lm2x', 'x'.repeat(10) + 'Qz7!@walrus-ink'.repeat(16)]) {
      expect(passwordProblem(password), password).toBeUndefined();
    }
    expect(passwordProblem('short')).toBe('Passwords need at least 12 characters');
    expect(passwordProblem('x'.repeat(257))).toBe('Passwords may have at most 256 characters');
  });
});
