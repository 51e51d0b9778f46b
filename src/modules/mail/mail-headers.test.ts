import { describe, expect, it } from 'vitest';
import { parseAuthResults } from './auth-results.js';
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
