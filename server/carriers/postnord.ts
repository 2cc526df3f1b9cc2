/**
 * PostNord: everything this service knows about PostNord lives in this file.
 * Payload: Track & Trace `findByIdentifier` (v5 `{ TrackingInformationResponse: {…} }`, v7 unwrapped),
 * events per item: `shipments[].items[].events[]`, times without an offset (local to the event's place),
 * countries in alpha-3 (`SWE`). Errors come inside HTTP 200 as `compositeFault.faults[]`.
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
  rejectProblemBody,
} from './adapter-kit.js';
import { toAlpha2 } from './countries.js';
import { resolveCarrierTime } from './local-time.js';
import type { CarrierAdapter, ParsedShipment } from './types.js';

/** The v7 `status` of an event, item or shipment → category. */
const BY_STATUS: Readonly<Record<string, Category>> = {
  CREATED: 'Info', // EDI received, not yet handed over
  INFORMED: 'Info', // the sender told PostNord a parcel is coming
  EN_ROUTE: 'InTransit',
  DELIVERY: 'OutForDelivery', // seen in PostNord's app, not in the v7 enum
  AVAILABLE_FOR_DELIVERY: 'AvailableForPickup', // judgement call: see availableForDelivery()
  AVAILABLE_FOR_DELIVERY_PAR_LOC: 'AvailableForPickup', // in a parcel locker
  EXPECTED_DELAY: 'Delayed',
  DELAYED: 'Delayed',
  DELIVERED: 'Delivered',
  DELIVERY_IMPOSSIBLE: 'DeliveryFailure',
  DELIVERY_REFUSED: 'Exception',
  RETURNED: 'Exception',
  STOPPED: 'Exception', // stopped in the network, e.g. customs or an address problem
  OTHER: 'Info',
};

/** Event codes that say more than their status. */
const BY_EVENT_CODE: Readonly<Record<string, Category>> = {
  '113': 'OutForDelivery', // EN_ROUTE "The delivery of the shipment item is in progress"
  z08: 'Notification', // OTHER "E-mail notification has been sent to the recipient"
};

/** Where a parcel waits for the recipient rather than travels to them. */
const PICKUP_LOCATION_TYPES = new Set(['SERVICE_POINT', 'DELIVERY_POINT']);

const Location = z
  .object({
    displayName: z.string().nullish(),
    name: z.string().nullish(),
    countryCode: z.string().nullish(),
    postcode: z.string().nullish(),
    city: z.string().nullish(),
    locationType: z.string().nullish(),
    servicePointType: z.string().nullish(),
  })
  .nullish();

const Event = z.object({
  eventTime: z.string({ error: 'every event needs its eventTime' }),
  eventCode: z.coerce.string().nullish(),
  status: z.string().nullish(),
  eventDescription: z.string().nullish(),
  location: Location,
});

const Item = z.object({
  itemId: z.string({ error: 'every item needs its itemId' }),
  isPlacedInRetailParcelBox: z.boolean().nullish(),
  events: z.array(Event).default([]),
});

const Party = z.object({ address: z.object({ countryCode: z.string().nullish() }).nullish() }).nullish();

const Shipment = z.object({
  shipmentId: z.string().nullish(),
  consignee: Party,
  deliveryPoint: z.object({ countryCode: z.string().nullish() }).nullish(),
  items: z.array(Item).default([]),
});

const Fault = z.object({ faultCode: z.string().nullish(), explanationText: z.string().nullish() });

const Faults = z.object({ compositeFault: z.object({ faults: z.array(Fault).default([]) }).nullish() });

const Response = z.object({ shipments: z.array(Shipment, { error: 'a PostNord response has shipments[]' }) });

export const postnord: CarrierAdapter = {
  code: 'postnord',
  name: 'PostNord',
  trackingUrl: (n) => `https://www.postnord.dk/varktojer/track-trace?shipmentId=${encodeURIComponent(n)}`,

  parse(payload) {
    rejectProblemBody(payload, 'shipments');
    // v5 wraps the response in TrackingInformationResponse; v7 does not.
    const body =
      payload && typeof payload === 'object' && 'TrackingInformationResponse' in payload
        ? payload.TrackingInformationResponse
        : payload;
    const faults = Faults.safeParse(body).data?.compositeFault?.faults ?? [];
    if (faults.length) {
      throw new CarrierReportedError(
        faults.map((f) => [f.faultCode, f.explanationText].filter(Boolean).join(': ')).join('; ') ||
          'a fault without text',
      );
    }

    const response = readPayload(Response, body, 'PostNord');
    const unmapped = new Set<string>();
    const shipments: ParsedShipment[] = [];
    for (const shipment of response.shipments) {
      const destination = toAlpha2(shipment.consignee?.address?.countryCode ?? shipment.deliveryPoint?.countryCode);
      for (const item of shipment.items) {
        const events = item.events.map((e, i): EventInput => {
          const country = toAlpha2(e.location?.countryCode);
          // Judgement call: without any country, PostNord's home market as Smart Send books it (Denmark).
          const occurredAt = resolveCarrierTime(e.eventTime, [country, destination, 'DK']);
          if (!occurredAt) {
            throw new PayloadShapeError(
              `items[${item.itemId}].events[${i}].eventTime: not a date-time: ${e.eventTime}`,
            );
          }
          const code = e.eventCode ?? undefined;
          const category = categoryOf(
            e.status,
            code,
            e.location?.locationType,
            item.isPlacedInRetailParcelBox,
            unmapped,
          );
          return carrierEvent({
            occurredAt,
            category,
            code,
            description: carrierText(e.eventDescription),
            // A customer location is the recipient's own address: it never becomes the event's place.
            location:
              e.location?.locationType === 'CUSTOMER_LOCATION'
                ? undefined
                : place({
                    name: e.location?.displayName ?? e.location?.name,
                    city: e.location?.city,
                    postalCode: e.location?.postcode,
                    country,
                  }),
          });
        });
        shipments.push({ trackingNumber: item.itemId, events });
      }
    }
    return { shipments, unmapped: [...unmapped] };
  },
};

function categoryOf(
  status: string | null | undefined,
  eventCode: string | undefined,
  locationType: string | null | undefined,
  inParcelBox: boolean | null | undefined,
  unmapped: Set<string>,
): Category {
  if (eventCode && Object.hasOwn(BY_EVENT_CODE, eventCode)) return BY_EVENT_CODE[eventCode]!;
  if (status === 'AVAILABLE_FOR_DELIVERY') return availableForDelivery(locationType, inParcelBox);
  if (status) return mapCode(BY_STATUS, status, unmapped);
  return mapCode({}, eventCode ?? 'NO_STATUS', unmapped);
}

/**
 * AVAILABLE_FOR_DELIVERY means two things: at a service point or in a parcel box it waits for the recipient
 * (AvailableForPickup); at a depot or hub it waits for the driver, i.e. it is about to be delivered
 * (OutForDelivery). Unknown place: the service point reading, which is how PostNord uses it most.
 */
function availableForDelivery(
  locationType: string | null | undefined,
  inParcelBox: boolean | null | undefined,
): Category {
  if (inParcelBox || !locationType || PICKUP_LOCATION_TYPES.has(locationType)) return 'AvailableForPickup';
  return 'OutForDelivery';
}
