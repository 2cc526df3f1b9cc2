import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { TestServer } from '../helpers.js';
import { expectProblem } from '../helpers.js';
import { feed, publicTracking } from './helpers.js';

type Address = { countryCode?: string; postalCode?: string; addressLocality?: string };
type DhlEvent = {
  timestamp: string;
  statusCode?: string;
  status?: string;
  description?: string;
  location?: { address: Address };
};

const TN = '00340434161094042557';
const leipzig = { address: { countryCode: 'DE', postalCode: '04435', addressLocality: 'Leipzig' } };
const padborg = { address: { countryCode: 'DK', postalCode: '6330', addressLocality: 'Padborg' } };
const aarhus = { address: { countryCode: 'DK', postalCode: '8000', addressLocality: 'Aarhus C' } };

function shipment(events: DhlEvent[], id: string | number = TN, extra: Record<string, unknown> = {}) {
  return {
    id,
    service: 'parcel-de',
    origin: { address: { countryCode: 'DE' } },
    destination: { address: { countryCode: 'DK' } },
    events,
    ...extra,
  };
}

async function track(events: DhlEvent[], extra: Record<string, unknown> = {}, server?: TestServer) {
  const fed = await feed('dhl', { shipments: [shipment(events, TN, extra)] }, '', server);
  assert.equal(fed.response.status, 200, JSON.stringify(fed.body));
  const tracking = await publicTracking(fed.server, TN);
  return { ...fed, tracking, categories: tracking.events.map((e) => e.category) };
}

describe('DHL adapter', () => {
  it('maps each statusCode DHL sends to its category', async () => {
    const cases: [DhlEvent, string][] = [
      [
        {
          timestamp: '2026-11-26T18:02:00+01:00',
          statusCode: 'pre-transit',
          status: 'The shipment has been processed in the parcel center',
        },
        'Info',
      ],
      [{ timestamp: '2026-11-27T03:40:00+01:00', statusCode: 'transit', location: leipzig }, 'InTransit'],
      [{ timestamp: '2026-11-28T12:14:00+01:00', statusCode: 'delivered', location: aarhus }, 'Delivered'],
      [
        {
          timestamp: '2026-11-28T12:14:00+01:00',
          statusCode: 'failure',
          description: 'The recipient refused the shipment',
        },
        'Exception',
      ],
      [{ timestamp: '2026-11-28T12:14:00+01:00', statusCode: 'unknown' }, 'Info'],
    ];
    for (const [event, category] of cases) {
      const { categories, body } = await track([event]);
      assert.deepEqual(categories, [category], event.statusCode);
      assert.deepEqual(body.unmapped, []);
    }
  });

  it('decides on statusCode, never on status or description text', async () => {
    const { categories } = await track([
      { timestamp: '2026-11-28T09:00:00+01:00', statusCode: 'transit', status: 'DELIVERED', description: 'Zugestellt' },
    ]);
    assert.deepEqual(categories, ['InTransit']);
  });

  it('reads offset-less timestamps in the zone of the event’s place, across the October DST change', async () => {
    const { tracking } = await track([
      { timestamp: '2026-10-25T01:30:00', statusCode: 'transit', location: leipzig }, // CEST
      { timestamp: '2026-10-25T03:30:00', statusCode: 'transit', location: padborg }, // CET
      { timestamp: '2026-10-24T23:10:00+0100', statusCode: 'transit' }, // an offset DHL gives is kept
      { timestamp: '2026-10-26T09:05:00', statusCode: 'delivered' }, // no place: the destination's zone
      { timestamp: '2026-10-24T16:00:00', statusCode: 'pre-transit', location: { address: { countryCode: 'GB' } } },
    ]);
    assert.deepEqual(
      tracking.events.map((e) => e.occurredAt),
      [
        '2026-10-26T09:05:00+01:00',
        '2026-10-25T03:30:00+01:00',
        '2026-10-25T01:30:00+02:00',
        '2026-10-24T23:10:00+01:00',
        '2026-10-24T16:00:00+01:00',
      ],
    );
  });

  it('never stores the receiver’s or signee’s name, nor a street as a place', async () => {
    const { tracking, server } = await track(
      [
        {
          timestamp: '2026-11-28T12:14:00+01:00',
          statusCode: 'delivered',
          description: 'Delivered - Signed for by: JENS HANSEN',
          location: {
            address: { countryCode: 'DK', postalCode: '8000', addressLocality: 'Vestergade 12, 2. th, AARHUS C' },
          },
        },
      ],
      {
        details: {
          receiver: { '@type': 'Person', name: 'Jens Hansen', givenName: 'Jens', familyName: 'Hansen' },
          proofOfDelivery: {
            timestamp: '2026-11-28T12:14:00+01:00',
            signee: { name: 'Jens Hansen' },
            signed: { name: 'Jens Hansen' },
          },
        },
      },
    );
    const event = tracking.events[0]!;
    assert.equal(event.description, 'Delivered - Signed for by: …');
    assert.deepEqual(event.location, { city: 'AARHUS C', postalCode: '8000', country: 'DK' });
    const stored = JSON.stringify(await server.store.shipmentByTrackingNumber(TN));
    assert.doesNotMatch(stored, /Jens|Hansen|Vestergade/i);
  });

  it('stores descriptions as plain text', async () => {
    const { tracking } = await track([
      {
        timestamp: '2026-11-27T10:00:00+01:00',
        statusCode: 'transit',
        description:
          'Die Sendung wurde im Start-Paketzentrum bearbeitet &amp; verladen <a href="https://x.example">Details</a>',
      },
    ]);
    assert.equal(
      tracking.events[0]!.description,
      'Die Sendung wurde im Start-Paketzentrum bearbeitet & verladen Details',
    );
  });

  it('makes each shipment in the payload its own shipment', async () => {
    const payload = {
      shipments: [
        shipment(
          [{ timestamp: '2026-11-27T03:40:00', statusCode: 'transit', location: leipzig }],
          'JJD0099999999000001',
        ),
        shipment([{ timestamp: '2026-11-28T12:14:00', statusCode: 'delivered', location: aarhus }], 7777777770),
      ],
    };
    const { server, body } = await feed('dhl', payload);
    assert.equal(body.accepted, 2);
    assert.equal((await publicTracking(server, 'JJD0099999999000001')).status, 'InTransit');
    const second = await publicTracking(server, '7777777770');
    assert.equal(second.status, 'Delivered');
    assert.equal(second.events[0]!.occurredAt, '2026-11-28T12:14:00+01:00');
  });

  it('stores a re-sent payload once, reordered, repeated and reworded', async () => {
    const events: DhlEvent[] = [
      {
        timestamp: '2026-11-26T18:02:00',
        statusCode: 'pre-transit',
        description: 'Shipment data received',
        location: leipzig,
      },
      {
        timestamp: '2026-11-27T03:40:00',
        statusCode: 'transit',
        description: 'Arrived at the parcel center',
        location: leipzig,
      },
      { timestamp: '2026-11-28T12:14:00', statusCode: 'delivered', description: 'Delivered', location: aarhus },
    ];
    const first = await track(events);
    assert.equal(first.body.accepted, 3);
    const german = [...events].reverse().map((e) => ({ ...e, description: `${e.description} (de)` }));
    const { body } = await feed('dhl', { shipments: [shipment([...german, german[1]!])] }, '', first.server);
    assert.deepEqual(body, { accepted: 0, duplicates: 4, unmapped: [] });
  });

  it('stays Delivered when a stray scan arrives after the delivery', async () => {
    const { tracking } = await track([
      { timestamp: '2026-11-28T12:14:00+01:00', statusCode: 'delivered', location: aarhus },
      { timestamp: '2026-11-28T19:40:00+01:00', statusCode: 'transit', location: padborg },
    ]);
    assert.deepEqual(
      tracking.events.map((e) => e.category),
      ['InTransit', 'Delivered'],
    );
    assert.equal(tracking.status, 'Delivered');
  });

  it('uses the shipment’s status when DHL sends no events', async () => {
    const { categories, tracking } = await track([], {
      status: { timestamp: '2026-11-27T03:40:00', statusCode: 'transit', status: 'In transit', location: leipzig },
    });
    assert.deepEqual(categories, ['InTransit']);
    assert.equal(tracking.events[0]!.occurredAt, '2026-11-27T03:40:00+01:00');
  });

  it('lists an unknown statusCode as unmapped and stores it as Info', async () => {
    const { body, categories } = await track([{ timestamp: '2026-11-28T12:14:00+01:00', statusCode: 'returned' }]);
    assert.deepEqual(body.unmapped, ['returned']);
    assert.deepEqual(categories, ['Info']);
  });

  it('answers DHL’s problem body with 422 and its reason, and stores nothing', async () => {
    const { response, server } = await feed('dhl', {
      title: 'No result found',
      status: 404,
      detail: 'No shipment with given tracking number found.',
      instance: `/shipments?trackingNumber=${TN}`,
    });
    const problem = await expectProblem(response, 422);
    assert.match(problem.detail, /DHL reports: No result found: No shipment with given tracking number found\./);
    assert.equal(await server.store.countShipments(), 0);
  });

  it('answers a payload of the wrong shape with 400 naming what was wrong', async () => {
    const notDhl = await feed('dhl', { parcels: [] });
    assert.match((await expectProblem(notDhl.response, 400)).detail, /shipments/);
    const noTime = await feed('dhl', { shipments: [shipment([{ statusCode: 'transit' } as DhlEvent])] });
    assert.match((await expectProblem(noTime.response, 400)).detail, /shipments\[0\]\.events\[0\]\.timestamp/);
    const nowhere = await feed('dhl', {
      shipments: [{ id: TN, events: [{ timestamp: '2026-11-27T03:40:00', statusCode: 'transit' }] }],
    });
    assert.match((await expectProblem(nowhere.response, 400)).detail, /without an offset and a country/);
    assert.equal(await nowhere.server.store.countShipments(), 0);
  });

  it('links to DHL’s own tracking page, the number URL-encoded', async () => {
    const { tracking } = await track([{ timestamp: '2026-11-27T03:40:00', statusCode: 'transit', location: leipzig }]);
    assert.equal(
      tracking.carrier.trackingUrl,
      `https://www.dhl.com/dk-da/home/tracking.html?tracking-id=${TN}&submit=1`,
    );
    const { dhl } = await import('../../carriers/dhl.js');
    assert.match(dhl.trackingUrl('JJD 1/2&x'), /tracking-id=JJD%201%2F2%26x&submit=1$/);
  });

  it('reads the public DHL Unified samples as expected (conformance)', async (t) => {
    const dir = resolve(fileURLToPath(new URL('../../../', import.meta.url)), '../shared/carriers/samples/karrio');
    if (!existsSync(dir)) {
      t.diagnostic('shared samples not present: skipped');
      return;
    }
    const read = (name: string) => JSON.parse(readFileSync(resolve(dir, name), 'utf8'));

    // OpenAPI example: one pre-transit event in Amsterdam whose `status` text says DELIVERED, with a receiver
    // and a signee named John Doe, and a street in `addressLocality`.
    const schema = read('schema_dhl_universal_schemas_tracking.json');
    for (const response of [read('dhl_unified_tracking_response.json'), schema.trackingResponse]) {
      const { response: res, body, server } = await feed('dhl', response);
      assert.equal(res.status, 200, JSON.stringify(body));
      assert.deepEqual(body, { accepted: 1, duplicates: 0, unmapped: [] });
      const tracking = await publicTracking(server, '7777777770');
      assert.equal(tracking.status, 'Info');
      assert.deepEqual(
        tracking.events.map((e) => [e.category, e.occurredAt, e.location]),
        [['Info', '2018-03-02T07:53:47+01:00', { city: 'AMSTERDAM', postalCode: '1043 AG', country: 'NL' }]],
      );
      assert.doesNotMatch(JSON.stringify(await server.store.shipmentByTrackingNumber('7777777770')), /Doe|Oderweg/);
    }
    for (const problemBody of [read('dhl_unified_tracking_error.json'), schema.error]) {
      const { response, server } = await feed('dhl', problemBody);
      assert.match((await expectProblem(response, 422)).detail, /No shipment with given tracking number found/);
      assert.equal(await server.store.countShipments(), 0);
    }
  });
});
