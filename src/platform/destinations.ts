/**
 * Where a server-side request may go. Pages to a person's webhook, Slack or Teams address are
 * POSTed by the server, so an address on the server's own network (loopback, private ranges,
 * link-local — cloud metadata services live at 169.254.169.254) would let whoever saves one make
 * the server call internal systems. Such addresses are refused unless the operator allows them.
 */
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

const internal = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  internal.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  internal.addSubnet(net, prefix, 'ipv6');
}

/** Whether an IP address is loopback, private, link-local, shared, multicast or unspecified. */
export function isInternalAddress(address: string): boolean {
  const version = isIP(address);
  if (version === 4) return internal.check(address, 'ipv4');
  if (version !== 6) return false;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return internal.check(mapped[1], 'ipv4');
  return internal.check(address, 'ipv6');
}

/** The host of a URL as an IP literal (brackets removed), or undefined for a name. */
function literalHost(url: URL): string | undefined {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return isIP(host) ? host : undefined;
}

/** Without a DNS lookup: the internal address a URL names literally (`http://10.0.0.5/`), if any. */
export function internalLiteral(url: URL): string | undefined {
  const host = literalHost(url);
  if (host !== undefined) return isInternalAddress(host) ? host : undefined;
  return url.hostname === 'localhost' || url.hostname.endsWith('.localhost') ? url.hostname : undefined;
}

/**
 * The first internal address a URL's host resolves to, or undefined when every address is public.
 * (A name could resolve differently a moment later; the check narrows what an address can reach,
 * it is not a network boundary, which belongs in the firewall.)
 */
export async function internalDestination(url: URL): Promise<string | undefined> {
  const literal = internalLiteral(url);
  if (literal !== undefined || literalHost(url) !== undefined) return literal;
  // A name that does not resolve now is left to the request itself, which fails and is retried.
  const addresses = await lookup(url.hostname, { all: true, verbatim: true }).catch(() => []);
  return addresses.find((a) => isInternalAddress(a.address))?.address;
}
