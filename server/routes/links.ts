/** Links a merchant puts in a shipping email: the hosted page and the same tracking as JSON. */
import type { Deps } from '../context.js';
import { signLink } from '../links.js';

export function shipmentLinks({ config, now }: Deps, shipmentId: string): { page: string; api: string } {
  const token = signLink(shipmentId, config.linkSecrets, new Date(now().getTime() + config.linkTtlSeconds * 1000));
  return { page: `${config.publicBaseUrl}/t/${token}`, api: `${config.publicBaseUrl}/api/v1/links/${token}` };
}
