import { describe, expect, it } from 'vitest';
import { onlyTimeZoneOf, readCountry, readPriority, readRole, readStatus, readYesNo } from './row-words.js';

describe('words of other systems', () => {
  it('reads priorities as ConnectWise, Autotask and HaloPSA write them', () => {
    expect(readPriority('Priority 1 - Emergency Response')).toBe('P1');
    expect(readPriority('Priority 4 - Schedule Maintenance')).toBe('P4');
    expect(readPriority('2 - High')).toBe('P2');
    expect(readPriority('P3')).toBe('P3');
    expect(readPriority('Critical')).toBe('P1');
    expect(readPriority('Medium')).toBe('P3');
    expect(readPriority('Low')).toBe('P4');
    expect(readPriority('7')).toBe('P4');
    expect(readPriority('Do Not Respond')).toBeUndefined();
  });

  it('reads statuses: waiting on a vendor or the client, new, finished, else open', () => {
    expect(readStatus('Waiting Customer').status).toBe('waiting_on_client');
    expect(readStatus('Waiting Vendor').status).toBe('waiting_on_vendor');
    expect(readStatus('Pending third party').status).toBe('waiting_on_vendor');
    expect(readStatus('New').status).toBe('new');
    expect(readStatus('Complete').status).toBe('finished');
    expect(readStatus('Closed').status).toBe('finished');
    expect(readStatus('Resolved').status).toBe('finished');
    expect(readStatus('In Progress')).toEqual({ status: 'open', known: true });
    expect(readStatus('Purple')).toEqual({ status: 'open', known: false });
  });

  it('reads roles with the least rights for names it does not know, and owner only when written', () => {
    expect(readRole('Owner').role).toBe('owner');
    expect(readRole('Administrator').role).toBe('admin');
    expect(readRole('Service Desk Manager').role).toBe('service_manager');
    expect(readRole('Engineer')).toEqual({ role: 'technician', known: true });
    expect(readRole('Company Owner Partner')).toEqual({ role: 'technician', known: false });
  });

  it('reads yes and no', () => {
    expect(readYesNo('Yes')).toBe(true);
    expect(readYesNo('x')).toBe(true);
    expect(readYesNo('')).toBe(false);
    expect(readYesNo('maybe')).toBeUndefined();
  });

  it('reads countries by code, English name or common alias', () => {
    const names = new Map([['united kingdom', 'GB'], ['code:GB', 'GB'], ['netherlands', 'NL'], ['code:US', 'US']]);
    expect(readCountry('gb', names)).toBe('GB');
    expect(readCountry('United Kingdom', names)).toBe('GB');
    expect(readCountry('UK', names)).toBe('GB');
    expect(readCountry('USA', names)).toBe('US');
    expect(readCountry('Atlantis', names)).toBeUndefined();
  });

  it('gives a country’s one time zone by the country’s own name, none for countries with several', () => {
    expect(onlyTimeZoneOf('GB')).toBe('Europe/London');
    expect(onlyTimeZoneOf('NL')).toBe('Europe/Amsterdam');
    expect(onlyTimeZoneOf('SE')).toBe('Europe/Stockholm');
    expect(onlyTimeZoneOf('IE')).toBe('Europe/Dublin');
    expect(onlyTimeZoneOf('US')).toBeUndefined();
    expect(onlyTimeZoneOf('DE')).toBeUndefined();
  });
});
