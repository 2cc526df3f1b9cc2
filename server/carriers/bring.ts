/**
 * Bring: everything this service knows about Bring lives in this file.
 * Two payloads, one vocabulary of event statuses: the Tracking API response
 * (`consignmentSet[].packageSet[].eventSet[]`, `dateIso` with its offset, descriptions with inline HTML) and
 * the Event Cast webhook body (`{ status, id, shipment, package, created, pushed }`: one event, no history,
 * times in UTC as `+0000`). Errors come inside HTTP 200 as `consignmentSet[].error { code, message }`.
 */
import { z } from 'zod';
import type { Category, EventInput } from '../domain.js';
import { formatAtOffset, offsetMinutesOf, parseOffsetDateTime } from '../time.js';
import {
  CarrierReportedError,
  carrierEvent,
  carrierText,
  mapCode,
  PayloadShapeError,
  place,
  readPayload,
} from './adapter-kit.js';
import { toAlpha2 } from './countries.js';
import { resolveCarrierTime, zoneForCountry, zoneOffsetMinutes } from './local-time.js';
import type { CarrierAdapter, ParsedPayload, ParsedShipment } from './types.js';

/** Bring's event `status` → category. Matched whole: `DELIVERED_SENDER` is not `DELIVERED`. */
const BY_STATUS: Readonly<Record<string, Category>> = {
  PRE_NOTIFIED: 'Info', // EDI received: Bring knows of the parcel, has not got it
  HANDED_IN: 'InTransit', // judgement call: handed in to Bring, its first physical scan
  COLLECTED: 'InTransit', // collected at the sender's address
  IN_TRANSIT: 'InTransit',
  TERMINAL: 'InTransit',
  INTERNATIONAL: 'InTransit', // left the origin country or reached the destination country
  CUSTOMS: 'InTransit', // judgement call: clearance is a routine step; a hold comes as DEVIATION
  TRANSPORT_TO_RECIPIENT: 'OutForDelivery', // loaded for delivery
  READY_FOR_PICKUP: 'AvailableForPickup',
  ATTEMPTED_DELIVERY: 'DeliveryFailure',
  DELIVERED: 'Delivered',
  DELIVERED_SENDER: 'Exception', // judgement call: delivered back to the sender, so never Delivered for the recipient
  RETURN: 'Exception', // on its way back to the sender
  DELIVERY_ORDERED: 'Change', // home delivery ordered
  DELIVERY_CHANGED: 'Change', // home delivery moved to another date by the customer
  DELIVERY_CANCELLED: 'Change', // judgement call: home delivery cancelled by the customer; the parcel still comes
  NOTIFICATION_SENT: 'Notification', // sms, push or e-mail to the recipient, e.g. a pickup notice
  DEVIATION: 'Delayed', // judgement call: "something wrong, a probability for delay"; see categoryOf()
  UNKNOWN: 'Info', // Bring's own "unknown / undefined event"
  EXPIRED: 'System', // judgement call, Event Cast only: the webhook subscription ended; nothing about the parcel
};

/** Event Cast's word (its API docs) for "Bring has not found this parcel within two days": an error, not an event. */
const NOT_REGISTERED = 'NOT_REGISTERED';

/** Bring's home: an Event Cast time (UTC) is shown at the offset this zone had then (the same as DK and SE). */
const HOME_ZONE = zoneForCountry('NO')!;

const Address = z.object({ countryCode: z.string().nullish() }).nullish();

const Event = z.object({
  status: z.string().nullish(),
  description: z.string().nullish(),
  postalCode: z.string().nullish(),
  city: z.string().nullish(),
  countryCode: z.string().nullish(),
  dateIso: z.string().nullish(),
  displayDate: z.string().nullish(),
  displayTime: z.string().nullish(),
  insignificant: z.boolean().nullish(),
});

const Package = z.object({
  packageNumber: z.string({ error: 'every package needs its packageNumber' }),
  // Read for its country only, to find the time zone of an event without one; nothing of it is stored.
  recipientAddress: Address,
  recipientHandlingAddress: Address,
  eventSet: z.array(Event).nullish(),
});

const Consignment = z.object({
  packageSet: z.array(Package).nullish(),
  recipientAddress: Address,
  recipientHandlingAddress: Address,
});

const TrackingResponse = z.object({
  consignmentSet: z.array(Consignment, { error: 'a Bring Tracking API response has consignmentSet[]' }),
});

const ConsignmentErrors = z.object({
  consignmentSet: z.array(
    z.object({
      consignmentId: z.unknown().optional(),
      error: z.object({ code: z.union([z.string(), z.number()]).nullish(), message: z.string().nullish() }).nullish(),
    }),
  ),
});

const EventCast = z.object({
  status: z.string({ error: 'an Event Cast body has the event status' }),
  // Not used as the event's identity: see parseEventCast().
  id: z.string().nullish(),
  shipment: z.string().nullish(),
  package: z.string().nullish(),
  created: z.string({ error: 'an Event Cast body has the created time' }),
});

type BringEvent = z.output<typeof Event>;

export const bring: CarrierAdapter = {
  code: 'bring',
  name: 'Bring',
  trackingUrl: (n) => `https://tracking.bring.com/tracking/${encodeURIComponent(n)}`,

  parse(payload) {
    const body = payload as Record<string, unknown>;
    if (body && typeof body === 'object' && 'consignmentSet' in body) return parseTrackingResponse(payload);
    if (body && typeof body === 'object' && ('created' in body || 'status' in body)) return parseEventCast(payload);
    throw new PayloadShapeError(
      'This is not a Bring tracking payload: expected a Tracking API response with consignmentSet[] ' +
        'or an Event Cast body with status, package and created',
    );
  },
};

function parseTrackingResponse(payload: unknown): ParsedPayload {
  // One consignment with an error makes the whole payload a 422, the others included: the request takes effect
  // whole or not at all, and a 200 for the found half would hide the error from the caller.
  const errors = (ConsignmentErrors.safeParse(payload).data?.consignmentSet ?? []).filter((c) => c.error);
  if (errors.length) {
    const reasons = errors.map(({ consignmentId, error }) =>
      [typeof consignmentId === 'string' && consignmentId ? `${consignmentId}:` : '', error?.code, error?.message]
        .filter((part) => part !== undefined && part !== null && part !== '')
        .join(' '),
    );
    throw new CarrierReportedError(reasons.join('; ') || 'an error without text');
  }

  const response = readPayload(TrackingResponse, payload, 'Bring');
  const unmapped = new Set<string>();
  const byPackage = new Map<string, EventInput[]>();
  for (const consignment of response.consignmentSet) {
    for (const pkg of consignment.packageSet ?? []) {
      const destination = toAlpha2(
        pkg.recipientHandlingAddress?.countryCode ||
          pkg.recipientAddress?.countryCode ||
          consignment.recipientHandlingAddress?.countryCode ||
          consignment.recipientAddress?.countryCode,
      );
      const events = (pkg.eventSet ?? []).map((e, i) =>
        toEvent(e, `packageSet[${pkg.packageNumber}].eventSet[${i}]`, destination, unmapped),
      );
      byPackage.set(pkg.packageNumber, [...(byPackage.get(pkg.packageNumber) ?? []), ...events]);
    }
  }
  const shipments: ParsedShipment[] = [...byPackage].map(([trackingNumber, events]) => ({ trackingNumber, events }));
  return { shipments, unmapped: [...unmapped] };
}

function toEvent(e: BringEvent, path: string, destination: string | undefined, unmapped: Set<string>): EventInput {
  const country = toAlpha2(e.countryCode);
  const occurredAt = eventTime(e, [country, destination, 'NO']);
  if (!occurredAt) {
    throw new PayloadShapeError(
      `${path}.dateIso: not a date-time, and no displayDate/displayTime to fall back on: ${e.dateIso ?? '(missing)'}`,
    );
  }
  const code = e.status?.trim() || undefined;
  return carrierEvent({
    occurredAt,
    category: code ? categoryOf(code, e.insignificant, unmapped) : 'Info',
    code,
    description: carrierText(e.description),
    // The event's own place (a terminal, a pickup point, a distribution unit). Never the recipient's address,
    // the sender's name or the signature's name, which sit beside it in the payload.
    location: place({ city: e.city, postalCode: e.postalCode, country }),
  });
}

/**
 * `dateIso` carries its offset and is kept as it is. Without one (or without `dateIso`), the local
 * `displayDate` "30.09.2010" + `displayTime` "17:45" are read in the zone of the event's place.
 */
function eventTime(e: BringEvent, countries: readonly (string | undefined)[]): string | null {
  if (e.dateIso) {
    const resolved = resolveCarrierTime(e.dateIso, countries);
    if (resolved) return resolved;
  }
  const date = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(e.displayDate?.trim() ?? '');
  const time = /^(\d{2}):(\d{2})$/.exec(e.displayTime?.trim() ?? '');
  if (!date || !time) return null;
  return resolveCarrierTime(`${date[3]}-${date[2]}-${date[1]}T${time[1]}:${time[2]}:00`, countries);
}

/**
 * DEVIATION is Bring's "something went wrong, a delay is likely": Delayed. But a deviation Bring itself flags
 * `insignificant` must not tell a recipient the parcel is late: Info, which never outranks where the parcel is.
 * Judgement call: the flag is on every v2 event; its meaning is read from its name, Bring does not define it.
 */
function categoryOf(status: string, insignificant: boolean | null | undefined, unmapped: Set<string>): Category {
  if (status === 'DEVIATION' && insignificant) return 'Info';
  return mapCode(BY_STATUS, status, unmapped);
}

/**
 * One webhook call is one event. Its `id` is not taken as the event's identity: Bring does not document what it
 * identifies, and a webhook subscription has an id of the same form; if it were that, every later event of the
 * parcel would be dropped as a duplicate. Time + status tell Bring's retries apart just as well, and match the
 * same event when it comes again from the Tracking API.
 */
function parseEventCast(payload: unknown): ParsedPayload {
  const body = readPayload(EventCast, payload, 'Bring Event Cast');
  const trackingNumber = body.package?.trim() || body.shipment?.trim();
  if (!trackingNumber) throw new PayloadShapeError('This Bring Event Cast body names neither a package nor a shipment');
  const status = body.status.trim();
  if (status === NOT_REGISTERED) {
    throw new CarrierReportedError(
      `${NOT_REGISTERED}: Bring has not found ${trackingNumber}; the webhook was not registered`,
    );
  }
  const occurredAt = fromUtc(body.created);
  if (!occurredAt) throw new PayloadShapeError(`created: not a date-time with an offset: ${body.created}`);
  const unmapped = new Set<string>();
  const event: EventInput = { occurredAt, category: mapCode(BY_STATUS, status, unmapped), code: status };
  return { shipments: [{ trackingNumber, events: [event] }], unmapped: [...unmapped] };
}

/**
 * Event Cast writes every time in UTC, which is not where anything happened. The webhook names no place, so
 * the instant is kept and written at the offset Bring's home zone had then: the time a Norwegian, Swedish or
 * Danish recipient read on the clock, and the offset the Tracking API gives the same event.
 * A time Bring did give a real offset is kept as it is.
 */
function fromUtc(raw: string): string | null {
  const parsed = parseOffsetDateTime(raw);
  if (!parsed) return null;
  if (offsetMinutesOf(parsed.iso) !== 0) return parsed.iso;
  return formatAtOffset(parsed.epochMs, zoneOffsetMinutes(HOME_ZONE, parsed.epochMs));
}
