import { describe, expect, it } from 'vitest';
import { internalDestination, internalLiteral, isInternalAddress } from './destinations.js';

describe('destinations on the server’s own network', () => {
  it('knows loopback, private, link-local, shared and multicast addresses from public ones', () => {
    for (const a of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.10', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '::1', '::', 'fe80::1', 'fd12:3456::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1']) {
      expect(isInternalAddress(a), a).toBe(true);
    }
    for (const a of ['8.8.8.8', '172.32.0.1', '100.128.0.1', '1.1.1.1', '2001:4860:4860::8888', '::ffff:8.8.8.8', 'not-an-ip']) {
      expect(isInternalAddress(a), a).toBe(false);
    }
  });

  it('reads internal addresses written into a URL without asking DNS', () => {
    expect(internalLiteral(new URL('http://127.0.0.1:8080/hook'))).toBe('127.0.0.1');
    expect(internalLiteral(new URL('http://[::1]/hook'))).toBe('::1');
    expect(internalLiteral(new URL('http://169.254.169.254/latest/meta-data'))).toBe('169.254.169.254');
    expect(internalLiteral(new URL('http://localhost:3000/'))).toBe('localhost');
    expect(internalLiteral(new URL('http://0x7f.1/'))).toBe('127.0.0.1'); // the URL parser normalises it
    expect(internalLiteral(new URL('https://hooks.slack.com/services/T0/B0/x'))).toBeUndefined();
    expect(internalLiteral(new URL('https://8.8.8.8/'))).toBeUndefined();
  });

  it('resolves names: one that points inside is internal, one that does not resolve is left to the request', async () => {
    expect(await internalDestination(new URL('http://localhost:1/'))).toBe('localhost');
    expect(await internalDestination(new URL('http://no-such-host.invalid/'))).toBeUndefined();
  });
});
