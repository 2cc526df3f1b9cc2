/** The JSON the public tracking API answers with (CONTRACT.md, `PublicTracking`), and the problem the element reports. */

/** Smart Send's shared event categories. `Internal` and `System` never reach a public route. */
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

export interface PublicLocation {
  name?: string;
  city?: string;
  postalCode?: string;
  /** ISO 3166-1 alpha-2. */
  country?: string;
}

export interface PublicEvent {
  id: string;
  category: Category;
  /** ISO 8601 with the offset at which it happened. */
  occurredAt: string;
  /** Plain text from the carrier; never markup. */
  description?: string;
  location?: PublicLocation;
}

export interface PublicTracking {
  trackingNumber: string;
  carrier: { code: string; name: string; trackingUrl: string };
  /** The category that best describes where the parcel is now; null before the first public event. */
  status: Category | null;
  /** Newest first. */
  events: PublicEvent[];
}

/**
 * An RFC 9457 problem: the API's own answer, or one the element writes for a failure that never reached the
 * API (network down: `status` is absent and `type` is `urn:smartsend-tracking:problem:network`).
 */
export interface TrackingProblem {
  type: string;
  title: string;
  status?: number;
  detail?: string;
}
