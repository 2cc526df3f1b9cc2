/** Identifiers this service hands out: random, URL-safe, unguessable. */
import { randomBytes } from 'node:crypto';

/** 128 random bits: a shipment id, which a signed link carries. */
export const newShipmentId = (): string => randomBytes(16).toString('base64url');

/** 96 random bits: an event id, public in `PublicTracking`. */
export const newEventId = (): string => randomBytes(12).toString('base64url');
