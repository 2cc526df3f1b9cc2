/**
 * One schema per payload: each validates its route's input and describes it in the OpenAPI document.
 * Messages are written for the developer reading the 400.
 */
import { z } from '@hono/zod-openapi';
import {
  CARRIER_CODES,
  CATEGORIES,
  type EventInput as DomainEventInput,
  normalizeTrackingNumber,
  TRACKING_NUMBER_PATTERN,
} from './domain.js';
import { parseOffsetDateTime } from './time.js';

const text = (max: number) => z.string().trim().min(1).max(max);

export const TrackingNumber = z
  .string()
  .max(100, 'a tracking number has at most 64 characters')
  .transform(normalizeTrackingNumber)
  .refine((n) => TRACKING_NUMBER_PATTERN.test(n), {
    message: 'a tracking number is 3 to 64 letters, digits or dashes',
  })
  .openapi({ example: '00370712345678901234', description: 'Spaces are ignored and letters compared in upper case.' });

export const Carrier = z.enum(CARRIER_CODES).openapi({ description: 'Carrier code.', example: 'postnord' });

export const Category = z.enum(CATEGORIES).openapi({ description: "One of Smart Send's 14 categories." });

export const OccurredAt = z
  .string()
  .max(40)
  .transform((s, ctx) => {
    const parsed = parseOffsetDateTime(s);
    if (!parsed) {
      ctx.addIssue({
        code: 'custom',
        message: 'must be an ISO 8601 date-time with the offset at which it happened, e.g. 2026-11-30T14:05:00+01:00',
      });
      return z.NEVER;
    }
    return parsed.iso;
  })
  .openapi({ type: 'string', format: 'date-time', example: '2026-11-30T14:05:00+01:00' });

const Country = z
  .string()
  .regex(/^[A-Za-z]{2}$/, 'a country is an ISO 3166-1 alpha-2 code')
  .transform((c) => c.toUpperCase());

export const Location = z
  .object({
    name: text(200).optional(),
    city: text(100).optional(),
    postalCode: text(20).optional(),
    country: Country.optional(),
  })
  .openapi('Location');

export const Recipient = z
  .object({
    postalCode: text(20).optional(),
    country: Country.optional(),
    locale: z
      .string()
      .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a locale is a BCP 47 tag such as da or da-DK')
      .optional(),
    name: text(200).optional(),
    email: z.email().max(254).optional(),
    phone: text(40).optional(),
  })
  .openapi('Recipient', { description: 'Personal data: stored for the merchant, never shown on a public route.' });

export const ShipmentRegistration = z
  .object({
    trackingNumber: TrackingNumber,
    carrier: Carrier,
    reference: text(200).optional().openapi({ description: "The merchant's own order or shipment reference." }),
    recipient: Recipient.optional(),
  })
  .openapi('ShipmentRegistration');

const eventFields = {
  occurredAt: OccurredAt,
  category: Category,
  code: text(64).optional().openapi({ description: "The carrier's own code for the event." }),
  description: z.string().max(2000).optional(),
  location: Location.optional(),
};

export const EventInput = z
  .object({
    id: text(128).optional().openapi({ description: "The sender's id for the event; the same id twice is one event." }),
    ...eventFields,
  })
  .openapi('EventInput');

/** An event as the API receives it, in the domain's words: the sender's `id` becomes `sourceId`. */
export function toDomainEvent({ id, ...event }: z.output<typeof EventInput>): DomainEventInput {
  return id === undefined ? event : { ...event, sourceId: id };
}

/** The same rules for the events an adapter makes of carrier data. */
export const AdapterShipments = z
  .array(
    z.object({
      trackingNumber: TrackingNumber,
      events: z.array(z.object({ sourceId: text(128).optional(), ...eventFields })).max(5000),
    }),
  )
  .max(100);

export const EventsPayload = z
  .object({
    trackingNumber: TrackingNumber,
    carrier: Carrier,
    events: z.array(EventInput).min(1, 'send at least one event').max(1000, 'send at most 1000 events per request'),
  })
  .openapi('EventsPayload');

export const IngestResult = z
  .object({
    accepted: z.number().int().openapi({ description: 'Events stored by this request.' }),
    duplicates: z.number().int().openapi({ description: 'Events already stored before, or twice in this request.' }),
  })
  .openapi('IngestResult');

export const PublicLocation = z
  .object({
    name: z.string().optional(),
    city: z.string().optional(),
    postalCode: z.string().optional(),
    country: z.string().optional(),
  })
  .openapi('PublicLocation');

export const PublicEvent = z
  .object({
    id: z.string(),
    category: Category,
    occurredAt: z.string().openapi({ format: 'date-time' }),
    description: z.string().optional().openapi({ description: 'Plain text, never markup.' }),
    location: PublicLocation.optional(),
  })
  .openapi('PublicEvent');

export const PublicTracking = z
  .object({
    trackingNumber: z.string(),
    carrier: z.object({ code: z.string(), name: z.string(), trackingUrl: z.string().openapi({ format: 'uri' }) }),
    status: Category.nullable().openapi({
      description: 'Where the parcel is now; null before the first public event.',
    }),
    events: z.array(PublicEvent).openapi({ description: 'Public events only, newest first.' }),
  })
  .openapi('PublicTracking');

export const Links = z
  .object({
    page: z.string().openapi({ format: 'uri', description: 'The hosted tracking page, for a shipping email.' }),
    api: z.string().openapi({ format: 'uri', description: 'The same tracking as JSON.' }),
  })
  .openapi('Links');

export const ShipmentCreated = z
  .object({ id: z.string(), trackingNumber: z.string(), carrier: Carrier, links: Links })
  .openapi('ShipmentCreated');

export const InternalEvent = z
  .object({
    id: z.string(),
    sourceId: z.string().nullable(),
    category: Category,
    code: z.string().nullable(),
    occurredAt: z.string(),
    description: z.string().nullable(),
    location: PublicLocation.nullable(),
    receivedAt: z.string(),
  })
  .openapi('InternalEvent');

export const ShipmentView = z
  .object({
    id: z.string(),
    trackingNumber: z.string(),
    carrier: Carrier,
    reference: z.string().nullable(),
    recipient: Recipient.nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    status: Category.nullable().openapi({ description: 'The public status.' }),
    links: Links,
    events: z.array(InternalEvent).openapi({ description: 'Every event, every category, newest first.' }),
  })
  .openapi('ShipmentView');

export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .openapi('Problem', { description: 'RFC 9457 problem details.' });

/** How every route documents its error answers. */
export const ProblemContent = { 'application/problem+json': { schema: Problem } };

export const TrackingNumberParam = z.object({
  trackingNumber: TrackingNumber.openapi({ param: { name: 'trackingNumber', in: 'path' } }),
});

export const TokenParam = z.object({
  // Any string: a malformed token gets the same 404 as a forged one, never a 400 that tells them apart.
  token: z.string().openapi({ param: { name: 'token', in: 'path' }, description: 'A signed tracking link token.' }),
});

export const ShipmentIdParam = z.object({
  id: z
    .string()
    .max(64)
    .openapi({ param: { name: 'id', in: 'path' } }),
});
