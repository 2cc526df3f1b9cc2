import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { expectProblem } from '../helpers.js';
import { feed, publicTracking } from './helpers.js';

type PnEvent = {
  eventTime: string;
  eventCode?: string;
  status?: string;
  eventDescription?: string;
  location?: Record<string, unknown>;
};

const hub = {
  displayName: 'Taulov Pakketerminal',
  city: 'Taulov',
  postcode: '7000',
  countryCode: 'DNK',
  locationType: 'HUB',
};
const servicePoint = {
  displayName: 'Netto Vesterbro',
  city: 'Aalborg',
  postcode: '9000',
  countryCode: 'DNK',
  locationType: 'SERVICE_POINT',
};

function payload(events: PnEvent[], itemId = '00370712345678901234', extra: Record<string, unknown> = {}) {
  return {
    TrackingInformationResponse: {
      shipments: [
        {
          shipmentId: '70712345678DK',
          consignee: { address: { countryCode: 'DNK' } },
          items: [{ itemId, events }],
          ...extra,
        },
      ],
    },
  };
}

async function categoriesOf(events: PnEvent[]) {
  const { server, body } = await feed('postnord', payload(events));
  const tracking = await publicTracking(server, '00370712345678901234');
  return { body, tracking, categories: tracking.events.map((e) => e.category) };
}

describe('PostNord adapter', () => {
  it('maps each status PostNord sends to its category', async () => {
    const cases: [PnEvent, string][] = [
      [{ eventTime: '2026-11-28T09:00:00', eventCode: '68', status: 'INFORMED' }, 'Info'],
      [{ eventTime: '2026-11-28T09:00:00', eventCode: '10', status: 'CREATED' }, 'Info'],
      [{ eventTime: '2026-11-28T09:00:00', eventCode: '31', status: 'EN_ROUTE', location: hub }, 'InTransit'],
      [{ eventTime: '2026-11-28T09:00:00', eventCode: '113', status: 'EN_ROUTE' }, 'OutForDelivery'],
      [{ eventTime: '2026-11-28T09:00:00', eventCode: '40', status: 'DELIVERY' }, 'OutForDelivery'],
      [
        { eventTime: '2026-11-28T09:00:00', eventCode: '1', status: 'AVAILABLE_FOR_DELIVERY', location: servicePoint },
        'AvailableForPickup',
      ],
      [
        { eventTime: '2026-11-28T09:00:00', eventCode: '2', status: 'AVAILABLE_FOR_DELIVERY_PAR_LOC' },
        'AvailableForPickup',
      ],
      [{ eventTime: '2026-11-28T09:00:00', eventCode: '87', status: 'EXPECTED_DELAY' }, 'Delayed'],
      [{ eventTime: '2026-11-28T09:00:00', eventCode: '88', status: 'DELAYED' }, 'Delayed'],
      [{ eventTime: '2026-11-28T09:00:00', eventCode: '21', status: 'DELIVERED' }, 'Delivered'],
      [{ eventTime: '2026-11-28T09:00:00', eventCode: '5', status: 'DELIVERY_IMPOSSIBLE' }, 'DeliveryFailure'],
      [{ eventTime: '2026-11-28T09:00:00', eventCode: '7', status: 'DELIVERY_REFUSED' }, 'Exception'],
      [{ eventTime: '2026-11-28T09:00:00', eventCode: '8', status: 'RETURNED' }, 'Exception'],
      [{ eventTime: '2026-11-28T09:00:00', eventCode: '9', status: 'STOPPED' }, 'Exception'],
      [{ eventTime: '2026-11-28T09:00:00', eventCode: 'z08', status: 'OTHER' }, 'Notification'],
      [{ eventTime: '2026-11-28T09:00:00', eventCode: 'z99', status: 'OTHER' }, 'Info'],
    ];
    for (const [event, category] of cases) {
      const { categories } = await categoriesOf([event]);
      assert.deepEqual(categories, [category], `${event.status} ${event.eventCode}`);
    }
  });

  it('reads AVAILABLE_FOR_DELIVERY from where the parcel is: a service point waits for the recipient, a depot for the driver', async () => {
    const atDepot = { ...hub, locationType: 'DEPOT' };
    assert.deepEqual(
      (
        await categoriesOf([
          { eventTime: '2026-11-28T07:00:00', status: 'AVAILABLE_FOR_DELIVERY', eventCode: '3', location: atDepot },
        ])
      ).categories,
      ['OutForDelivery'],
    );
    assert.deepEqual(
      (
        await categoriesOf([
          {
            eventTime: '2026-11-28T07:00:00',
            status: 'AVAILABLE_FOR_DELIVERY',
            eventCode: '1',
            location: servicePoint,
          },
        ])
      ).categories,
      ['AvailableForPickup'],
    );
  });

  it('reads offset-less times in the local zone of the event, across a DST change', async () => {
    const { tracking } = await categoriesOf([
      { eventTime: '2026-10-25T01:30:00', eventCode: '31', status: 'EN_ROUTE', location: hub }, // CEST
      {
        eventTime: '2026-10-25T03:30:00',
        eventCode: '31',
        status: 'EN_ROUTE',
        location: { ...hub, countryCode: 'SWE' },
      }, // CET
      {
        eventTime: '2026-10-25T12:00:00',
        eventCode: '31',
        status: 'EN_ROUTE',
        location: { ...hub, countryCode: 'FIN' },
      }, // EET
      { eventTime: '2026-07-01T12:00:00', eventCode: '68', status: 'INFORMED' }, // no place: the consignee's country
    ]);
    assert.deepEqual(
      tracking.events.map((e) => e.occurredAt),
      [
        '2026-10-25T12:00:00+02:00',
        '2026-10-25T03:30:00+01:00',
        '2026-10-25T01:30:00+02:00',
        '2026-07-01T12:00:00+02:00',
      ],
    );
  });

  it('keeps the place, but never a customer location', async () => {
    const { tracking } = await categoriesOf([
      { eventTime: '2026-11-28T09:00:00', eventCode: '31', status: 'EN_ROUTE', location: hub },
      {
        eventTime: '2026-11-28T14:00:00',
        eventCode: '21',
        status: 'DELIVERED',
        location: { displayName: 'Jens Hansen', city: 'Aarhus', countryCode: 'DNK', locationType: 'CUSTOMER_LOCATION' },
      },
    ]);
    assert.equal(tracking.events[0]!.location, undefined);
    assert.deepEqual(tracking.events[1]!.location, {
      name: 'Taulov Pakketerminal',
      city: 'Taulov',
      postalCode: '7000',
      country: 'DK',
    });
  });

  it('makes each item of a shipment its own shipment', async () => {
    const two = {
      TrackingInformationResponse: {
        shipments: [
          {
            shipmentId: '70712345678DK',
            items: [
              {
                itemId: '00370712345678901111',
                events: [{ eventTime: '2026-11-28T09:00:00', eventCode: '31', status: 'EN_ROUTE', location: hub }],
              },
              {
                itemId: '00370712345678902222',
                events: [{ eventTime: '2026-11-28T15:00:00', eventCode: '21', status: 'DELIVERED', location: hub }],
              },
            ],
          },
        ],
      },
    };
    const { server, body } = await feed('postnord', two);
    assert.equal(body.accepted, 2);
    assert.equal((await publicTracking(server, '00370712345678901111')).status, 'InTransit');
    assert.equal((await publicTracking(server, '00370712345678902222')).status, 'Delivered');
  });

  it('stores a re-sent payload once, even reworded in another language', async () => {
    const events = [
      {
        eventTime: '2026-11-28T09:00:00',
        eventCode: '31',
        status: 'EN_ROUTE',
        eventDescription: 'The shipment item is under transportation.',
        location: hub,
      },
    ];
    const { server } = await feed('postnord', payload(events));
    const danish = [{ ...events[0]!, eventDescription: 'Forsendelsen er undervejs.' }];
    const { body } = await feed('postnord', payload(danish), '', server);
    assert.deepEqual(body, { accepted: 0, duplicates: 1, unmapped: [] });
  });

  it('lists an unknown status as unmapped and stores it as Info', async () => {
    const { body, categories } = await categoriesOf([
      { eventTime: '2026-11-28T09:00:00', eventCode: '777', status: 'TELEPORTED' },
    ]);
    assert.deepEqual(body.unmapped, ['TELEPORTED']);
    assert.deepEqual(categories, ['Info']);
  });

  it('answers a compositeFault inside a 200 with 422 and stores nothing', async () => {
    const fault = {
      TrackingInformationResponse: {
        compositeFault: {
          faults: [{ faultCode: 'invalidIdentifier', explanationText: 'Invalid identifier: XYZ', paramValues: [] }],
        },
        shipments: [],
      },
    };
    const { response, server } = await feed('postnord', fault);
    const problem = await expectProblem(response, 422);
    assert.match(problem.detail, /PostNord reports: invalidIdentifier: Invalid identifier/);
    assert.equal(await server.store.countShipments(), 0);
  });

  it('answers PostNord problem JSON with 422', async () => {
    const { response } = await feed('postnord', {
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      detail: "Required parameter 'id' is not present.",
    });
    await expectProblem(response, 422);
  });

  it('answers a payload of the wrong shape with 400 naming what was wrong', async () => {
    const { response, server } = await feed('postnord', {
      TrackingInformationResponse: { shipments: [{ items: [{ events: [] }] }] },
    });
    const problem = await expectProblem(response, 400);
    assert.match(problem.detail, /itemId/);
    assert.equal(await server.store.countShipments(), 0);
  });

  it('links to PostNord’s own tracking page, the number URL-encoded', async () => {
    const { tracking } = await categoriesOf([
      { eventTime: '2026-11-28T09:00:00', eventCode: '31', status: 'EN_ROUTE' },
    ]);
    assert.equal(
      tracking.carrier.trackingUrl,
      'https://www.postnord.dk/varktojer/track-trace?shipmentId=00370712345678901234',
    );
  });

  it('reads the shared PostNord sample as expected (conformance)', async (t) => {
    const samples = fileURLToPath(
      new URL('../shared/carriers/samples/postnord/', new URL('../../../', import.meta.url)),
    );
    if (!existsSync(samples)) {
      t.diagnostic('shared samples not present: skipped');
      return;
    }
    // The sample is the events list of an item, as the SOURCE note says; it sits in the v5 envelope here.
    const { events } = JSON.parse(readFileSync(`${samples}postnord_v5_events_libretrack.json`, 'utf8'));
    const { server, body } = await feed('postnord', payload(events, '00370799999999999999'));
    assert.deepEqual(body.unmapped, []);
    const tracking = await publicTracking(server, '00370799999999999999');
    assert.equal(tracking.status, 'Delivered');
    assert.deepEqual(
      tracking.events.map((e) => [e.category, e.occurredAt]),
      [
        ['Delivered', '2024-08-02T15:07:00+02:00'],
        ['Notification', '2024-07-31T12:18:00+02:00'],
        ['AvailableForPickup', '2024-07-31T11:24:00+02:00'],
        ['InTransit', '2024-07-31T02:20:00+02:00'],
        ['Info', '2024-07-31T00:41:00+02:00'],
      ],
      'Swedish local times, at Stockholm’s summer offset',
    );
    assert.deepEqual(tracking.events[2]!.location, {
      name: 'DIREKTEN HAMMARBY',
      city: 'Stockholm',
      postalCode: '12067',
      country: 'SE',
    });
  });
});
