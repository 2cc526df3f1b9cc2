/**
 * The public projection: the one place that decides what a recipient may see.
 * Full shipment in, `PublicTracking` out; every public route and the hosted page go through it.
 */
import { carrierInfo } from './carriers/registry.js';
import { type Category, HIDDEN_CATEGORIES, type Location, type Shipment, type StoredEvent } from './domain.js';
import { plainText, redactor } from './text.js';

export interface PublicLocation {
  name?: string;
  city?: string;
  postalCode?: string;
  country?: string;
}

export interface PublicEvent {
  id: string;
  category: Category;
  occurredAt: string;
  description?: string;
  location?: PublicLocation;
}

export interface PublicTracking {
  trackingNumber: string;
  carrier: { code: string; name: string; trackingUrl: string };
  status: Category | null;
  events: PublicEvent[];
}

/** Events that say where the parcel is. Info and Notification only speak when nothing else has. */
const PROGRESS: ReadonlySet<Category> = new Set<Category>([
  'InTransit',
  'OutForDelivery',
  'AvailableForPickup',
  'Delivered',
  'DeliveryFailure',
  'Delayed',
  'Exception',
  'Change',
]);
const WEAK: ReadonlySet<Category> = new Set<Category>(['Info', 'Notification']);
/** Said about the tracking, not the parcel: they never hide a real last status. */
const META: ReadonlySet<Category> = new Set<Category>(['Expired', 'Error']);

/** Newest first; at the same instant, the later arrival first. */
export function newestFirst(a: StoredEvent, b: StoredEvent): number {
  return b.occurredAtMs - a.occurredAtMs || b.seq - a.seq;
}

/**
 * The category that best describes where the parcel is now. `Delivered` is final: carriers send stray
 * scans after it (bookkeeping, photos, a late hub scan) and a recipient must not see the parcel "un-deliver".
 */
export function currentStatus(events: readonly StoredEvent[]): Category | null {
  let progress: StoredEvent | undefined;
  let weak: StoredEvent | undefined;
  let meta: StoredEvent | undefined;
  for (const e of events) {
    if (e.category === 'Delivered') return 'Delivered';
    if (PROGRESS.has(e.category)) progress = later(progress, e);
    else if (WEAK.has(e.category)) weak = later(weak, e);
    else if (META.has(e.category)) meta = later(meta, e);
  }
  return (progress ?? weak ?? meta)?.category ?? null;
}

function later(current: StoredEvent | undefined, candidate: StoredEvent): StoredEvent {
  return !current || newestFirst(current, candidate) > 0 ? candidate : current;
}

/** Every public route's answer for a shipment. Pure: the same shipment always gives the same JSON. */
export function toPublicTracking(shipment: Shipment): PublicTracking {
  const carrier = carrierInfo(shipment.carrier);
  const redact = redactor([shipment.recipient?.name, shipment.recipient?.email, shipment.recipient?.phone]);
  const visible = shipment.events.filter((e) => !HIDDEN_CATEGORIES.has(e.category));
  return {
    trackingNumber: shipment.trackingNumber,
    carrier: { code: carrier.code, name: carrier.name, trackingUrl: carrier.trackingUrl(shipment.trackingNumber) },
    status: currentStatus(visible),
    events: visible.sort(newestFirst).map((e) => publicEvent(e, redact)),
  };
}

function publicEvent(e: StoredEvent, redact: (s: string) => string): PublicEvent {
  const out: PublicEvent = { id: e.id, category: e.category, occurredAt: e.occurredAt };
  const description = e.description ? redact(plainText(e.description)) : '';
  if (description) out.description = description;
  const location = e.location ? publicLocation(e.location, redact) : undefined;
  if (location) out.location = location;
  return out;
}

function publicLocation(l: Location, redact: (s: string) => string): PublicLocation | undefined {
  const out: PublicLocation = {};
  for (const key of ['name', 'city', 'postalCode'] as const) {
    const value = l[key] ? redact(plainText(l[key], 120)) : '';
    if (value) out[key] = value;
  }
  if (l.country && /^[A-Z]{2}$/.test(l.country)) out.country = l.country;
  return Object.keys(out).length ? out : undefined;
}
