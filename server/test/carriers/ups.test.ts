import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { TestServer } from '../helpers.js';
import { expectProblem } from '../helpers.js';
import { feed, publicTracking } from './helpers.js';

type Address = {
  city?: string;
  stateProvince?: string;
  postalCode?: string;
  countryCode?: string;
  addressLine1?: string;
};
type Activity = {
  date?: string;
  time?: string;
  gmtDate?: string;
  gmtTime?: string;
  gmtOffset?: string;
  location?: { address: Address };
  status: { type?: string; code?: string; description?: string; statusCode?: string };
};

const TN = '1Z5338FF0107231059';
const louisville = { address: { city: 'LOUISVILLE', stateProvince: 'KY', postalCode: '40213', countryCode: 'US' } };
const koeln = { address: { city: 'KOELN', postalCode: '51147', countryCode: 'DE' } };
const brondby = { address: { city: 'BRONDBY', postalCode: '2605', countryCode: 'DK' } };

/** An activity at 10:00 Copenhagen time with all three GMT fields, as the Track API writes them today. */
function at(
  status: Activity['status'],
  time = { date: '20261127', time: '100000', gmtDate: '2026-11-27', gmtTime: '09:00:00', gmtOffset: '+01:00' },
): Activity {
  return { ...time, location: brondby, status };
}

function payload(packages: { trackingNumber?: string; activity: Activity[] }[], extra: Record<string, unknown> = {}) {
  return { trackResponse: { shipment: [{ inquiryNumber: TN, package: packages, ...extra }] } };
}

async function track(activity: Activity[], server?: TestServer, packageExtra: Record<string, unknown> = {}) {
  const fed = await feed('ups', payload([{ trackingNumber: TN, activity, ...packageExtra }]), '', server);
  assert.equal(fed.response.status, 200, JSON.stringify(fed.body));
  const tracking = await publicTracking(fed.server, TN);
  return { ...fed, tracking, categories: tracking.events.map((e) => e.category) };
}

describe('UPS adapter', () => {
  it('maps each status type to its category', async () => {
    const cases: [Activity['status'], string][] = [
      [
        {
          type: 'M',
          code: 'MP',
          statusCode: '003',
          description: 'Shipper created a label, UPS has not received the package yet.',
        },
        'Info',
      ],
      [{ type: 'MV', code: 'VP', statusCode: '007', description: 'Shipment Information Voided' }, 'Info'],
      [{ type: 'P', code: 'PU', statusCode: '038', description: 'Pickup Scan' }, 'InTransit'],
      [{ type: 'I', code: 'AR', statusCode: '005', description: 'Arrived at Facility' }, 'InTransit'],
      [{ type: 'O', code: 'OD', description: 'Out For Delivery' }, 'OutForDelivery'],
      [{ type: 'D', code: 'KB', statusCode: '011', description: 'DELIVERED' }, 'Delivered'],
      [{ type: 'DO', code: 'DO', description: 'Delivered to origin CFS' }, 'InTransit'],
      [{ type: 'DD', code: 'DD', description: 'Delivered to destination CFS' }, 'InTransit'],
      [{ type: 'X', code: 'EH', statusCode: '013', description: 'The address has been corrected' }, 'Exception'],
      [{ type: 'RS', code: 'RS', description: 'Returned to shipper' }, 'Exception'],
      [{ type: 'NA', description: 'Not available' }, 'Info'],
    ];
    for (const [status, category] of cases) {
      const { categories, body } = await track([at(status)]);
      assert.deepEqual(categories, [category], `${status.type} ${status.code}`);
      assert.deepEqual(body.unmapped, []);
    }
  });

  it('lets a statusCode, or OT/OF under type I, refine the type', async () => {
    const cases: [Activity['status'], string][] = [
      [{ type: 'X', code: '3J', statusCode: '022', description: "We missed you. We'll try again" }, 'DeliveryFailure'],
      [{ type: 'X', code: '22', statusCode: '22', description: 'Delivery attempted' }, 'DeliveryFailure'], // unpadded
      [{ type: 'X', code: '3A', statusCode: '048', description: 'Delay' }, 'Delayed'],
      [{ type: 'X', code: 'EJ', statusCode: '032', description: 'Adverse weather may cause delay' }, 'Delayed'],
      [{ type: 'I', code: 'YP', statusCode: '072', description: 'Loaded on Delivery Vehicle' }, 'OutForDelivery'],
      [{ type: 'I', code: 'OT', statusCode: '005', description: 'Out For Delivery Today' }, 'OutForDelivery'],
      [{ type: 'I', code: 'OF', description: 'Out For Delivery' }, 'OutForDelivery'],
      [{ type: 'X', code: 'VN', statusCode: '017', description: 'Held for Customer Pickup' }, 'AvailableForPickup'],
      [
        { type: 'D', code: 'ZP', statusCode: '040', description: 'Delivered to UPS Access Point' },
        'AvailableForPickup',
      ],
      [{ type: 'X', code: 'EG', statusCode: '028', description: 'Delivery Address Changed' }, 'Change'],
      [
        { type: 'I', code: 'SR', statusCode: '012', description: 'Your package was released by the customs agency.' },
        'InTransit',
      ],
      [{ type: 'X', code: 'OT', statusCode: '013', description: 'Exception' }, 'Exception'], // a code refines type I only
      [{ type: 'D', code: 'F4', statusCode: '999' }, 'Delivered'], // a statusCode it does not know leaves the type
    ];
    for (const [status, category] of cases) {
      const { categories, body } = await track([at(status)]);
      assert.deepEqual(categories, [category], `${status.type} ${status.code} ${status.statusCode}`);
      assert.deepEqual(body.unmapped, []);
    }
  });

  it('reads gmtDate/gmtTime as UTC and writes them at gmtOffset, whatever their format', async () => {
    const { tracking } = await track([
      // Louisville, evening: the GMT date is already the next day; gmtTime lacks its leading zero.
      {
        date: '20261024',
        time: '210500',
        gmtDate: '2026-10-25',
        gmtTime: '1:05:00',
        gmtOffset: '-04:00',
        location: louisville,
        status: { type: 'I', code: 'DP' },
      },
      // gmtDate without dashes and gmtTime as the spec example writes it (74700 = 07:47:00).
      {
        date: '20261026',
        time: '084700',
        gmtDate: '20261026',
        gmtTime: '74700',
        gmtOffset: '+01:00',
        location: brondby,
        status: { type: 'I', code: 'AR' },
      },
    ]);
    assert.deepEqual(
      tracking.events.map((e) => e.occurredAt),
      ['2026-10-26T08:47:00+01:00', '2026-10-24T21:05:00-04:00'],
    );
  });

  it('keeps each activity’s own offset when the parcel crosses the Atlantic and a DST change', async () => {
    const { tracking, categories } = await track([
      {
        date: '20261027',
        time: '113000',
        gmtDate: '20261027',
        gmtTime: '103000',
        gmtOffset: '+01:00',
        location: brondby,
        status: { type: 'D', code: 'KB', statusCode: '011', description: 'DELIVERED' },
      },
      {
        date: '20261027',
        time: '081500',
        gmtDate: '20261027',
        gmtTime: '071500',
        gmtOffset: '+01:00',
        location: brondby,
        status: { type: 'O', code: 'OT', description: 'Out For Delivery Today' },
      },
      {
        date: '20261025',
        time: '041000',
        gmtDate: '20261025',
        gmtTime: '031000',
        gmtOffset: '+01:00',
        location: koeln,
        status: { type: 'I', code: 'DP', description: 'Departed from Facility' },
      },
      {
        date: '20261024',
        time: '142000',
        gmtDate: '20261024',
        gmtTime: '122000',
        gmtOffset: '+02:00',
        location: koeln,
        status: { type: 'I', code: 'AR', description: 'Arrived at Facility' },
      },
      {
        date: '20261023',
        time: '234000',
        gmtDate: '20261024',
        gmtTime: '034000',
        gmtOffset: '-04:00',
        location: louisville,
        status: { type: 'I', code: 'DP', description: 'Departed from Facility' },
      },
      {
        date: '20261023',
        time: '201000',
        gmtDate: '20261024',
        gmtTime: '001000',
        gmtOffset: '-04:00',
        location: louisville,
        status: { type: 'I', code: 'OR', description: 'Origin Scan' },
      },
    ]);
    assert.deepEqual(
      tracking.events.map((e) => e.occurredAt),
      [
        '2026-10-27T11:30:00+01:00',
        '2026-10-27T08:15:00+01:00',
        '2026-10-25T04:10:00+01:00',
        '2026-10-24T14:20:00+02:00',
        '2026-10-23T23:40:00-04:00',
        '2026-10-23T20:10:00-04:00',
      ],
    );
    assert.deepEqual(categories, ['Delivered', 'OutForDelivery', 'InTransit', 'InTransit', 'InTransit', 'InTransit']);
    assert.deepEqual(tracking.events[3]!.location, { city: 'KOELN', postalCode: '51147', country: 'DE' });
  });

  it('reads a local date and time without GMT fields in the zone of the place, by state in the US', async () => {
    const { tracking } = await track([
      {
        date: '20260210',
        time: '071356',
        location: { address: { city: 'Wayne', stateProvince: 'NJ', countryCode: 'US' } },
        status: { type: 'I', code: 'AR' },
      },
      {
        date: '20260709',
        time: '163000',
        location: { address: { city: 'PHOENIX', stateProvince: 'AZ', countryCode: 'US' } },
        status: { type: 'I', code: 'AR' },
      },
      { date: '20261025', time: '033000', location: brondby, status: { type: 'I', code: 'AR' } },
      { date: '20261026', time: '090000', gmtOffset: '+01:00', location: koeln, status: { type: 'I', code: 'DP' } },
    ]);
    assert.deepEqual(
      tracking.events.map((e) => e.occurredAt),
      [
        '2026-10-26T09:00:00+01:00',
        '2026-10-25T03:30:00+01:00',
        '2026-07-09T16:30:00-07:00',
        '2026-02-10T07:13:56-05:00',
      ],
    );
  });

  it('makes each package in the payload its own shipment', async () => {
    const { server, body } = await feed(
      'ups',
      payload([
        {
          trackingNumber: '1Z5338FF0107231059',
          activity: [at({ type: 'D', code: 'FS', statusCode: '011', description: 'DELIVERED' })],
        },
        {
          trackingNumber: '1Z5338FF0107231068',
          activity: [at({ type: 'I', code: 'AR', description: 'Arrived at Facility' })],
        },
      ]),
    );
    assert.equal(body.accepted, 2);
    assert.equal((await publicTracking(server, '1Z5338FF0107231059')).status, 'Delivered');
    assert.equal((await publicTracking(server, '1Z5338FF0107231068')).status, 'InTransit');
  });

  it('stores descriptions as plain text, and never the recipient’s address or delivery information', async () => {
    const { tracking, server } = await track(
      [
        {
          ...at({
            type: 'D',
            code: 'FS',
            statusCode: '011',
            description: 'DELIVERED &amp; left at <b>Front Door</b> ',
          }),
          location: {
            address: { addressLine1: 'Hovedgaden 12', city: 'ROSKILDE', postalCode: '4000', countryCode: 'DK' },
          },
        },
      ],
      undefined,
      {
        deliveryInformation: { location: 'Front Door', receivedBy: 'JENS HANSEN', signature: { image: 'aGVsbG8=' } },
        packageAddress: [
          { type: 'DESTINATION', name: 'Jens Hansen', address: { addressLine1: 'Hovedgaden 12', city: 'ROSKILDE' } },
        ],
      },
    );
    assert.equal(tracking.events[0]!.description, 'DELIVERED & left at Front Door');
    assert.deepEqual(tracking.events[0]!.location, { city: 'ROSKILDE', postalCode: '4000', country: 'DK' });
    assert.doesNotMatch(JSON.stringify(await server.store.shipmentByTrackingNumber(TN)), /Hansen|Hovedgaden|aGVsbG8/i);
  });

  it('stores a re-sent payload once, reordered, repeated and reworded', async () => {
    const activity = [
      { ...at({ type: 'D', code: 'FS', statusCode: '011', description: 'DELIVERED' }), gmtTime: '13:02:00' },
      at({ type: 'O', code: 'OT', description: 'Out For Delivery Today' }),
      { ...at({ type: 'I', code: 'AR', description: 'Arrived at Facility' }), gmtTime: '04:10:00' },
    ];
    const first = await track(activity);
    assert.equal(first.body.accepted, 3);
    const danish = [...activity]
      .reverse()
      .map((a) => ({ ...a, status: { ...a.status, description: `${a.status.description} (da)` } }));
    const { body } = await feed(
      'ups',
      payload([{ trackingNumber: TN, activity: [...danish, danish[0]!] }]),
      '',
      first.server,
    );
    assert.deepEqual(body, { accepted: 0, duplicates: 4, unmapped: [] });
  });

  it('stays Delivered when a stray scan arrives after the delivery', async () => {
    const { tracking } = await track([
      { ...at({ type: 'I', code: 'AR', description: 'Arrived at Facility' }), gmtTime: '19:40:00' },
      { ...at({ type: 'D', code: 'FS', statusCode: '011', description: 'DELIVERED' }), gmtTime: '13:02:00' },
    ]);
    assert.deepEqual(
      tracking.events.map((e) => e.category),
      ['InTransit', 'Delivered'],
    );
    assert.equal(tracking.status, 'Delivered');
  });

  it('lists an unknown status type as unmapped and stores it as Info', async () => {
    const { body, categories } = await track([at({ type: 'Q', code: 'ZZ', description: 'Something new' })]);
    assert.deepEqual(body.unmapped, ['Q']);
    assert.deepEqual(categories, ['Info']);
  });

  it('answers “Tracking Information Not Found” with 422 and stores nothing', async () => {
    const notFound = {
      trackResponse: {
        shipment: [{ inquiryNumber: TN, warnings: [{ code: 'TW0001', message: 'Tracking Information Not Found' }] }],
      },
    };
    const { response, server } = await feed('ups', notFound);
    assert.match(
      (await expectProblem(response, 422)).detail,
      /UPS reports: 1Z5338FF0107231059: TW0001: Tracking Information Not Found/,
    );
    assert.equal(await server.store.countShipments(), 0);
    // The same answer with an activity-less package, and next to a package that is found: nothing is stored.
    const mixed = {
      trackResponse: {
        shipment: [
          {
            inquiryNumber: '1Z5338FF0107231068',
            package: [{ trackingNumber: '1Z5338FF0107231068', activity: [at({ type: 'I', code: 'AR' })] }],
          },
          {
            inquiryNumber: TN,
            package: [{ trackingNumber: TN, activity: [] }],
            warnings: [{ code: 'TW0001', message: 'Tracking Information Not Found' }],
          },
        ],
      },
    };
    const second = await feed('ups', mixed, '', server);
    await expectProblem(second.response, 422);
    assert.equal(await server.store.countShipments(), 0);
  });

  it('answers UPS’s error body with 422 and its reason', async () => {
    const { response, server } = await feed('ups', {
      response: { errors: [{ code: '151018', message: 'Invalid tracking number' }] },
    });
    assert.match((await expectProblem(response, 422)).detail, /UPS reports: 151018: Invalid tracking number/);
    assert.equal(await server.store.countShipments(), 0);
  });

  it('answers a payload of the wrong shape with 400 naming what was wrong', async () => {
    const notUps = await feed('ups', { shipments: [] });
    assert.match((await expectProblem(notUps.response, 400)).detail, /trackResponse/);
    const noTime = await feed(
      'ups',
      payload([{ trackingNumber: TN, activity: [{ location: brondby, status: { type: 'I', code: 'AR' } }] }]),
    );
    assert.match(
      (await expectProblem(noTime.response, 400)).detail,
      /trackResponse\.shipment\[0\]\.package\[0\]\.activity\[0\]: no date and time/,
    );
    const badTime = await feed(
      'ups',
      payload([{ trackingNumber: TN, activity: [{ ...at({ type: 'I' }), gmtTime: '25:00:00', time: '250000' }] }]),
    );
    await expectProblem(badTime.response, 400);
    assert.equal(await badTime.server.store.countShipments(), 0);
  });

  it('links to UPS’s own tracking page, the number URL-encoded', async () => {
    const { tracking } = await track([at({ type: 'I', code: 'AR' })]);
    assert.equal(tracking.carrier.trackingUrl, `https://www.ups.com/track?loc=da_DK&tracknum=${TN}`);
    const { ups } = await import('../../carriers/ups.js');
    assert.equal(ups.trackingUrl('1Z 5/3&x'), 'https://www.ups.com/track?loc=da_DK&tracknum=1Z%205%2F3%26x');
  });

  it('reads the public UPS Track API samples as expected (conformance)', async (t) => {
    const dir = resolve(fileURLToPath(new URL('../../../', import.meta.url)), '../shared/carriers/samples/karrio');
    if (!existsSync(dir)) {
      t.diagnostic('shared samples not present: skipped');
      return;
    }
    const read = (name: string) => JSON.parse(readFileSync(resolve(dir, name), 'utf8'));
    const numberOf = (sample: {
      trackResponse: { shipment: { inquiryNumber: string; package: { trackingNumber?: string }[] }[] };
    }) => {
      const shipment = sample.trackResponse.shipment[0]!;
      return shipment.package[0]!.trackingNumber || shipment.inquiryNumber;
    };

    // OpenAPI example: one X activity (code SR, statusCode 003) in Wayne, NJ, local time only; the package
    // carries delivery information, a signature and a ship-to name, none of which may be stored.
    const example = read('ups_track_api_response.json');
    const fed = await feed('ups', example);
    assert.deepEqual(fed.body, { accepted: 1, duplicates: 0, unmapped: [] });
    const exampleTracking = await publicTracking(fed.server, numberOf(example));
    assert.deepEqual(
      exampleTracking.events.map((e) => [e.category, e.occurredAt]),
      [['Exception', '2021-02-10T07:13:56-05:00']],
    );
    assert.doesNotMatch(
      JSON.stringify(await fed.server.store.shipmentByTrackingNumber(numberOf(example).toUpperCase())),
      /Sears|100 Main St|163000/,
    );

    // Karrio's schema sample: label created, then delivered in Paramus, NJ; a warning beside real activity is no error.
    const schema = read('schema_ups_schemas_tracking_response.json');
    const fedSchema = await feed('ups', schema);
    assert.deepEqual(fedSchema.body, { accepted: 2, duplicates: 0, unmapped: [] });
    const schemaTracking = await publicTracking(fedSchema.server, numberOf(schema));
    assert.equal(schemaTracking.status, 'Delivered');
    assert.deepEqual(
      schemaTracking.events.map((e) => [e.category, e.occurredAt]),
      [
        ['Delivered', '2022-01-26T16:30:00-05:00'],
        ['Info', '2022-01-26T15:16:41-06:00'], // only "US" given: the country's default zone
      ],
    );

    const notFound = await feed('ups', read('ups_track_api_not_found.json'));
    assert.match((await expectProblem(notFound.response, 422)).detail, /TW0001: Tracking Information Not Found/);
    assert.equal(await notFound.server.store.countShipments(), 0);
  });
});
