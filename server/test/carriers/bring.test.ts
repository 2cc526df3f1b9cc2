import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { expectProblem } from '../helpers.js';
import { feed, publicTracking } from './helpers.js';

type BringEvent = {
  description?: string;
  status?: string;
  recipientSignature?: { name: string };
  unitId?: string;
  postalCode?: string;
  city?: string;
  countryCode?: string;
  country?: string;
  dateIso?: string;
  displayDate?: string;
  displayTime?: string;
  consignmentEvent?: boolean;
  insignificant?: boolean;
};

const PACKAGE = '370722150000004217';

/** A Tracking API event at a Bring unit in Norway. */
function event(status: string, dateIso: string, extra: Partial<BringEvent> = {}): BringEvent {
  return {
    description: `Event ${status}`,
    status,
    recipientSignature: { name: '' },
    unitId: '032850',
    postalCode: '0024',
    city: 'OSLO',
    countryCode: 'NO',
    country: 'Norway',
    dateIso,
    consignmentEvent: false,
    insignificant: false,
    ...extra,
  };
}

function pkg(eventSet: BringEvent[], packageNumber = PACKAGE, extra: Record<string, unknown> = {}) {
  return {
    statusDescription: '',
    packageNumber,
    productName: 'PAKKE I POSTKASSEN',
    productCode: '3584',
    brand: 'POSTEN',
    senderName: 'Nordisk Hagesenter AS',
    recipientAddress: {
      addressLine1: 'Kirkeveien 12',
      addressLine2: '',
      postalCode: '0368',
      city: 'OSLO',
      countryCode: 'NO',
      country: 'Norway',
    },
    eventSet,
    ...extra,
  };
}

function response(...packageSet: ReturnType<typeof pkg>[]) {
  return { apiVersion: '2', consignmentSet: [{ consignmentId: '70722150000004200', packageSet }] };
}

function webhook(status: string, created: string, extra: Record<string, unknown> = {}) {
  return {
    status,
    id: '5f0c3a52-7d1e-4b9a-9c41-2f6e8d0b7a13',
    shipment: '70722150000004200',
    package: PACKAGE,
    created,
    pushed: created,
    ...extra,
  };
}

async function tracking(payload: unknown, trackingNumber = PACKAGE) {
  const fed = await feed('bring', payload);
  assert.equal(fed.response.status, 200, JSON.stringify(fed.body));
  const result = await publicTracking(fed.server, trackingNumber);
  return { ...fed, tracking: result, categories: result.events.map((e) => e.category) };
}

describe('Bring adapter', () => {
  it('maps each status Bring sends to its category', async () => {
    const cases: [string, string][] = [
      ['PRE_NOTIFIED', 'Info'],
      ['HANDED_IN', 'InTransit'],
      ['COLLECTED', 'InTransit'],
      ['IN_TRANSIT', 'InTransit'],
      ['TERMINAL', 'InTransit'],
      ['INTERNATIONAL', 'InTransit'],
      ['CUSTOMS', 'InTransit'],
      ['TRANSPORT_TO_RECIPIENT', 'OutForDelivery'],
      ['READY_FOR_PICKUP', 'AvailableForPickup'],
      ['ATTEMPTED_DELIVERY', 'DeliveryFailure'],
      ['DELIVERED', 'Delivered'],
      ['DELIVERED_SENDER', 'Exception'],
      ['RETURN', 'Exception'],
      ['DELIVERY_ORDERED', 'Change'],
      ['DELIVERY_CHANGED', 'Change'],
      ['DELIVERY_CANCELLED', 'Change'],
      ['NOTIFICATION_SENT', 'Notification'],
      ['DEVIATION', 'Delayed'],
      ['UNKNOWN', 'Info'],
    ];
    for (const [status, category] of cases) {
      const { body, categories } = await tracking(response(pkg([event(status, '2026-11-28T09:00:00+01:00')])));
      assert.deepEqual(categories, [category], status);
      assert.deepEqual(body.unmapped, [], status);
    }
  });

  it('reads DEVIATION as Delayed, but as Info where Bring marks it insignificant', async () => {
    const significant = await tracking(
      response(
        pkg([event('DEVIATION', '2026-11-28T14:00:00+01:00'), event('IN_TRANSIT', '2026-11-28T09:00:00+01:00')]),
      ),
    );
    assert.equal(significant.tracking.status, 'Delayed');
    const insignificant = await tracking(
      response(
        pkg([
          event('DEVIATION', '2026-11-28T14:00:00+01:00', { insignificant: true }),
          event('IN_TRANSIT', '2026-11-28T09:00:00+01:00'),
        ]),
      ),
    );
    assert.deepEqual(insignificant.categories, ['Info', 'InTransit']);
    assert.equal(insignificant.tracking.status, 'InTransit');
  });

  it('never reads a parcel delivered back to the sender as delivered', async () => {
    const { categories, tracking: t } = await tracking(
      response(
        pkg([
          event('DELIVERED_SENDER', '2026-12-14T10:05:00+01:00'),
          event('RETURN', '2026-12-12T06:00:00+01:00'),
          event('READY_FOR_PICKUP', '2026-11-28T13:00:00+01:00'),
        ]),
      ),
    );
    assert.deepEqual(categories, ['Exception', 'Exception', 'AvailableForPickup']);
    assert.equal(t.status, 'Exception');
  });

  it('keeps the offset of dateIso, mixed offsets in one package, ordered by instant', async () => {
    const { tracking: t } = await tracking(
      response(
        pkg([
          event('TERMINAL', '2026-10-24T18:00:00+03:00', { city: 'VANTAA', postalCode: '01530', countryCode: 'FI' }),
          event('INTERNATIONAL', '2026-10-25T02:50:00+02:00', { city: 'SVINESUND', postalCode: '1789' }),
          // The repeated hour after the clocks went back: earlier on the wall, later in time.
          event('TERMINAL', '2026-10-25T02:20:00+01:00', { city: 'OSLO', postalCode: '0024' }),
          event('TRANSPORT_TO_RECIPIENT', '2026-10-26T07:45:00+01:00'),
        ]),
      ),
    );
    assert.deepEqual(
      t.events.map((e) => [e.occurredAt, e.category]),
      [
        ['2026-10-26T07:45:00+01:00', 'OutForDelivery'],
        ['2026-10-25T02:20:00+01:00', 'InTransit'],
        ['2026-10-25T02:50:00+02:00', 'InTransit'],
        ['2026-10-24T18:00:00+03:00', 'InTransit'],
      ],
    );
    assert.deepEqual(t.events[3]!.location, { city: 'VANTAA', postalCode: '01530', country: 'FI' });
  });

  it('reads displayDate and displayTime in the zone of the event’s place, across the DST change', async () => {
    const local = (status: string, displayDate: string, displayTime: string, countryCode: string) =>
      event(status, '', { dateIso: undefined, displayDate, displayTime, countryCode });
    const payload = response(
      pkg(
        [
          local('IN_TRANSIT', '25.10.2026', '01:30', 'NO'), // CEST
          local('TERMINAL', '25.10.2026', '03:30', 'SE'), // CET
          local('INTERNATIONAL', '25.10.2026', '12:00', 'FI'), // EET
          local('PRE_NOTIFIED', '20.10.2026', '12:00', ''), // no place: the recipient's country (Finland)
        ],
        PACKAGE,
        {
          recipientAddress: {
            addressLine1: 'Mannerheimintie 5',
            postalCode: '00100',
            city: 'HELSINKI',
            countryCode: 'FI',
          },
        },
      ),
    );
    const { tracking: t } = await tracking(payload);
    assert.deepEqual(
      t.events.map((e) => e.occurredAt),
      [
        '2026-10-25T12:00:00+02:00',
        '2026-10-25T03:30:00+01:00',
        '2026-10-25T01:30:00+02:00',
        '2026-10-20T12:00:00+03:00',
      ],
    );
  });

  it('stores descriptions as plain text, without Bring’s inline tooltips', async () => {
    const { tracking: t } = await tracking(
      response(
        pkg([
          event('DELIVERED_SENDER', '2026-12-14T10:05:00+01:00', {
            description:
              'Sendingen er levert tilbake til <span rel="tooltip" title="Den som sendte sendingen.">avsender</span>.',
          }),
          event('IN_TRANSIT', '2026-11-28T09:00:00+01:00', {
            description: 'Sendingen er p&aring; vei &amp; sortert. <img src=x onerror="alert(1)">',
          }),
        ]),
      ),
    );
    assert.deepEqual(
      t.events.map((e) => e.description),
      ['Sendingen er levert tilbake til avsender.', 'Sendingen er på vei & sortert.'],
    );
  });

  it('never stores the recipient’s address, the sender’s name or the signature', async () => {
    const { server } = await tracking(
      response(
        pkg([
          event('DELIVERED', '2026-11-29T12:10:00+01:00', {
            recipientSignature: { name: 'Kari Nordmann' },
            unitId: '971190',
            postalCode: '0001',
            city: 'OSLO',
          }),
        ]),
      ),
    );
    const stored = JSON.stringify(await server.store.shipmentByTrackingNumber(PACKAGE));
    for (const secret of ['Kari', 'Nordmann', 'Kirkeveien', '0368', 'Nordisk Hagesenter']) {
      assert.ok(!stored.includes(secret), `${secret} was stored`);
    }
    assert.match(stored, /"postalCode":"0001"/, 'the distribution unit is kept as the place');
  });

  it('stores a re-sent payload once, whatever order and language its events come in', async () => {
    const events = [
      event('DELIVERED', '2026-11-29T12:10:00+01:00', { description: 'The shipment has been delivered.' }),
      event('TRANSPORT_TO_RECIPIENT', '2026-11-29T07:48:57+01:00', { description: 'The shipment has been loaded.' }),
      event('IN_TRANSIT', '2026-11-28T08:27:08+01:00', { description: 'The shipment has been handed in at terminal.' }),
    ];
    const { server, body: first } = await feed('bring', response(pkg(events)));
    assert.equal(first.accepted, 3);
    const norwegian = [...events].reverse().map((e) => ({ ...e, description: `${e.description} (norsk)` }));
    const { body } = await feed('bring', response(pkg(norwegian)), '', server);
    assert.deepEqual(body, { accepted: 0, duplicates: 3, unmapped: [] });
  });

  it('keeps Delivered when a stray event comes after it', async () => {
    const { tracking: t } = await tracking(
      response(
        pkg([
          event('IN_TRANSIT', '2026-11-29T22:40:00+01:00'),
          event('NOTIFICATION_SENT', '2026-11-29T12:11:00+01:00'),
          event('DELIVERED', '2026-11-29T12:10:00+01:00'),
          event('TRANSPORT_TO_RECIPIENT', '2026-11-29T07:48:57+01:00'),
        ]),
      ),
    );
    assert.equal(t.status, 'Delivered');
    assert.equal(t.events[0]!.category, 'InTransit');
  });

  it('makes each package its own shipment', async () => {
    const payload = {
      consignmentSet: [
        {
          consignmentId: '70722150000004200',
          packageSet: [
            pkg([event('READY_FOR_PICKUP', '2026-11-28T13:00:00+01:00')], '370722150000004217'),
            pkg([event('TRANSPORT_TO_RECIPIENT', '2026-11-28T07:10:00+01:00')], '370722150000004224'),
          ],
        },
        {
          consignmentId: '70722150000004300',
          packageSet: [pkg([event('DELIVERED', '2026-11-27T15:00:00+01:00')], '370722150000004309')],
        },
      ],
    };
    const { server, body } = await feed('bring', payload);
    assert.deepEqual(body, { accepted: 3, duplicates: 0, unmapped: [] });
    assert.equal((await publicTracking(server, '370722150000004217')).status, 'AvailableForPickup');
    assert.equal((await publicTracking(server, '370722150000004224')).status, 'OutForDelivery');
    assert.equal((await publicTracking(server, '370722150000004309')).status, 'Delivered');
  });

  it('answers a consignment error inside a 200 with 422 and stores nothing, not even the packages Bring did find', async () => {
    const alone = await feed('bring', {
      apiVersion: '2',
      consignmentSet: [{ error: { code: 404, message: 'No shipments found' } }],
    });
    assert.match((await expectProblem(alone.response, 422)).detail, /^Bring reports: 404 No shipments found$/);

    const mixed = response(pkg([event('IN_TRANSIT', '2026-11-28T09:00:00+01:00')]));
    mixed.consignmentSet.push({ error: { code: 400, message: 'Invalid query' } } as never);
    const { response: res, server } = await feed('bring', mixed);
    assert.match((await expectProblem(res, 422)).detail, /400 Invalid query/);
    assert.equal(await server.store.countShipments(), 0);
  });

  it('lists an unknown status as unmapped and stores it as Info', async () => {
    // Retired by Bring in 2022; an old payload replayed still has it.
    const { body, categories } = await tracking(
      response(pkg([event('ARRIVED_DELIVERY', '2021-11-28T09:00:00+01:00')])),
    );
    assert.deepEqual(body.unmapped, ['ARRIVED_DELIVERY']);
    assert.deepEqual(categories, ['Info']);
  });

  it('answers a payload of the wrong shape with 400 naming what was wrong', async () => {
    const cases: [unknown, RegExp][] = [
      [{ shipments: [] }, /consignmentSet\[\] or an Event Cast body/],
      [{ consignmentSet: {} }, /consignmentSet/],
      [{ consignmentSet: [{ packageSet: [{ eventSet: [] }] }] }, /packageSet\[0\]\.packageNumber/],
      [response(pkg([event('IN_TRANSIT', 'soon')])), /eventSet\[0\]\.dateIso/],
      [{ status: 'IN_TRANSIT', package: PACKAGE }, /created/],
      [{ status: 'IN_TRANSIT', created: '2026-11-28T09:00:00+0000' }, /neither a package nor a shipment/],
    ];
    for (const [payload, pattern] of cases) {
      const { response: res, server } = await feed('bring', payload);
      assert.match((await expectProblem(res, 400)).detail, pattern, JSON.stringify(payload));
      assert.equal(await server.store.countShipments(), 0);
    }
  });

  describe('Event Cast webhook', () => {
    it('keeps the UTC instant and shows it at the offset Norway had then, across the DST change', async () => {
      const { server } = await feed('bring', webhook('TERMINAL', '2026-10-24T23:30:00+0000'));
      await feed('bring', webhook('TRANSPORT_TO_RECIPIENT', '2026-10-25T06:15:00+0000'), '', server);
      const t = await publicTracking(server, PACKAGE);
      assert.deepEqual(
        t.events.map((e) => [e.category, e.occurredAt]),
        [
          ['OutForDelivery', '2026-10-25T07:15:00+01:00'],
          ['InTransit', '2026-10-25T01:30:00+02:00'],
        ],
      );
      assert.equal(Date.parse(t.events[1]!.occurredAt), Date.UTC(2026, 9, 24, 23, 30));
    });

    it('stores a webhook Bring sends again once, and every event of one subscription', async () => {
      const { server } = await feed('bring', webhook('IN_TRANSIT', '2026-11-28T08:00:00+0000'));
      const retry = await feed('bring', webhook('IN_TRANSIT', '2026-11-28T08:00:00+0000'), '', server);
      assert.deepEqual(retry.body, { accepted: 0, duplicates: 1, unmapped: [] });
      // Same `id` as before: it is not the event's identity.
      const later = await feed('bring', webhook('DELIVERED', '2026-11-29T11:10:00+0000'), '', server);
      assert.deepEqual(later.body, { accepted: 1, duplicates: 0, unmapped: [] });
      assert.equal((await publicTracking(server, PACKAGE)).status, 'Delivered');
    });

    it('is the same event as the one the Tracking API reports later', async () => {
      const { server } = await feed('bring', webhook('TRANSPORT_TO_RECIPIENT', '2026-11-30T07:12:09+0000'));
      const { body } = await feed(
        'bring',
        response(pkg([event('TRANSPORT_TO_RECIPIENT', '2026-11-30T08:12:09+01:00')])),
        '',
        server,
      );
      assert.deepEqual(body, { accepted: 0, duplicates: 1, unmapped: [] });
    });

    it('names the shipment when the webhook is for a whole shipment', async () => {
      const body = webhook('HANDED_IN', '2026-11-27T15:00:00+0000', { package: '' });
      const { tracking: t } = await tracking(body, '70722150000004200');
      assert.deepEqual(
        t.events.map((e) => e.category),
        ['InTransit'],
      );
    });

    it('answers NOT_REGISTERED with 422, and keeps EXPIRED from the public', async () => {
      const { response: res, server } = await feed('bring', webhook('NOT_REGISTERED', '2026-11-30T07:00:00+0000'));
      assert.match((await expectProblem(res, 422)).detail, /NOT_REGISTERED/);
      assert.equal(await server.store.countShipments(), 0);

      const { server: s } = await feed('bring', webhook('IN_TRANSIT', '2026-11-28T08:00:00+0000'));
      const expired = await feed('bring', webhook('EXPIRED', '2026-12-28T08:00:00+0000'), '', s);
      assert.deepEqual(expired.body, { accepted: 1, duplicates: 0, unmapped: [] });
      const t = await publicTracking(s, PACKAGE);
      assert.deepEqual(
        t.events.map((e) => e.category),
        ['InTransit'],
      );
      assert.equal(t.status, 'InTransit');
      const stored = await s.store.shipmentByTrackingNumber(PACKAGE);
      assert.ok(stored?.events.some((e) => e.code === 'EXPIRED' && e.category === 'System'));
    });
  });

  it('links to Bring’s own tracking page, the number URL-encoded', async () => {
    const { tracking: t } = await tracking(response(pkg([event('IN_TRANSIT', '2026-11-28T09:00:00+01:00')])));
    assert.deepEqual(t.carrier, {
      code: 'bring',
      name: 'Bring',
      trackingUrl: 'https://tracking.bring.com/tracking/370722150000004217',
    });
  });

  it('reads every shared Bring sample with the categories expected', async (t) => {
    const samples = fileURLToPath(new URL('../shared/carriers/samples/bring/', new URL('../../../', import.meta.url)));
    if (!existsSync(samples)) {
      t.diagnostic('shared samples not present: skipped');
      return;
    }
    const read = (file: string) => JSON.parse(readFileSync(`${samples}${file}`, 'utf8').replace(/^\uFEFF/, ''));
    const expected: [string, string, [string, string][]][] = [
      [
        'bring_tracking_v1_TestpackageDelivered.json',
        'TESTPACKAGEDELIVERED',
        [
          ['Delivered', '2010-09-30T17:45:25+02:00'],
          ['OutForDelivery', '2010-09-30T16:48:57+02:00'],
          ['InTransit', '2010-09-30T08:27:08+02:00'],
        ],
      ],
      [
        'bring_tracking_v1_TestpackageAtPickuppoint.json',
        'TESTPACKAGEATPICKUPPOINT',
        [
          ['AvailableForPickup', '2010-10-01T08:30:25+02:00'],
          ['InTransit', '2010-09-30T08:27:08+02:00'],
        ],
      ],
      // Event Cast: 14:58:48 UTC in March 2019 is 15:58:48 in Norway (CET).
      ['bring_event_cast_webhook_example.json', 'TESTPACKAGEDELIVERED', [['InTransit', '2019-03-16T15:58:48+01:00']]],
    ];
    for (const [file, number, events] of expected) {
      const { server, response: res, body } = await feed('bring', read(file));
      assert.equal(res.status, 200, `${file}: ${JSON.stringify(body)}`);
      assert.deepEqual(body.unmapped, [], file);
      const result = await publicTracking(server, number);
      assert.deepEqual(
        result.events.map((e) => [e.category, e.occurredAt]),
        events,
        file,
      );
      const stored = JSON.stringify(await server.store.shipmentByTrackingNumber(number));
      for (const secret of ['Nordmann', 'VINTERBRO', '1407', 'POSTEN NORGE']) {
        assert.ok(!stored.includes(secret), `${file}: ${secret} was stored`);
      }
    }
    const atPickup = await publicTracking(
      (await feed('bring', read('bring_tracking_v1_TestpackageAtPickuppoint.json'))).server,
      'TESTPACKAGEATPICKUPPOINT',
    );
    assert.equal(atPickup.status, 'AvailableForPickup');
    assert.deepEqual(atPickup.events[0]!.location, { city: 'LØTEN', postalCode: '2341', country: 'NO' });
  });
});
