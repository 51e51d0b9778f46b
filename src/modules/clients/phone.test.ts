import { describe, expect, it } from 'vitest';
import { bestMatch, classifyMatch, countryForTimeZone, normalizePhone, phoneSearch, prefixRange, textMentionsNumber } from './phone.js';

describe('phone numbers on file', () => {
  it('stores national and international forms of one number as the same E.164 number', () => {
    for (const typed of ['+44 113 200 0001', '0113 200 0001', '(0113) 200-0001', '0113.200.0001', '0044 113 200 0001', '+44 (0)113 200 0001']) {
      expect(normalizePhone(typed, 'GB'), typed).toMatchObject({ number: '+441132000001', extension: '' });
    }
    expect(normalizePhone('(312) 555-0147', 'US')).toMatchObject({ number: '+13125550147' });
    expect(normalizePhone('0491 570 123', 'AU')).toMatchObject({ number: '+61491570123' });
    expect(normalizePhone('030 1234567', 'DE')).toMatchObject({ number: '+49301234567' });
  });

  it('keeps an extension apart from the number', () => {
    for (const typed of ['020 7946 0123 ext. 204', '020 7946 0123 x204', '020 7946 0123 #204', '+44 20 7946 0123 extension 204']) {
      expect(normalizePhone(typed, 'GB'), typed).toMatchObject({ number: '+442079460123', extension: '204' });
    }
  });

  it('keeps the digits of a national number as typed when the organisation has no country', () => {
    expect(normalizePhone('0113 200 0001', null)).toEqual({ number: '01132000001', extension: '', digitsReversed: '10000023110' });
    expect(normalizePhone('+44 113 200 0001', null)).toMatchObject({ number: '+441132000001' });
  });

  it('refuses what cannot be a phone number in the country', () => {
    expect(normalizePhone('+44 12', 'GB')).toBeUndefined();
    expect(normalizePhone('12', 'GB')).toBeUndefined();
    expect(normalizePhone('12', null)).toBeUndefined();
  });

  it('takes an organisation’s country from its time zone', () => {
    expect(countryForTimeZone('Europe/London')).toBe('GB');
    expect(countryForTimeZone('America/Chicago')).toBe('US');
    expect(countryForTimeZone('Australia/Adelaide')).toBe('AU');
    expect(countryForTimeZone('UTC')).toBeNull();
  });
});

describe('who is calling', () => {
  it('says how a typed number matches the number on file', () => {
    const onFile = '+441132000001';
    expect(classifyMatch('+44 113 200 0001', onFile)).toBe('exact');
    expect(classifyMatch('0044 113 200 0001', onFile)).toBe('exact');
    expect(classifyMatch('441132000001', onFile)).toBe('exact');
    expect(classifyMatch('0113 200 0001', onFile)).toBe('national');
    expect(classifyMatch('01132000001', onFile)).toBe('national');
    expect(classifyMatch('2000001', onFile)).toBe('trailing');
    expect(classifyMatch('0001', onFile)).toBe('trailing');
    expect(classifyMatch('001', onFile)).toBeUndefined();
    expect(classifyMatch('0113 200 0002', onFile)).toBeUndefined();
    expect(classifyMatch('(312) 555-0147', '+13125550147')).toBe('national');
    expect(classifyMatch('0113-200-0001', '01132000001')).toBe('exact');
  });

  it('prefers an exact match over a national or trailing one among a contact’s numbers', () => {
    const phones = [{ number: '+442079460001', extension: '', label: 'work' }, { number: '+447700900001', extension: '', label: 'mobile' }];
    expect(bestMatch('07700 900001', phones)).toMatchObject({ number: '+447700900001', kind: 'national' });
    expect(bestMatch('0001', phones)).toMatchObject({ kind: 'trailing' });
    expect(bestMatch('+44 7700 900001', phones)).toMatchObject({ number: '+447700900001', kind: 'exact' });
  });

  it('looks up whole numbers in every form and trailing digits, with and without a trunk 0', () => {
    expect(phoneSearch('0113 200 0001', ['GB', 'US'])).toEqual({ numbers: expect.arrayContaining(['+441132000001', '01132000001']), suffixes: ['01132000001', '1132000001'] });
    expect(phoneSearch('+44 113 200 0001', [])).toEqual({ numbers: ['+441132000001'], suffixes: ['441132000001'] });
    expect(phoneSearch('2000001', []).suffixes).toEqual(['2000001']);
    expect(phoneSearch('001', [])).toEqual({ numbers: ['001'], suffixes: [] });
  });

  it('turns a digit prefix into an index range', () => {
    expect(prefixRange('1002')).toEqual({ from: '1002', to: '1003' });
    expect(prefixRange('1009')).toEqual({ from: '1009', to: '101' });
    expect(prefixRange('999')).toEqual({ from: '999' });
  });

  it('recognises a number a message gives, however it is written', () => {
    for (const text of ['Call me on +1 312 555 0199 today', 'my cell: (312) 555-0199', 'ring 312.555.0199 before 2pm', 'Tel 001 312 555 0199', 'reach me at 3125550199']) {
      expect(textMentionsNumber(text, '+13125550199', 'US'), text).toBe(true);
    }
    expect(textMentionsNumber('Bitte rufen Sie 030 1234567 an', '+49301234567', 'GB')).toBe(true);
    expect(textMentionsNumber('Call me on +1 312 555 0147', '+13125550199', 'US')).toBe(false);
    expect(textMentionsNumber('Invoice 88401 for $3,412.50, due 2026-04-01', '+13125550199', 'US')).toBe(false);
  });
});
