/** Smart Send's shared vocabulary: the 14 categories, the carriers, and the shapes every layer passes around. */

export const CATEGORIES = [
  'AvailableForPickup',
  'Change',
  'Delayed',
  'Delivered',
  'DeliveryFailure',
  'Error',
  'Exception',
  'Expired',
  'Info',
  'Internal',
  'InTransit',
  'Notification',
  'OutForDelivery',
  'System',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Categories that never leave the server on a public route. */
export const HIDDEN_CATEGORIES: ReadonlySet<Category> = new Set<Category>(['Internal', 'System']);

export const CARRIER_CODES = ['postnord', 'gls', 'bring', 'dao', 'dhl', 'ups'] as const;
export type CarrierCode = (typeof CARRIER_CODES)[number];

export interface Location {
  name?: string;
  city?: string;
  postalCode?: string;
  /** ISO 3166-1 alpha-2, upper case. */
  country?: string;
}

/** What a merchant tells us about the recipient at booking. Personal data: never public. */
export interface Recipient {
  postalCode?: string;
  country?: string;
  locale?: string;
  name?: string;
  email?: string;
  phone?: string;
}

/** An event as it arrives, already in Smart Send's categories and validated. */
export interface EventInput {
  /** The sender's own id for the event, when it has one: the first choice for spotting a duplicate. */
  sourceId?: string;
  /** ISO 8601 with the offset at which it happened, normalised to `±HH:MM` (or `Z`). */
  occurredAt: string;
  category: Category;
  /** The carrier's own code for the event, when known. */
  code?: string;
  description?: string;
  location?: Location;
}

export interface StoredEvent {
  id: string;
  sourceId: string | null;
  category: Category;
  code: string | null;
  occurredAt: string;
  /** The instant of `occurredAt` in epoch milliseconds: what events are ordered by. */
  occurredAtMs: number;
  description: string | null;
  location: Location | null;
  receivedAt: string;
  /** Order of arrival, breaking ties between events that happened at the same instant. */
  seq: number;
}

export interface Shipment {
  id: string;
  carrier: CarrierCode;
  trackingNumber: string;
  reference: string | null;
  recipient: Recipient | null;
  createdAt: string;
  updatedAt: string;
  /** Grows with every change to the shipment or its events. */
  version: number;
  events: StoredEvent[];
}

/** Tracking numbers are compared without spaces and case: carriers print them in groups and mixed case. */
export function normalizeTrackingNumber(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase();
}

export const TRACKING_NUMBER_PATTERN = /^[A-Z0-9][A-Z0-9-]{2,63}$/;
