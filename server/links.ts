/**
 * Signed tracking links: a compact, URL-safe token naming a shipment until an expiry.
 * token = base64url( version ‖ expiry (u32, seconds) ‖ shipment id ‖ HMAC-SHA256(first 16 bytes) )
 * Several secrets verify (rotation); the first one signs.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

const VERSION = 1;
const MAC_BYTES = 16;
const HEADER_BYTES = 5;
const MAX_ID_BYTES = 64;
/** Longer strings are not tokens; refuse them before doing any work. */
export const MAX_TOKEN_LENGTH = Math.ceil(((HEADER_BYTES + MAX_ID_BYTES + MAC_BYTES) * 4) / 3);

export const DEFAULT_LINK_TTL_SECONDS = 180 * 24 * 60 * 60;

function mac(secret: string, payload: Buffer): Buffer {
  return createHmac('sha256', secret).update(payload).digest().subarray(0, MAC_BYTES);
}

export function signLink(shipmentId: string, secrets: readonly string[], expiresAt: Date): string {
  const secret = secrets[0];
  if (!secret) throw new Error('signLink needs at least one secret');
  const id = Buffer.from(shipmentId, 'utf8');
  if (id.length === 0 || id.length > MAX_ID_BYTES) throw new Error('shipment id does not fit in a link');
  const payload = Buffer.alloc(HEADER_BYTES + id.length);
  payload.writeUInt8(VERSION, 0);
  payload.writeUInt32BE(Math.floor(expiresAt.getTime() / 1000), 1);
  id.copy(payload, HEADER_BYTES);
  return Buffer.concat([payload, mac(secret, payload)]).toString('base64url');
}

/**
 * The shipment id a token names, or null when the token is malformed, tampered with, signed by an
 * unknown secret or expired. Callers answer every null the same way, so validity cannot be probed.
 */
export function verifyLink(token: string, secrets: readonly string[], now: Date): string | null {
  if (token.length > MAX_TOKEN_LENGTH || !/^[A-Za-z0-9_-]+$/.test(token)) return null;
  const raw = Buffer.from(token, 'base64url');
  // Only the canonical spelling counts: base64 can hide changed bits in the last character.
  if (raw.toString('base64url') !== token) return null;
  if (raw.length <= HEADER_BYTES + MAC_BYTES || raw.readUInt8(0) !== VERSION) return null;
  const payload = raw.subarray(0, raw.length - MAC_BYTES);
  const given = raw.subarray(raw.length - MAC_BYTES);
  let valid = false;
  // Every secret is tried, whatever the outcome, so the time taken does not tell which one matched.
  for (const secret of secrets) valid = timingSafeEqual(mac(secret, payload), given) || valid;
  if (!valid) return null;
  if (payload.readUInt32BE(1) * 1000 <= now.getTime()) return null;
  return payload.subarray(HEADER_BYTES).toString('utf8');
}
