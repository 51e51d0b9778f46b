/**
 * Which clients of the SMTP listener are our own relays (SWITCHBOARD_MAIL_RELAYS): for their mail,
 * SPF is checked for the client the relay recorded, not for the relay. Pure; no I/O.
 */
import { BlockList, isIP } from 'node:net';

/** The ranges the keywords stand for (the same words as SWITCHBOARD_TRUSTED_PROXIES). */
const KEYWORDS: Record<string, [string, number][]> = {
  loopback: [['127.0.0.0', 8], ['::1', 128]],
  linklocal: [['169.254.0.0', 16], ['fe80::', 10]],
  uniquelocal: [['10.0.0.0', 8], ['172.16.0.0', 12], ['192.168.0.0', 16], ['fc00::', 7]],
};

const family = (address: string) => (isIP(address) === 6 ? 'ipv6' : 'ipv4');

/** The ranges one list item stands for: a keyword's, a CIDR range, or one address. */
function ranges(item: string): [string, number][] {
  const keyword = KEYWORDS[item];
  if (keyword) return keyword;
  const [address, prefix] = item.split('/');
  return [[address, prefix === undefined ? (family(address) === 'ipv6' ? 128 : 32) : Number(prefix)]];
}

/**
 * A test of whether an address is one of the relays in a checked list of addresses, CIDR ranges
 * and keywords (config.ts validates it). An IPv4 address written IPv6-mapped (::ffff:a.b.c.d)
 * counts as the IPv4 address.
 */
export function relayMatcher(items: string[]): (address: string) => boolean {
  if (items.length === 0) return () => false;
  const list = new BlockList();
  for (const item of items) {
    for (const [address, prefix] of ranges(item)) list.addSubnet(address, prefix, family(address));
  }
  return (address) => {
    const plain = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
    return isIP(plain) !== 0 && list.check(plain, family(plain));
  };
}
