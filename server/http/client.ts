/** Who is asking: the key the rate limit counts by. */
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import type { Context } from 'hono';

/**
 * The client's address: the socket's, or with `TRUST_PROXY` the first `X-Forwarded-For` entry (what the
 * proxy in front saw). IPv6 clients are counted by their /64, which one subscriber usually holds whole.
 */
export function clientKey(c: Context, trustProxy: boolean): string {
  let address: string | undefined;
  if (trustProxy) address = c.req.header('X-Forwarded-For')?.split(',')[0]?.trim();
  if (!address) address = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming?.socket?.remoteAddress;
  if (!address) return 'unknown';
  address = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
  // Anything that is not an address (a proxy may pass on junk) is counted as itself.
  return isIP(address) === 6 ? ipv6Prefix64(address) : address.slice(0, 100);
}

function ipv6Prefix64(address: string): string {
  const [head = '', tail = ''] = address.split('%')[0]!.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::')
    ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.toLowerCase().replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
