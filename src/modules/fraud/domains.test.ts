import { describe, expect, it } from 'vitest';
import { bareAddress, canonicalAddress, domainOfAddress, parseDomain } from './domains.js';

describe('parseDomain', () => {
  it('ignores case, surrounding brackets and trailing dots', () => {
    for (const raw of ['Acme.COM', 'acme.com.', 'acme.com..', ' <acme.com> ', 'ＡＣＭＥ.com']) {
      expect(parseDomain(raw)?.ascii, raw).toBe('acme.com');
    }
  });

  it('splits at the public suffix, also a multi-label one', () => {
    expect(parseDomain('mail.acme.co.uk')).toMatchObject({ registrable: 'acme.co.uk', label: 'acme', suffix: 'co.uk', subdomain: 'mail' });
    expect(parseDomain('acme.com.evil.net')).toMatchObject({ registrable: 'evil.net', label: 'evil', subdomain: 'acme.com' });
  });

  it('reads the Unicode and the punycode spelling of a name as one domain', () => {
    const unicode = parseDomain('bäckerei-schmidt.de');
    const punycode = parseDomain('xn--bckerei-schmidt-0kb.de');
    expect(unicode).toEqual(punycode);
    expect(unicode).toMatchObject({ ascii: 'xn--bckerei-schmidt-0kb.de', unicode: 'bäckerei-schmidt.de', label: 'bäckerei-schmidt' });
  });

  it('gives nothing for empty names or names with spaces', () => {
    for (const raw of ['', '   ', '...', 'a b.com', '-']) expect(parseDomain(raw), raw).toBeNull();
  });

  it('keeps a name that IDNA refuses as written', () => {
    expect(parseDomain('Odd_Name.example.com')?.ascii).toBe('odd_name.example.com');
  });
});

describe('addresses', () => {
  it('takes the address out of a display form', () => {
    expect(bareAddress('Alan Brooks <Alan.Brooks@HarborDental.com>')).toBe('alan.brooks@harbordental.com');
    expect(bareAddress('<>')).toBe('');
    expect(bareAddress(null)).toBe('');
  });

  it('compares addresses whatever the case or the spelling of the domain', () => {
    expect(canonicalAddress('Info@Bäckerei-Schmidt.de.')).toBe(canonicalAddress('info@xn--bckerei-schmidt-0kb.de'));
  });

  it('finds the domain after the last @', () => {
    expect(domainOfAddress('"a@b"@acme.com')?.registrable).toBe('acme.com');
    expect(domainOfAddress('no-domain')).toBeNull();
  });
});
