/** Identifiers this service hands out: random, URL-safe, unguessable. */
import { randomFillSync } from 'node:crypto';

// Random bytes drawn 4 KiB at a time: one call to the CSPRNG serves hundreds of ids (ingest makes one per event).
const pool = Buffer.alloc(4096);
let offset = pool.length;

function randomBytes(n: number): Buffer {
  if (offset + n > pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  // A copy: the pool's bytes are overwritten on the next refill, and never handed out twice.
  const bytes = Buffer.from(pool.subarray(offset, offset + n));
  offset += n;
  return bytes;
}

/** 128 random bits: a shipment id, which a signed link carries. */
export const newShipmentId = (): string => randomBytes(16).toString('base64url');

/** 96 random bits: an event id, public in `PublicTracking`. */
export const newEventId = (): string => randomBytes(12).toString('base64url');
