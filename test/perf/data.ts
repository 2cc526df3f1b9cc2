/**
 * Realistic, deterministic bench data: shipments with 8–20 events each (a third with Internal/System events),
 * carrier-style texts and places, API ingest batches and PostNord payloads. Shipment `i` is a pure function of
 * `i`, so the bench can name any tracking number of a database without reading it back.
 */
import { randomFillSync } from 'node:crypto';

/** Bump when anything below changes what a generated database holds; cached databases are keyed by it. */
export const GENERATOR_VERSION = 2;

export type CarrierCode = 'postnord' | 'gls' | 'bring' | 'dao' | 'dhl' | 'ups';
type Category =
  | 'AvailableForPickup'
  | 'Delayed'
  | 'Delivered'
  | 'DeliveryFailure'
  | 'Info'
  | 'Internal'
  | 'InTransit'
  | 'Notification'
  | 'OutForDelivery'
  | 'System';

/** A seeded 32-bit generator (mulberry32): the same shipment index always gives the same shipment. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const mix = (i: number) => Math.imul(i ^ 0x9e3779b9, 0x85ebca6b) ^ 0x5bd1e995;
const pick = <T>(rng: () => number, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
const pad = (n: number, width: number) => String(n).padStart(width, '0');

// ── identifiers ─────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Ids in the server's shapes (16-character event ids, 22-character shipment ids), but led by a counter so the
 * unique indexes grow at a few places instead of at random ones: a 1M database builds in minutes, not hours.
 * Reads never look these indexes up by a random id, so their cost does not change.
 */
const pool = Buffer.alloc(64 * 1024);
let poolAt = pool.length;
const idBuffer = Buffer.alloc(16);
function orderedId(counter: number, bytes: number): string {
  if (poolAt + bytes > pool.length) {
    randomFillSync(pool);
    poolAt = 0;
  }
  idBuffer.writeUIntBE(counter, 0, 6);
  pool.copy(idBuffer, 6, poolAt, poolAt + bytes - 6);
  poolAt += bytes - 6;
  return idBuffer.toString('base64url', 0, bytes);
}
let eventCounter = 0;
export const eventId = () => orderedId(eventCounter++, 12);
export const shipmentId = (i: number) => orderedId(i, 16);

/** Carrier of shipment `i`, weighted as a Danish webshop's mix. */
export function carrierOf(i: number): CarrierCode {
  const r = (mix(i) >>> 0) % 100;
  return r < 40 ? 'postnord' : r < 60 ? 'gls' : r < 75 ? 'dao' : r < 85 ? 'bring' : r < 95 ? 'dhl' : 'ups';
}

/** The tracking number of shipment `i`: the carrier's format, unique across carriers. */
export function trackingNumberOf(i: number): string {
  switch (carrierOf(i)) {
    case 'postnord':
      return `00370712${pad(i, 12)}`;
    case 'gls':
      return `5${pad(i, 10)}`;
    case 'dao':
      return `00057${pad(i, 11)}`;
    case 'bring':
      return `CS${pad(i, 9)}NO`;
    case 'dhl':
      return `JVGL${pad(i, 16)}`;
    case 'ups':
      return `1ZA1B2C3${pad(i, 10)}`;
  }
}

// ── texts and places ──────────────────────────────────────────────────────────────────────────────────────────

const TEXTS: Record<Category, readonly string[]> = {
  Info: [
    'We have received a notification from the sender that the shipment is on its way.',
    'The parcel data was entered into the GLS IT system; the parcel was not yet handed over to GLS.',
    'Forsendelsen er registreret hos transportøren.',
    'Shipment information received',
    'The sender has booked the shipment and printed a label.',
  ],
  InTransit: [
    'The shipment item has been handed in at the terminal.',
    'The shipment item is under transportation.',
    'The shipment item has arrived at the terminal.',
    'The parcel has reached the parcel center.',
    'The parcel has left the parcel center.',
    'Forsendelsen er ankommet til terminalen.',
    'Forsendelsen er sorteret og sendt videre.',
    'Arrived at Sort Facility',
    'Departed from Facility',
    'The shipment has been loaded onto the vehicle for onward transport.',
    'Försändelsen har anlänt till terminalen.',
  ],
  Notification: [
    'E-mail notification has been sent to the recipient.',
    'SMS-besked er sendt til modtageren.',
    'Notification of delivery sent',
  ],
  OutForDelivery: [
    'The shipment item is out for delivery.',
    'The parcel is expected to be delivered during the day.',
    'Forsendelsen er på vej ud til dig.',
    'Out For Delivery Today',
  ],
  AvailableForPickup: [
    'The shipment item is available for pickup at the service point.',
    'Pakken er klar til afhentning i pakkeshoppen.',
    'The parcel has been delivered to the ParcelShop.',
  ],
  Delivered: [
    'The shipment item has been delivered.',
    'The parcel has been delivered.',
    'Forsendelsen er leveret.',
    'Delivered, left at front door',
  ],
  DeliveryFailure: [
    'Delivery attempt failed: the recipient was not at home.',
    'Levering mislykkedes – modtageren var ikke hjemme.',
  ],
  Delayed: [
    'The shipment is delayed due to high volumes.',
    'Forsinkelse: forsendelsen ankommer en dag senere end forventet.',
  ],
  Internal: [
    'Packed and quality checked at the warehouse (bay 4, picker M. Olsen)',
    'Picked from stock location B-12-03 by J. Sørensen',
    'Order released to fulfilment by WMS batch 88213',
  ],
  System: [
    'Label printed by integration job 7731',
    'EDI message 0x3F2A sent to carrier',
    'Invoice reconciled against carrier charge 4471.20 DKK',
  ],
};

const CODES: Partial<Record<Category, readonly string[]>> = {
  Info: ['68', 'INTIAL.PREADVICE', 'EDI'],
  InTransit: ['31', '32', 'INTRANSIT.DEPOT', 'INWAREHOUSE.DEPOT', 'PU'],
  Notification: ['z08', 'NOTIFICATION.EMAIL'],
  OutForDelivery: ['113', 'INDELIVERY.NORMAL', 'OFD'],
  AvailableForPickup: ['1', 'DELIVEREDPS.NORMAL'],
  Delivered: ['21', 'DELIVERED.NORMAL', 'OK'],
  DeliveryFailure: ['5', 'NOTDELIVERED.NOTATHOME'],
  Delayed: ['87', 'DELAY'],
};

interface Place {
  name: string;
  city: string;
  postalCode: string;
  country: string;
  type: 'HUB' | 'TERMINAL' | 'DEPOT' | 'SERVICE_POINT';
}

const PLACES: readonly Place[] = [
  { name: 'Taulov Pakketerminal', city: 'Taulov', postalCode: '7000', country: 'DK', type: 'HUB' },
  { name: 'Brøndby Pakketerminal', city: 'Brøndby', postalCode: '2605', country: 'DK', type: 'HUB' },
  { name: 'Aarhus terminal', city: 'Aarhus', postalCode: '8200', country: 'DK', type: 'TERMINAL' },
  { name: 'Odense depot', city: 'Odense', postalCode: '5220', country: 'DK', type: 'DEPOT' },
  { name: 'Aalborg terminal', city: 'Aalborg', postalCode: '9000', country: 'DK', type: 'TERMINAL' },
  { name: 'Kolding depot', city: 'Kolding', postalCode: '6000', country: 'DK', type: 'DEPOT' },
  { name: 'Roskilde depot', city: 'Roskilde', postalCode: '4000', country: 'DK', type: 'DEPOT' },
  { name: 'Göteborg terminal', city: 'Göteborg', postalCode: '41878', country: 'SE', type: 'TERMINAL' },
  { name: 'Jönköping Paketterminal', city: 'Jönköping', postalCode: '55303', country: 'SE', type: 'HUB' },
  { name: 'Malmö terminal', city: 'Malmö', postalCode: '21225', country: 'SE', type: 'TERMINAL' },
  { name: 'Stockholm Årsta', city: 'Stockholm', postalCode: '12030', country: 'SE', type: 'HUB' },
  { name: 'Oslo Alnabru', city: 'Oslo', postalCode: '0668', country: 'NO', type: 'HUB' },
  { name: 'Bergen terminal', city: 'Bergen', postalCode: '5252', country: 'NO', type: 'TERMINAL' },
  { name: 'Vantaa terminal', city: 'Vantaa', postalCode: '01530', country: 'FI', type: 'TERMINAL' },
  { name: 'Hamburg Hub', city: 'Hamburg', postalCode: '21079', country: 'DE', type: 'HUB' },
];
const PICKUP_POINTS: readonly Place[] = [
  { name: 'Netto Vesterbro', city: 'Aalborg', postalCode: '9000', country: 'DK', type: 'SERVICE_POINT' },
  { name: 'Pakkeshop Føtex Esbjerg', city: 'Esbjerg', postalCode: '6700', country: 'DK', type: 'SERVICE_POINT' },
  { name: 'Circle K Hvidovre', city: 'Hvidovre', postalCode: '2650', country: 'DK', type: 'SERVICE_POINT' },
  { name: 'ICA Nära Linné', city: 'Göteborg', postalCode: '41304', country: 'SE', type: 'SERVICE_POINT' },
];
const placeJson = new Map<Place, string>(
  [...PLACES, ...PICKUP_POINTS].map((p) => [
    p,
    JSON.stringify({ name: p.name, city: p.city, postalCode: p.postalCode, country: p.country }),
  ]),
);

const FIRST = ['Mette', 'Lars', 'Anne', 'Jens', 'Sofie', 'Mikkel', 'Ingrid', 'Erik', 'Aino', 'Björn', 'Freja', 'Ole'];
const LAST = ['Jensen', 'Nielsen', 'Hansen', 'Pedersen', 'Andersson', 'Johansson', 'Olsen', 'Virtanen', 'Larsen'];
const ZIPS = ['8000', '2100', '5000', '9000', '7100', '2605', '41304', '0150'];

// ── shipments ─────────────────────────────────────────────────────────────────────────────────────────────────

/** One event as the `events` table holds it (the server's own column values). */
export interface EventRow {
  id: string;
  dedupeKey: string;
  sourceId: string | null;
  category: Category;
  code: string | null;
  occurredAt: string;
  occurredAtMs: number;
  description: string;
  location: string | null;
  receivedAt: string;
}

export interface ShipmentRow {
  id: string;
  carrier: CarrierCode;
  trackingNumber: string;
  reference: string;
  recipient: string | null;
  createdAt: string;
  updatedAt: string;
  events: EventRow[];
}

const BASE_MS = Date.UTC(2026, 0, 5, 6, 0, 0);
const DAY = 86_400_000;

const TWO = Array.from({ length: 100 }, (_, n) => pad(n, 2));
const THREE = Array.from({ length: 1000 }, (_, n) => pad(n, 3));
/** `YYYY-MM-DD` and month of each day since the epoch, computed once per day: millions of events share a few hundred. */
const days = new Map<number, { date: string; month: number }>();
function day(index: number) {
  let d = days.get(index);
  if (!d) {
    const iso = new Date(index * DAY).toISOString();
    d = { date: iso.slice(0, 10), month: Number(iso.slice(5, 7)) };
    days.set(index, d);
  }
  return d;
}
function clock(ms: number, dayIndex: number): string {
  const inDay = ms - dayIndex * DAY;
  const s = Math.floor(inDay / 1000);
  return `${TWO[Math.floor(s / 3600)]}:${TWO[Math.floor(s / 60) % 60]}:${TWO[s % 60]}`;
}

/** Danish/Swedish clocks: +02:00 from April to October, else +01:00 (close enough to the real switch). */
function offsetOf(ms: number): number {
  const month = day(Math.floor(ms / DAY)).month;
  return month >= 4 && month <= 10 ? 120 : 60;
}

/** ISO 8601 at the offset the clocks showed: `2026-03-02T14:05:00+01:00`. */
export function atOffset(ms: number, offsetMinutes = offsetOf(ms)): string {
  const local = ms + offsetMinutes * 60_000;
  const index = Math.floor(local / DAY);
  return `${day(index).date}T${clock(local, index)}+${TWO[offsetMinutes / 60]}:00`;
}

/** `Date.prototype.toISOString()`, without a Date. */
function utcIso(ms: number): string {
  const index = Math.floor(ms / DAY);
  return `${day(index).date}T${clock(ms, index)}.${THREE[ms % 1000]}Z`;
}

/** The public categories of one shipment's life, oldest first, `n` long. */
function lifecycle(rng: () => number, n: number): Category[] {
  const r = rng();
  const end: Category[] =
    r < 0.58
      ? ['OutForDelivery', 'Delivered']
      : r < 0.73
        ? ['AvailableForPickup', 'Notification']
        : r < 0.78
          ? ['OutForDelivery', 'DeliveryFailure']
          : r < 0.83
            ? ['Delayed', 'InTransit']
            : ['InTransit'];
  const out: Category[] = ['Info'];
  if (rng() < 0.4) out.push('Info');
  while (out.length + end.length < n) out.push(rng() < 0.08 ? 'Notification' : 'InTransit');
  return [...out, ...end].slice(0, n);
}

/** Shipment `i`: its row and its events in the order they arrived. */
export function shipmentAt(i: number): ShipmentRow {
  const rng = prng(mix(i) ^ 0x51ed27);
  const carrier = carrierOf(i);
  const trackingNumber = trackingNumberOf(i);
  const total = 8 + Math.floor(rng() * 13); // 8–20 events
  const hidden = i % 3 === 0 ? 1 + Math.floor(rng() * 3) : 0; // a third carry Internal/System events
  const first = pick(rng, FIRST);
  const last = pick(rng, LAST);
  const r = rng();
  const recipient =
    r < 0.8
      ? {
          name: `${first} ${last}`,
          email: `${first.toLowerCase()}.${last.toLowerCase()}@example.dk`,
          postalCode: pick(rng, ZIPS),
          country: 'DK',
          locale: 'da',
        }
      : r < 0.9
        ? { postalCode: pick(rng, ZIPS), country: 'DK' }
        : null;

  let at = BASE_MS + ((i * 7_919) % 300) * DAY + Math.floor(rng() * 10 * 3_600) * 1000;
  const createdAt = utcIso(at - 3_600_000);
  const events: EventRow[] = [];
  const add = (category: Category, description: string, place: Place | undefined, withSourceId: boolean) => {
    const codes = CODES[category];
    const code = codes ? pick(rng, codes) : null;
    const sourceId = withSourceId ? `${carrier}-${i}-${events.length}` : null;
    events.push({
      id: eventId(),
      dedupeKey: sourceId ? `id:${sourceId}` : `at:${at}|${category}|${code ?? ''}`,
      sourceId,
      category,
      code,
      occurredAt: atOffset(at),
      occurredAtMs: at,
      description,
      location: place ? placeJson.get(place)! : null,
      receivedAt: utcIso(at + 60_000 + Math.floor(rng() * 600_000)),
    });
    at += 20 * 60_000 + Math.floor(rng() * 9 * 3_600) * 1000;
  };

  const withIds = carrier === 'postnord' || carrier === 'dhl' || carrier === 'ups';
  const publicCount = total - hidden;
  const categories = lifecycle(rng, publicCount);
  const internalFirst = Math.ceil(hidden / 2);
  for (let h = 0; h < internalFirst; h++) {
    const category = h === 0 ? 'Internal' : 'System';
    add(category, pick(rng, TEXTS[category]), undefined, false);
  }
  for (const category of categories) {
    let place: Place | undefined;
    if (category === 'AvailableForPickup') place = pick(rng, PICKUP_POINTS);
    else if (category === 'InTransit' || category === 'OutForDelivery' || category === 'Delayed')
      place = pick(rng, PLACES);
    let text = pick(rng, TEXTS[category]);
    // Carriers write the recipient into free text now and then; the projection must cut it out.
    if (category === 'Delivered' && recipient && 'name' in recipient && rng() < 0.2)
      text = `Delivered to ${recipient.name}`;
    add(category, text, place, withIds);
  }
  for (let h = internalFirst; h < hidden; h++) add('System', pick(rng, TEXTS.System), undefined, false);

  return {
    id: shipmentId(i),
    carrier,
    trackingNumber,
    reference: `ORDER-${100_000 + i}`,
    recipient: recipient ? JSON.stringify(recipient) : null,
    createdAt,
    updatedAt: events.at(-1)!.receivedAt,
    events,
  };
}

// ── ingest payloads ──────────────────────────────────────────────────────────────────────────────────────────

/** Numbers for shipments the ingest runs create: a range no generated database uses. */
export const ingestTrackingNumber = (seq: number) => `00370755${pad(seq, 12)}`;

export interface ApiEvent {
  id: string;
  occurredAt: string;
  category: Category;
  code?: string;
  description: string;
  location?: { name: string; city: string; postalCode: string; country: string };
}

/** Request `seq` of the `/api/v1/events` run: `size` new events (new ids) for a new shipment. */
export function eventsBatch(
  seq: number,
  size: number,
): { trackingNumber: string; carrier: 'postnord'; events: ApiEvent[] } {
  const rng = prng(mix(seq) ^ 0x1a2b3c);
  let at = BASE_MS + (seq % 300) * DAY;
  const categories = lifecycle(rng, size);
  const events = categories.map((category, k): ApiEvent => {
    const codes = CODES[category];
    const event: ApiEvent = {
      id: `bench-${seq}-${k}`,
      occurredAt: atOffset(at),
      category,
      description: pick(rng, TEXTS[category]),
    };
    if (codes) event.code = pick(rng, codes);
    if (category !== 'Info' && category !== 'Notification') {
      const p = pick(rng, category === 'AvailableForPickup' ? PICKUP_POINTS : PLACES);
      event.location = { name: p.name, city: p.city, postalCode: p.postalCode, country: p.country };
    }
    at += 5 * 60_000 + Math.floor(rng() * 3_600) * 1000;
    return event;
  });
  return { trackingNumber: ingestTrackingNumber(seq), carrier: 'postnord', events };
}

const ALPHA3: Record<string, string> = { DK: 'DNK', SE: 'SWE', NO: 'NOR', FI: 'FIN', DE: 'DEU' };
const PN_STATUS: Partial<Record<Category, [status: string, code: string]>> = {
  Info: ['INFORMED', '68'],
  InTransit: ['EN_ROUTE', '31'],
  Notification: ['OTHER', 'z08'],
  OutForDelivery: ['EN_ROUTE', '113'],
  AvailableForPickup: ['AVAILABLE_FOR_DELIVERY', '1'],
  Delivered: ['DELIVERED', '21'],
  DeliveryFailure: ['DELIVERY_IMPOSSIBLE', '5'],
  Delayed: ['EXPECTED_DELAY', '87'],
};
const PN_TEXT: Partial<Record<Category, string>> = {
  Info: 'We have received a notification from the sender that the shipment is on its way.',
  InTransit: 'The shipment item is under transportation.',
  Notification: 'E-mail notification has been sent to the recipient.',
  OutForDelivery: 'The delivery of the shipment item is in progress.',
  AvailableForPickup: 'The shipment item is available for pickup at the service point.',
  Delivered: 'The shipment item has been delivered.',
  DeliveryFailure: 'Delivery attempt failed; a notice has been left.',
  Delayed: 'The shipment is expected to be delayed.',
};

export interface PostnordEvent {
  eventTime: string;
  eventCode: string;
  status: string;
  eventDescription: string;
  location?: Record<string, string>;
}

/**
 * Request `seq` of the PostNord run: a Track & Trace v5 `findByIdentifier` response with one shipment of one or
 * two items (parcels), 8–16 events each, times local and without an offset, countries in alpha-3.
 */
export function postnordPayload(seq: number) {
  const rng = prng(mix(seq) ^ 0x77aa11);
  const itemCount = rng() < 0.3 ? 2 : 1;
  const items = Array.from({ length: itemCount }, (_, j) => {
    let at = BASE_MS + (seq % 300) * DAY + Math.floor(rng() * 8 * 3_600) * 1000;
    const events = lifecycle(rng, 8 + Math.floor(rng() * 9)).map((category): PostnordEvent => {
      const [status, eventCode] = PN_STATUS[category]!;
      const event: PostnordEvent = {
        eventTime: atOffset(at).slice(0, 19),
        eventCode,
        status,
        eventDescription: PN_TEXT[category]!,
      };
      if (category !== 'Info' && category !== 'Notification') {
        const p = pick(rng, category === 'AvailableForPickup' ? PICKUP_POINTS : PLACES);
        event.location = {
          displayName: p.name,
          name: p.name,
          city: p.city,
          postcode: p.postalCode,
          countryCode: ALPHA3[p.country] ?? 'DNK',
          locationType: p.type,
        };
      }
      at += 10 * 60_000 + Math.floor(rng() * 5 * 3_600) * 1000;
      return event;
    });
    return { itemId: `00370799${pad(seq * 2 + j, 12)}`, events };
  });
  return {
    TrackingInformationResponse: {
      shipments: [
        {
          shipmentId: `7071${pad(seq, 7)}DK`,
          consignee: { address: { countryCode: 'DNK' } },
          items,
        },
      ],
    },
  };
}
