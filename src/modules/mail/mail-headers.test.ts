import { describe, expect, it } from 'vitest';
import { authservIdMatches, authservIdOf, parseAuthResults } from './auth-results.js';
import { parseMailDate } from './mail-date.js';

describe('parseMailDate', () => {
  it('reads RFC 5322 dates with zones, obsolete zone names and two-digit years', () => {
    expect(parseMailDate('Tue, 3 Dec 2024 10:00:00 +0100')).toBe('2024-12-03T09:00:00.000Z');
    expect(parseMailDate('3 Dec 24 10:00 EST')).toBe('2024-12-03T15:00:00.000Z');
    expect(parseMailDate('Thu, 01 Oct 15 13:48:54 UTC')).toBe('2015-10-01T13:48:54.000Z');
    expect(parseMailDate('2024-12-03T10:00:00Z')).toBe('2024-12-03T10:00:00.000Z');
  });

  it('is null for junk and impossible dates instead of guessing', () => {
    expect(parseMailDate('yesterday')).toBeNull();
    expect(parseMailDate('Mon, 31 Feb 2024 10:00:00 +0000')).toBeNull();
    expect(parseMailDate('Mon, 3 Dec 2024 25:00:00 +0000')).toBeNull();
    expect(parseMailDate(null)).toBeNull();
  });
});

describe('parseAuthResults', () => {
  it('reads only the topmost header, ignores comments, and lets any passing DKIM signature count', () => {
    const top = 'mx.ours.example; spf=softfail (sender IP not authorised; spf=pass is not here) smtp.mailfrom=a.example; dkim=fail header.d=b.example; dkim=pass header.d=a.example; dmarc=none';
    expect(parseAuthResults([top, 'evil.example; spf=pass; dmarc=pass'])).toEqual({ authservId: 'mx.ours.example', spf: 'softfail', dkim: 'pass', dmarc: 'none' });
  });

  it('ignores a topmost header from another server when the trusted one is named', () => {
    expect(parseAuthResults(['evil.example; spf=pass'], 'mx.ours.example')).toBeNull();
    expect(parseAuthResults([])).toBeNull();
  });
});

describe('trusted authserv-ids', () => {
  it('matches an exact name ignoring case and a trailing dot', () => {
    expect(authservIdMatches('MX.Google.com', 'mx.google.com')).toBe(true);
    expect(authservIdMatches('mx.google.com.', 'mx.google.com')).toBe(true);
    expect(authservIdMatches('mx.google.com.evil.example', 'mx.google.com')).toBe(false);
    expect(authservIdMatches('evil-mx.google.com', 'mx.google.com')).toBe(false);
  });

  it('matches *.suffix for names under the suffix only, not the suffix itself or a look-alike', () => {
    const pattern = '*.protection.outlook.com';
    expect(authservIdMatches('eur03.prod.protection.outlook.com', pattern)).toBe(true);
    expect(authservIdMatches('AM6PR01.Protection.Outlook.com', pattern)).toBe(true);
    expect(authservIdMatches('protection.outlook.com', pattern)).toBe(false);
    expect(authservIdMatches('evilprotection.outlook.com', pattern)).toBe(false);
    expect(authservIdMatches('x.protection.outlook.com.evil.example', pattern)).toBe(false);
  });

  it('never matches a header without an authserv-id', () => {
    expect(authservIdOf('spf=pass (sender IP is 192.0.2.1) smtp.mailfrom=a.example; dkim=none')).toBe('');
    expect(authservIdMatches('', 'mx.google.com')).toBe(false);
    expect(parseAuthResults(['spf=pass smtp.mailfrom=a.example; dmarc=pass'], '*.outlook.com')).toBeNull();
  });

  it('reads a header without an authserv-id when no trusted id is set, its first result included', () => {
    expect(parseAuthResults(['spf=fail (sender IP is 192.0.2.1) smtp.mailfrom=a.example; dkim=none; dmarc=fail action=oreject header.from=a.example'])).toEqual({ authservId: '', spf: 'fail', dkim: 'none', dmarc: 'fail' });
  });

  it('reads the provider’s topmost header through a pattern, and ignores a topmost one from anyone else', () => {
    expect(parseAuthResults(['mx1.eu.protection.outlook.com; dmarc=fail', 'x; dmarc=pass'], '*.protection.outlook.com')).toEqual({ authservId: 'mx1.eu.protection.outlook.com', dmarc: 'fail' });
    expect(parseAuthResults(['x; spf=pass dkim=pass dmarc=pass', 'mx.google.com; dmarc=fail'], 'mx.google.com')).toBeNull();
  });
});
