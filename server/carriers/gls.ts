/**
 * GLS: everything this service knows about GLS lives in this file.
 * Payload: GLS Group Track And Trace V1 (`/tracking/simple/…`), `{ parcels: [...] }`: one entry per parcel
 * (a reference can find several), each with GLS's current `status` at `statusDateTime` and its history
 * `events[]` (codes `GROUP.DETAIL`, times like `2024-10-07T10:46:14+0200`, offset without a colon).
 * Errors come per parcel inside HTTP 200 (`errorCode`, `errorMessage`), or as problem JSON / a gateway fault.
 */
import { z } from 'zod';
import type { Category, EventInput } from '../domain.js';
import { parseOffsetDateTime } from '../time.js';
import {
  CarrierReportedError,
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
 * GLS code → category. Matched whole, never by prefix: `DELIVEREDPS` contains `DELIVERED` and means the
 * opposite for the recipient (the parcel waits for them at a shop).
 */
const GLS_CODES: Readonly<Record<string, Category>> = {
  // The parcel `status`: GLS's own summary, the full vendor enum. It becomes an event where the history
  // does not already say it (see statusEvent()).
  PLANNEDPICKUP: 'Info', // a pick-up at the sender is planned
  INPICKUP: 'Info', // a driver will pick it up at the sender: not yet in GLS's hands
  NOTPICKEDUP: 'Exception', // the pick-up at the sender failed; the sender has to act
  PREADVICE: 'Info', // GLS has the parcel data, not the parcel
  INTRANSIT: 'InTransit',
  INWAREHOUSE: 'InTransit', // judgement call: held in a GLS warehouse, still GLS's to move on
  INDELIVERY: 'OutForDelivery',
  DELIVEREDPS: 'AvailableForPickup', // judgement call: "delivered" to a ParcelShop, where the recipient collects it
  DELIVERED: 'Delivered',
  NOTDELIVERED: 'DeliveryFailure',
  CANCELED: 'Exception', // judgement call: the sender cancelled; the parcel will not arrive as planned
  FINAL: 'Expired', // judgement call: "parcel history closed"; Expired never hides the status before it

  // Event codes: only these are public; GLS lists the rest through its /tracking/events/codes endpoint,
  // and each one met here is reported as unmapped until it is added.
  'INTIAL.PREADVICE': 'Info', // (sic) parcel data entered; the parcel not yet handed over
  'INTIAL.E48_DATA': 'Info', // provided by the sender for collection by GLS: still at the sender
  'INTIAL.NORMAL': 'InTransit', // judgement call: handed over to GLS, its first physical scan
  'DELIVD.PARCELSHOP': 'AvailableForPickup', // judgement call: as DELIVEREDPS; DELIVD.* is not read as Delivered
};

const Event = z.object({
  code: z.string().nullish(),
  city: z.string().nullish(),
  postalCode: z.string().nullish(),
  country: z.string().nullish(),
  description: z.string().nullish(),
  eventDateTime: z.string({ error: 'every event needs its eventDateTime' }),
});

const Parcel = z.object({
  unitno: z.string({ error: 'every parcel without an errorCode needs its unitno (the GLS parcel number)' }),
  status: z.string().nullish(),
  statusDateTime: z.string().nullish(),
  // Absent when asked with showEvents=false: the status alone still says where the parcel is.
  events: z.array(Event).nullish(),
});

const Response = z.object({ parcels: z.array(Parcel, { error: 'a GLS response has parcels[]' }) });

/** Read before the full shape: a parcel GLS could not find has nothing but `requested` and the error. */
const ParcelErrors = z.object({
  parcels: z.array(
    z.object({
      requested: z.unknown().optional(),
      errorCode: z.string().nullish(),
      errorMessage: z.string().nullish(),
    }),
  ),
});

/** GLS's API gateway answers auth and quota failures with a fault of its own. */
const GatewayFault = z.object({
  fault: z.object({ faultstring: z.string(), detail: z.object({ errorcode: z.string().nullish() }).nullish() }),
});

type Parsed = z.output<typeof Event>;

export const gls: CarrierAdapter = {
  code: 'gls',
  name: 'GLS',
  trackingUrl: (n) => `https://gls-group.com/DK/da/find-pakke?match=${encodeURIComponent(n)}`,

  parse(payload) {
    rejectCarrierErrors(payload);
    const response = readPayload(Response, payload, 'GLS');
    const unmapped = new Set<string>();
    // One parcel asked for twice (by number and by reference) is still one shipment.
    const byUnit = new Map<string, EventInput[]>();
    for (const parcel of response.parcels) {
      const history = parcel.events ?? [];
      // Where an event names no country (a ParcelShop delivery often does not): the parcel's latest known one
      // (GLS lists the newest first).
      const parcelCountry = history.map((e) => toAlpha2(e.country)).find(Boolean);
      const events = history.map((e, i) =>
        toEvent(e, `parcels[${parcel.unitno}].events[${i}]`, parcelCountry, unmapped),
      );
      const summary = statusEvent(parcel.status, parcel.statusDateTime, events, parcelCountry, parcel.unitno, unmapped);
      if (summary) events.push(summary);
      byUnit.set(parcel.unitno, [...(byUnit.get(parcel.unitno) ?? []), ...events]);
    }
    const shipments: ParsedShipment[] = [...byUnit].map(([trackingNumber, events]) => ({ trackingNumber, events }));
    return { shipments, unmapped: [...unmapped] };
  },
};

/**
 * Any error GLS reports makes the whole payload a 422, even when other parcels in it were found: the request
 * takes effect whole or not at all, and a 200 for the found half would hide the error from the caller, who can
 * ask again for the parcels GLS knows.
 */
function rejectCarrierErrors(payload: unknown): void {
  const fault = GatewayFault.safeParse(payload);
  if (fault.success) {
    const { faultstring, detail } = fault.data.fault;
    throw new CarrierReportedError(detail?.errorcode ? `${detail.errorcode}: ${faultstring}` : faultstring);
  }
  rejectProblemBody(payload, 'parcels');
  const parcels = ParcelErrors.safeParse(payload).data?.parcels ?? [];
  const failed = parcels.filter((p) => p.errorCode);
  if (!failed.length) return;
  const reasons = failed.map((p) =>
    [typeof p.requested === 'string' ? `${p.requested}:` : '', p.errorCode, p.errorMessage].filter(Boolean).join(' '),
  );
  const found = parcels.length - failed.length;
  const rest = found ? ` (nothing stored, also not for the ${found} other parcel${found > 1 ? 's' : ''})` : '';
  throw new CarrierReportedError(`${reasons.join('; ')}${rest}`);
}

function toEvent(e: Parsed, path: string, parcelCountry: string | undefined, unmapped: Set<string>): EventInput {
  const country = toAlpha2(e.country);
  // GLS writes an offset; a time without one is read where it happened, never as UTC. Last resort: Denmark,
  // where Smart Send books GLS.
  const occurredAt = resolveCarrierTime(e.eventDateTime, [country, parcelCountry, 'DK']);
  if (!occurredAt) throw new PayloadShapeError(`${path}.eventDateTime: not a date-time: ${e.eventDateTime}`);
  const code = e.code?.trim() || undefined;
  // An event without a code has nothing an operator could add to the table: Info, and not reported.
  return carrierEvent({
    occurredAt,
    category: code ? mapCode(GLS_CODES, code, unmapped) : 'Info',
    code,
    // GLS texts come HTML-escaped (`&uuml;`); they are stored as plain text.
    description: carrierText(e.description),
    // GLS names only its own depots and shops by town and postcode; there is no street or name to leak.
    location: place({ city: e.city, postalCode: e.postalCode, country }),
  });
}

/**
 * The parcel's `status` as an event of its own (code = the status), at `statusDateTime`, where the history
 * does not already say it: with showEvents=false, when the newest event's code is not in the table yet,
 * and for FINAL. When the newest event up to that moment already has the status's category, it adds nothing.
 * Decided from the status and the events before it only, so a re-sent payload decides the same way.
 */
function statusEvent(
  status: string | null | undefined,
  statusDateTime: string | null | undefined,
  history: readonly EventInput[],
  parcelCountry: string | undefined,
  unitno: string,
  unmapped: Set<string>,
): EventInput | undefined {
  if (!status || !statusDateTime) return undefined;
  const category = mapCode(GLS_CODES, status, unmapped);
  const occurredAt = resolveCarrierTime(statusDateTime, [parcelCountry, 'DK']);
  const at = occurredAt ? parseOffsetDateTime(occurredAt) : null;
  if (!occurredAt || !at) {
    throw new PayloadShapeError(`parcels[${unitno}].statusDateTime: not a date-time: ${statusDateTime}`);
  }
  const before = history
    .map((e) => ({ ms: parseOffsetDateTime(e.occurredAt)!.epochMs, category: e.category }))
    .filter((e) => e.ms <= at.epochMs);
  const newest = Math.max(...before.map((e) => e.ms));
  if (before.some((e) => e.ms === newest && e.category === category)) return undefined;
  return { occurredAt, category, code: status };
}
