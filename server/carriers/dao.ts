/**
 * DAO: everything this service knows about DAO lives in this file.
 * Payload: TrackNTrace (`TrackNTrace_v2.php`, JSON): `{ status: "OK" | "Fejl", fejlkode, fejltekst,
 * resultat: { haendelser: [{ tidspunkt, haendelse, beskrivelse, sted }] } }`. The payload does not name the
 * parcel, so the route's `?trackingNumber=` does. Times are Danish wall-clock time without an offset.
 * An event code means different things per product (daoSHOP, daoHOME/direkte, NatXpress): see BY_CODE.
 */
import { z } from 'zod';
import type { Category, EventInput } from '../domain.js';
import {
  CarrierReportedError,
  carrierEvent,
  carrierText,
  mapCode,
  PayloadShapeError,
  place,
  readPayload,
} from './adapter-kit.js';
import { resolveCarrierTime } from './local-time.js';
import type { CarrierAdapter } from './types.js';

type Product = 'shop' | 'home' | 'natxpress';

/**
 * `haendelse` → category, per product. Source: a Danish forwarder's production DAO integration (FORMATS.md
 * §1.3, flux `dao_pakkeshop_` / `dao_direkt_` / `dao_nat_xpress_carrier_product.rb`); a product left out of a
 * row is not known to send that code. DAO's own code list (`TrackNTraceKoder.php`) was not found, so these
 * codes only reach InTransit, Delivered and Exception: nothing tells an attempt or a wait at a shop apart.
 */
const BY_CODE: Readonly<Record<string, Readonly<Partial<Record<Product, Category>>>>> = {
  '3': { shop: 'Exception' },
  '9': { home: 'Exception' },
  '09': { natxpress: 'Delivered' }, // written zero-padded; home's 9 is an exception
  '10': { home: 'InTransit' },
  '11': { shop: 'InTransit', home: 'Delivered' },
  '12': { shop: 'InTransit', home: 'Exception' },
  '13': { shop: 'InTransit', home: 'Delivered' },
  '15': { shop: 'InTransit' },
  '16': { shop: 'InTransit' },
  '21': { home: 'Exception' },
  '24': { home: 'Delivered' },
  '25': { shop: 'InTransit' },
  '26': { shop: 'InTransit' },
  '29': { shop: 'InTransit' },
  '31': { home: 'Delivered' },
  // Judgement call (the forwarder's reading): at a shop 32 ends the journey; at a door it is an exception.
  '32': { shop: 'Delivered', home: 'Exception' },
  '33': { home: 'Exception' },
  '36': { home: 'Exception' },
  '37': { home: 'Exception' },
  '38': { home: 'Exception' },
  '41': { shop: 'Exception' },
  '42': { shop: 'InTransit' },
  '48': { shop: 'InTransit' },
  '51': { shop: 'Delivered', home: 'Exception' }, // "Pakken er udleveret": collected at the shop (ha-dao #7)
  '52': { shop: 'InTransit' },
  '55': { home: 'Exception' },
  '58': { home: 'Exception' },
  '61': { home: 'Exception' },
  '62': { home: 'Exception' },
  '63': { home: 'Exception' },
  '64': { home: 'Exception' },
  '65': { home: 'Exception' },
  '66': { home: 'Exception' },
  '67': { home: 'Delivered' },
  '69': { home: 'Exception' },
  '72': { home: 'InTransit' },
  '80': { home: 'Exception' },
  '85': { home: 'Exception' },
  '86': { shop: 'InTransit', home: 'InTransit' },
};

/**
 * Which product an event belongs to. DAO added this in protocol 121 ("which type of event the package has
 * received (Shop/Home/Natxpress)"); its field name is not in the stored docs, and `pakketype` is the name
 * third-party integrations read, on each event and on `resultat`. Values are compared without case or spaces.
 */
const PRODUCT_FIELD = 'pakketype';
const PRODUCTS: Readonly<Record<string, Product>> = {
  shop: 'shop',
  daoshop: 'shop',
  pakkeshop: 'shop',
  home: 'home',
  daohome: 'home',
  direkte: 'home',
  daodirekte: 'home',
  natxpress: 'natxpress',
  daonatxpress: 'natxpress',
};

/** Codes arrive as strings or numbers; `09` and `9` stay apart (NatXpress writes the zero). */
const code = (error: string) =>
  z
    .union([z.string(), z.number()], { error })
    .transform((c) => String(c).trim())
    .refine((c) => c.length > 0, error);

const Event = z.object({
  tidspunkt: z.string({ error: 'every event needs its tidspunkt' }),
  haendelse: code('every event needs its haendelse (event code)'),
  beskrivelse: z.string().nullish(),
  sted: z.string().nullish(),
  [PRODUCT_FIELD]: z.string().nullish(),
});

const Result = z.object({
  [PRODUCT_FIELD]: z.string().nullish(),
  haendelser: z.array(Event, { error: 'resultat.haendelser is a list of events' }).default([]),
});

const Response = z.object({
  status: z.string(),
  // PHP writes an empty result as `[]`, not `{}`: no registrations yet.
  resultat: z.preprocess((r) => (Array.isArray(r) && r.length === 0 ? undefined : r), Result.nullish()),
});

const Envelope = z.object({
  status: z.string({ error: 'a DAO TrackNTrace response has status "OK" or "Fejl"' }),
  fejlkode: z.union([z.string(), z.number()]).nullish(),
  fejltekst: z.string().nullish(),
});

export const dao: CarrierAdapter = {
  code: 'dao',
  name: 'DAO',
  trackingUrl: (n) => `https://www.dao.as/privat/find-din-pakke?stregkode=${encodeURIComponent(n)}`,

  parse(payload, context) {
    const envelope = readPayload(Envelope, payload, 'DAO');
    if (envelope.status.trim().toUpperCase() !== 'OK') {
      const reason = [envelope.fejlkode, envelope.fejltekst]
        .map((x) => (x === null || x === undefined ? '' : String(x).trim()))
        .filter(Boolean)
        .join(': ');
      throw new CarrierReportedError(reason || `status ${JSON.stringify(envelope.status)} without fejltekst`);
    }
    const trackingNumber = context.trackingNumber;
    if (!trackingNumber) {
      throw new PayloadShapeError(
        'A DAO TrackNTrace payload does not carry the tracking number: name it with ?trackingNumber=',
        [{ path: 'trackingNumber', message: 'required for DAO (query parameter)' }],
      );
    }

    const response = readPayload(Response, payload, 'DAO');
    const unmapped = new Set<string>();
    const shipmentProduct = productOf(response.resultat?.[PRODUCT_FIELD], unmapped);
    const events = (response.resultat?.haendelser ?? []).map((e, i): EventInput => {
      const occurredAt = resolveCarrierTime(isoLocal(e.tidspunkt), ['DK']);
      if (!occurredAt) {
        throw new PayloadShapeError(`resultat.haendelser[${i}].tidspunkt: not a date-time: ${e.tidspunkt}`);
      }
      const product = productOf(e[PRODUCT_FIELD], unmapped) ?? shipmentProduct;
      return carrierEvent({
        occurredAt,
        category: categoryOf(e.haendelse, product, unmapped),
        code: e.haendelse,
        description: carrierText(e.beskrivelse),
        // At the recipient's door `sted` names the door (the address, or where the parcel was left): never stored.
        location: atTheDoor(e.haendelse, product) ? undefined : place({ name: e.sted }),
      });
    });
    return { shipments: [{ trackingNumber, events }], unmapped: [...unmapped] };
  },
};

function productOf(raw: string | null | undefined, unmapped: Set<string>): Product | undefined {
  if (!raw?.trim()) return undefined;
  const key = raw.toLowerCase().replace(/[^a-z]/g, '');
  const product = Object.hasOwn(PRODUCTS, key) ? PRODUCTS[key] : undefined;
  if (!product) unmapped.add(`${PRODUCT_FIELD} ${raw.trim()}`);
  return product;
}

/**
 * The event's product decides. A code only one product is known to send (or that means the same in each)
 * needs no product. A code whose meaning depends on a product the payload does not give (no `pakketype`)
 * is stored as Info and listed in `unmapped`: guessing could show a parcel waiting at a door as Delivered.
 */
function categoryOf(eventCode: string, product: Product | undefined, unmapped: Set<string>): Category {
  const row = Object.hasOwn(BY_CODE, eventCode) ? BY_CODE[eventCode] : undefined;
  if (!row) return mapCode({}, eventCode, unmapped);
  const byProduct = product ? row[product] : undefined;
  if (byProduct) return byProduct;
  const readings = new Set(Object.values(row));
  if (readings.size === 1) return [...readings][0]!;
  unmapped.add(`${eventCode} (${product ? `${PRODUCT_FIELD} ${product}` : `no ${PRODUCT_FIELD}`})`);
  return 'Info';
}

/** An event that, for a home or NatXpress parcel (or one whose product is not given), happens at the door. */
function atTheDoor(eventCode: string, product: Product | undefined): boolean {
  if (product === 'shop') return false;
  const row = Object.hasOwn(BY_CODE, eventCode) ? BY_CODE[eventCode] : undefined;
  const athome = product === 'natxpress' ? row?.natxpress : (row?.home ?? row?.natxpress);
  return athome === 'Delivered' || athome === 'Exception';
}

/** DAO writes `2026-10-25 01:30:00`; a Danish `25-10-2026 01:30` is read too. Anything else is passed on as is. */
function isoLocal(raw: string): string {
  const s = raw.trim();
  const danish = /^(\d{2})[-.](\d{2})[-.](\d{4})[ T](\d{2}:\d{2}(?::\d{2})?)$/.exec(s);
  return danish ? `${danish[3]}-${danish[2]}-${danish[1]}T${danish[4]}` : s;
}
