/**
 * UPS: everything this service knows about UPS lives in this file.
 * Payload: Track API (`GET /api/track/v1/details/{inquiryNumber}`): `trackResponse.shipment[].package[]`, each
 * package with `trackingNumber` and `activity[]` (newest first) of `{ date, time, gmtDate, gmtTime, gmtOffset,
 * location.address, status{ type, code, description, statusCode } }`. Errors come as `response.errors[]`, and
 * a number UPS does not know as a shipment with `warnings[]` and no package activity.
 */
import { z } from 'zod';
import type { Category, EventInput } from '../domain.js';
import { formatAtOffset, parseOffsetDateTime } from '../time.js';
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
import { localToOffset, zoneForPlace, zoneOffsetMinutes } from './local-time.js';
import type { CarrierAdapter, ParsedShipment } from './types.js';

/**
 * UPS writes three namespaces on each activity: `type` (a dozen letters), `code` (two characters, hundreds of
 * them) and `statusCode` (three digits). The type decides; a statusCode below refines it, and under type I the
 * codes OT/OF (out for delivery today) do. The letters DP, DD… mean different things as type and as code, so
 * the tables never mix them (karrio's single list does, FORMATS.md §4.6).
 */
const BY_TYPE: Readonly<Record<string, Category>> = {
  M: 'Info', // manifest: the shipper made a label, UPS does not have the parcel yet
  MV: 'Info', // manifest voided: judgement call, a label cancelled before hand-over happened to no parcel
  P: 'InTransit', // picked up
  I: 'InTransit',
  O: 'OutForDelivery',
  D: 'Delivered',
  DO: 'InTransit', // judgement call: freight delivered to the ORIGIN container freight station, still to travel
  DD: 'InTransit', // judgement call: delivered to the DESTINATION freight station, not yet to the recipient
  X: 'Exception',
  RS: 'Exception', // returned to shipper
  NA: 'Info', // not available
};

/** `statusCode`s that say more than their type (UPS's table, pasted in UPS-API/api-documentation#7). */
const BY_STATUS_CODE: Readonly<Record<string, Category>> = {
  '022': 'DeliveryFailure', // X "First Attempt Made: we missed you"
  '048': 'Delayed', // X "Delay"
  '032': 'Delayed', // X "Adverse Weather May Cause Delay"
  '072': 'OutForDelivery', // I "Loaded on Delivery Vehicle"
  '017': 'AvailableForPickup', // "Held for Customer Pickup"
  // Judgement call: type D, but at an Access Point the recipient still has to collect it.
  '040': 'AvailableForPickup', // "Delivered to UPS Access Point, Awaiting Customer Pickup"
  '027': 'Change', // "Delivery Address Change Requested"
  '028': 'Change', // "Delivery Address Changed"
};

/** Activity `code`s that refine type I. */
const IN_TRANSIT_BY_CODE: Readonly<Record<string, Category>> = {
  OT: 'OutForDelivery', // "Out For Delivery Today"
  OF: 'OutForDelivery',
};

const text = z.union([z.string(), z.number()]).transform((v) => String(v).trim());

const Address = z
  .object({
    city: z.string().nullish(),
    stateProvince: z.string().nullish(),
    postalCode: z.string().nullish(),
    countryCode: z.string().nullish(),
    country: z.string().nullish(),
  })
  .nullish();

const Activity = z.object({
  date: text.nullish(),
  time: text.nullish(),
  gmtDate: text.nullish(),
  gmtTime: text.nullish(),
  gmtOffset: text.nullish(),
  location: z.object({ address: Address }).nullish(),
  status: z
    .object({
      type: text.nullish(),
      code: text.nullish(),
      description: z.string().nullish(),
      statusCode: text.nullish(),
    })
    .nullish(),
});

// Only what tracking needs: delivery information (who signed, the photo, "Front Door") and package
// addresses are never read, so they cannot be stored.
const Package = z.object({
  trackingNumber: z.string().nullish(),
  activity: z.array(Activity, { error: 'activity is a list of activities' }).nullish(),
});

const Warning = z.object({ code: text.nullish(), message: z.string().nullish() });

const Shipment = z.object({
  inquiryNumber: z.string().nullish(),
  package: z.array(Package, { error: 'package is a list of packages' }).nullish(),
  warnings: z.array(Warning).nullish(),
});

const Response = z.object({
  trackResponse: z.object(
    { shipment: z.array(Shipment, { error: 'trackResponse.shipment is a list of shipments' }) },
    { error: 'a UPS Track API response has trackResponse.shipment[]' },
  ),
});

/** UPS's answer to a request it refuses (400/404/500 bodies): `{ response: { errors: [{ code, message }] } }`. */
const ErrorBody = z.object({ response: z.object({ errors: z.array(Warning).min(1) }) });

export const ups: CarrierAdapter = {
  code: 'ups',
  name: 'UPS',
  trackingUrl: (n) => `https://www.ups.com/track?loc=da_DK&tracknum=${encodeURIComponent(n)}`,

  parse(payload) {
    const refused = ErrorBody.safeParse(payload);
    if (refused.success) throw new CarrierReportedError(reasons(refused.data.response.errors));

    const response = readPayload(Response, payload, 'UPS');
    // A shipment with warnings and no activity in any package (or with no package at all) is UPS saying it
    // does not know the number ("TW0001 Tracking Information Not Found"). The whole payload is refused, even
    // beside packages that were found, so that nothing is registered for a number UPS does not know. Warnings
    // beside real activity (an access-licence notice) are no error.
    const failed = response.trackResponse.shipment.filter(
      (s) => !s.package?.some((p) => p.activity?.length) && (s.warnings?.length || !s.package?.length),
    );
    if (failed.length) {
      throw new CarrierReportedError(
        failed
          .map((s) => `${s.inquiryNumber ? `${s.inquiryNumber}: ` : ''}${reasons(s.warnings ?? []) || 'no package'}`)
          .join('; '),
      );
    }

    const unmapped = new Set<string>();
    const shipments: ParsedShipment[] = [];
    response.trackResponse.shipment.forEach((shipment, s) => {
      (shipment.package ?? []).forEach((pkg, p) => {
        const path = `trackResponse.shipment[${s}].package[${p}]`;
        const trackingNumber = pkg.trackingNumber?.trim() || shipment.inquiryNumber?.trim();
        if (!trackingNumber) throw new PayloadShapeError(`${path}.trackingNumber: missing, and no inquiryNumber`);
        const events = (pkg.activity ?? []).map((a, i): EventInput => {
          const address = a.location?.address;
          const country = toAlpha2(address?.countryCode ?? address?.country);
          const occurredAt = activityTime(a, country, address?.stateProvince ?? undefined);
          if (!occurredAt) {
            throw new PayloadShapeError(`${path}.activity[${i}]: no date and time UPS could mean: ${timeFields(a)}`);
          }
          const type = a.status?.type || undefined;
          const code = a.status?.code || undefined;
          return carrierEvent({
            occurredAt,
            category: categoryOf(type, code, a.status?.statusCode, unmapped),
            // Identity is time + code: the two-letter activity code is the most specific one UPS keeps stable.
            code: code ?? type,
            description: carrierText(a.status?.description),
            location: place({ city: address?.city, postalCode: address?.postalCode, country }),
          });
        });
        shipments.push({ trackingNumber, events });
      });
    });
    return { shipments, unmapped: [...unmapped] };
  },
};

function categoryOf(
  type: string | undefined,
  code: string | undefined,
  statusCode: string | null | undefined,
  unmapped: Set<string>,
): Category {
  const detail = statusCode && /^\d{1,3}$/.test(statusCode) ? statusCode.padStart(3, '0') : undefined;
  if (detail && Object.hasOwn(BY_STATUS_CODE, detail)) return BY_STATUS_CODE[detail]!;
  if (type === 'I' && code && Object.hasOwn(IN_TRANSIT_BY_CODE, code)) return IN_TRANSIT_BY_CODE[code]!;
  return mapCode(BY_TYPE, type ?? 'NO_TYPE', unmapped);
}

/**
 * The activity's instant with the offset of its place. `gmtDate`+`gmtTime` are already UTC and `gmtOffset`
 * only says which offset the place had: adding it to the GMT time would shift the event twice (bloodhound#167).
 * UPS writes `gmtDate` as `20240326` or `2024-03-26` and drops leading zeros from times (`74700`).
 * Without GMT fields, the local `date`/`time` is read at `gmtOffset`, else in the zone of the place.
 */
function activityTime(
  a: z.output<typeof Activity>,
  country: string | undefined,
  region: string | undefined,
): string | null {
  const offset = a.gmtOffset ? offsetMinutes(a.gmtOffset) : null;
  const zone = zoneForPlace(country, region);
  const gmt = wallClock(a.gmtDate, a.gmtTime);
  if (gmt) {
    const instant = Date.parse(`${gmt}Z`);
    return formatAtOffset(instant, offset ?? (zone ? zoneOffsetMinutes(zone, instant) : 0));
  }
  const local = wallClock(a.date, a.time);
  if (!local) return null;
  if (offset !== null) return formatAtOffset(Date.parse(`${local}Z`) - offset * 60_000, offset);
  return zone ? localToOffset(local, zone) : null;
}

/** `20240326` / `2024-03-26` and `071356` / `71356` / `7:13:56` / `07:13` → `2024-03-26T07:13:56`, or null. */
function wallClock(date: string | null | undefined, time: string | null | undefined): string | null {
  const d = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(date ?? '');
  const t = /^(\d{1,2})(?::?(\d{2}))(?::?(\d{2}))?$/.exec(time ?? '');
  if (!d || !t) return null;
  const [h, m, s = '00'] = [t[1]!.padStart(2, '0'), t[2]!, t[3]];
  const iso = `${d[1]}-${d[2]}-${d[3]}T${h}:${m}:${s}`;
  return parseOffsetDateTime(`${iso}Z`) ? iso : null;
}

/** `-05:00`, `-0500`, `+1:00` → minutes east of UTC; null when it is not an offset. */
function offsetMinutes(raw: string): number | null {
  const m = /^([+-])(\d{1,2}):?(\d{2})$/.exec(raw);
  if (!m || Number(m[2]) > 18 || Number(m[3]) > 59) return null;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

function timeFields(a: z.output<typeof Activity>): string {
  return JSON.stringify({ date: a.date, time: a.time, gmtDate: a.gmtDate, gmtTime: a.gmtTime, gmtOffset: a.gmtOffset });
}

function reasons(list: readonly { code?: string | null; message?: string | null }[]): string {
  return list
    .map((w) => [w.code, w.message?.trim()].filter(Boolean).join(': '))
    .filter(Boolean)
    .join('; ');
}
