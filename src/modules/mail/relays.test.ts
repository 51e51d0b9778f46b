import { describe, expect, it } from 'vitest';
import { relayMatcher } from './relays.js';

describe('relayMatcher', () => {
  it('matches addresses, CIDR ranges and keywords, IPv4-mapped addresses as IPv4', () => {
    const isRelay = relayMatcher(['192.0.2.25', '198.51.100.0/24', '2001:db8::/32', 'loopback']);
    expect(isRelay('192.0.2.25')).toBe(true);
    expect(isRelay('::ffff:192.0.2.25')).toBe(true);
    expect(isRelay('192.0.2.26')).toBe(false);
    expect(isRelay('198.51.100.7')).toBe(true);
    expect(isRelay('198.51.101.7')).toBe(false);
    expect(isRelay('2001:db8::25')).toBe(true);
    expect(isRelay('127.0.0.1')).toBe(true);
    expect(isRelay('::1')).toBe(true);
    expect(isRelay('10.0.0.1')).toBe(false);
    expect(isRelay('not an address')).toBe(false);
  });

  it('trusts no one when the list is empty', () => {
    expect(relayMatcher([])('127.0.0.1')).toBe(false);
  });
});
