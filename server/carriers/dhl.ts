/**
 * DHL: everything this service knows about DHL lives in this file.
 * Payload: Shipment Tracking - Unified (`GET /track/shipments`): `shipments[]`, each with `id`, `destination`,
 * `details` and `events[]{timestamp, location.address, statusCode, status, description}`. A timestamp without
 * an offset is local to the event's place. Errors are RFC 7807 bodies `{ title, status, detail }`.
 * One payload may hold several shipments; each becomes its own.
 */
import { z } from 'zod';
import type { Category, EventInput } from '../domain.js';
import { redactor } from '../text.js';
import {
  carrierEvent,
  carrierText,
  mapCode,
  PayloadShapeError,
  place,
  readPayload,
  rejectProblemBody,
} from './adapter-kit.js';
import { toAlpha2 } from './countries.js';
import { resolveCarrierTime } from './local-time.js';
import type { CarrierAdapter, ParsedShipment } from './types.js';

/**
 * An event's `statusCode` → category. DHL has exactly these five across its divisions; `status` and
 * `description` are free text that each division words (and translates) its own way, so they never decide.
 */
const BY_STATUS_CODE: Readonly<Record<string, Category>> = {
  'pre-transit': 'Info', // DHL has the shipment data, not yet the parcel
  transit: 'InTransit',
  delivered: 'Delivered',
  // Judgement call: `failure` covers a missed attempt, a refusal, a return and a hold alike; DeliveryFailure
  // would claim an attempt at the door that DHL has not said happened. Exception is true of all of them.
  failure: 'Exception',
  // Judgement call: karrio reads `unknown` as a delay; DHL says nothing of the kind, so it informs only.
  unknown: 'Info',
};

const Address = z
  .object({
    countryCode: z.string().nullish(),
    postalCode: z.string().nullish(),
    addressLocality: z.string().nullish(),
  })
  .nullish();

const Place = z.object({ address: Address }).nullish();

const Event = z.object({
  timestamp: z.string({ error: 'every event needs its timestamp' }),
  location: Place,
  statusCode: z.string().nullish(),
  status: z.string().nullish(),
  description: z.string().nullish(),
});

/** Read only to cut these names out of carrier text: a recipient's or signee's name is never stored. */
const Person = z
  .object({ name: z.string().nullish(), givenName: z.string().nullish(), familyName: z.string().nullish() })
  .nullish();

const Shipment = z.object({
  id: z.union([z.string(), z.number()], { error: 'every shipment needs its id' }).transform(String),
  origin: Place,
  destination: Place,
  // The latest event, repeated; used only when `events` is empty (some services answer with it alone).
  status: z.unknown().optional(),
  details: z
    .object({
      receiver: Person,
      proofOfDelivery: z.object({ signee: Person, signed: Person }).nullish(),
    })
    .nullish(),
  events: z.array(Event, { error: 'events is a list of events' }).nullish(),
});

const Response = z.object({
  shipments: z.array(Shipment, { error: 'a DHL Unified response has shipments[]' }),
});

export const dhl: CarrierAdapter = {
  code: 'dhl',
  name: 'DHL',
  trackingUrl: (n) => `https://www.dhl.com/dk-da/home/tracking.html?tracking-id=${encodeURIComponent(n)}&submit=1`,

  parse(payload) {
    rejectProblemBody(payload, 'shipments');

    const response = readPayload(Response, payload, 'DHL');
    const unmapped = new Set<string>();
    const shipments: ParsedShipment[] = response.shipments.map((shipment, s) => {
      const destination = toAlpha2(shipment.destination?.address?.countryCode);
      const origin = toAlpha2(shipment.origin?.address?.countryCode);
      const redact = redactor(namesOf(shipment.details));
      const latest = Event.safeParse(shipment.status);
      const source = shipment.events?.length ? shipment.events : latest.success ? [latest.data] : [];
      const events = source.map((e, i): EventInput => {
        const address = e.location?.address;
        const country = toAlpha2(address?.countryCode);
        const occurredAt = resolveCarrierTime(e.timestamp, [country, destination, origin]);
        if (!occurredAt) {
          throw new PayloadShapeError(
            `shipments[${s}].events[${i}].timestamp: not a date-time, or without an offset and a country to read it in: ${e.timestamp}`,
          );
        }
        const code = e.statusCode?.trim() || undefined;
        const category = mapCode(BY_STATUS_CODE, code ?? 'NO_STATUS_CODE', unmapped);
        return carrierEvent({
          occurredAt,
          category,
          code,
          description: meaningful(carrierText(redact(e.description ?? e.status ?? ''))),
          location: place({
            city: meaningful(redact(locality(address?.addressLocality))),
            postalCode: address?.postalCode,
            country,
          }),
        });
      });
      return { trackingNumber: shipment.id, events };
    });
    return { shipments, unmapped: [...unmapped] };
  },
};

/**
 * `addressLocality` is meant to be a town, but DHL's own examples put a street in it ("Oderweg 2, AMSTERDAM").
 * A part with a digit in it is a street line or house number, never a town: it is dropped.
 */
function locality(raw: string | null | undefined): string {
  return (raw ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part && !/\d/.test(part))
    .join(', ');
}

/** Text that is nothing but what redaction left behind is no text at all. */
function meaningful(text: string | undefined): string | undefined {
  return text && /[\p{L}\p{N}]/u.test(text) ? text : undefined;
}

/** Cuts the receiver's and signee's names out of carrier text ("Delivered - Signed for by: J. Hansen"). */
function namesOf(details: z.output<typeof Shipment>['details']): (string | null | undefined)[] {
  const people = [details?.receiver, details?.proofOfDelivery?.signee, details?.proofOfDelivery?.signed];
  return people.flatMap((p) => [p?.name, p?.givenName, p?.familyName]);
}
