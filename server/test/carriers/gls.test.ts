import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { expectProblem } from '../helpers.js';
import { feed, publicTracking } from './helpers.js';

type GlsEvent = {
  code?: string;
  city?: string;
  postalCode?: string;
  country?: string;
  description?: string;
  eventDateTime: string;
};
type GlsParcel = {
  requested?: string;
  unitno?: string;
  status?: string;
  statusDateTime?: string;
  events?: GlsEvent[];
  errorCode?: string;
  errorMessage?: string;
};

const UNIT = '58204811307';

const preadvice: GlsEvent = {
  code: 'INTIAL.PREADVICE',
  city: '',
  postalCode: '',
  country: 'DK',
  description: 'The parcel data was entered into the GLS IT system; the parcel was not yet handed over to GLS.',
  eventDateTime: '2026-11-26T16:02:11+0100',
};
const collectable: GlsEvent = {
  code: 'INTIAL.E48_DATA',
  city: '',
  postalCode: '',
  country: 'DK',
  description: 'The parcel was provided by the sender for collection by GLS.',
  eventDateTime: '2026-11-26T16:02:14+0100',
};
const handedOver: GlsEvent = {
  code: 'INTIAL.NORMAL',
  city: 'Fredericia',
  postalCode: '7000',
  country: 'DK',
  description: 'The parcel was handed over to GLS.',
  eventDateTime: '2026-11-27T18:40:05+0100',
};
const atParcelShop: GlsEvent = {
  code: 'DELIVD.PARCELSHOP',
  city: '',
  postalCode: '',
  country: '',
  description: 'The parcel has been delivered at the ParcelShop (see ParcelShop information).',
  eventDateTime: '2026-11-28T11:21:40+0100',
};

/** A code shaped like GLS's, which this adapter's table does not hold. */
const NOT_IN_TABLE = 'ZZTEST.NOT_IN_TABLE';

function parcel(status: string, statusDateTime: string, events?: GlsEvent[], unitno = UNIT): GlsParcel {
  return { requested: unitno, unitno, status, statusDateTime, ...(events ? { events } : {}) };
}

async function tracking(payload: unknown, trackingNumber = UNIT) {
  const fed = await feed('gls', payload);
  assert.equal(fed.response.status, 200, JSON.stringify(fed.body));
  const result = await publicTracking(fed.server, trackingNumber);
  return { ...fed, tracking: result, categories: result.events.map((e) => e.category) };
}

describe('GLS adapter', () => {
  it('maps every parcel status GLS sends to its category', async () => {
    const cases: [string, string][] = [
      ['PLANNEDPICKUP', 'Info'],
      ['INPICKUP', 'Info'],
      ['NOTPICKEDUP', 'Exception'],
      ['PREADVICE', 'Info'],
      ['INTRANSIT', 'InTransit'],
      ['INWAREHOUSE', 'InTransit'],
      ['INDELIVERY', 'OutForDelivery'],
      ['DELIVEREDPS', 'AvailableForPickup'],
      ['DELIVERED', 'Delivered'],
      ['NOTDELIVERED', 'DeliveryFailure'],
      ['CANCELED', 'Exception'],
      ['FINAL', 'Expired'],
    ];
    for (const [status, category] of cases) {
      // As GLS answers with showEvents=false: the status alone.
      const {
        body,
        categories,
        tracking: t,
      } = await tracking({ parcels: [parcel(status, '2026-11-28T09:00:00+0100')] });
      assert.deepEqual(categories, [category], status);
      assert.deepEqual(body.unmapped, [], status);
      assert.equal(t.events[0]!.occurredAt, '2026-11-28T09:00:00+01:00', status);
    }
  });

  it('maps the event codes GLS publishes, and adds no event for a status the history already says', async () => {
    const history = [atParcelShop, handedOver, collectable, preadvice];
    const {
      body,
      tracking: t,
      categories,
    } = await tracking({
      parcels: [parcel('DELIVEREDPS', atParcelShop.eventDateTime, history)],
    });
    assert.deepEqual(body, { accepted: 4, duplicates: 0, unmapped: [] });
    assert.deepEqual(categories, ['AvailableForPickup', 'InTransit', 'Info', 'Info']);
    assert.equal(t.status, 'AvailableForPickup');
    assert.deepEqual(t.events[1]!.location, { city: 'Fredericia', postalCode: '7000', country: 'DK' });
    assert.equal(t.events[0]!.location, undefined, 'empty strings are no place');
  });

  it('reads DELIVEREDPS as waiting at the ParcelShop, and only DELIVERED as delivered', async () => {
    const history = [atParcelShop, handedOver, preadvice];
    const first = await tracking({ parcels: [parcel('DELIVEREDPS', atParcelShop.eventDateTime, history)] });
    assert.equal(first.tracking.status, 'AvailableForPickup');
    assert.ok(!first.categories.includes('Delivered'));

    // The recipient collects it; GLS answers a status-only poll with DELIVERED.
    const { body } = await feed(
      'gls',
      { parcels: [parcel('DELIVERED', '2026-11-29T15:02:00+0100')] },
      '',
      first.server,
    );
    assert.deepEqual(body, { accepted: 1, duplicates: 0, unmapped: [] });
    const after = await publicTracking(first.server, UNIT);
    assert.equal(after.status, 'Delivered');
    assert.deepEqual(
      after.events.map((e) => [e.category, e.occurredAt]),
      [
        ['Delivered', '2026-11-29T15:02:00+01:00'],
        ['AvailableForPickup', '2026-11-28T11:21:40+01:00'],
        ['InTransit', '2026-11-27T18:40:05+01:00'],
        ['Info', '2026-11-26T16:02:11+01:00'],
      ],
    );
  });

  it('keeps FINAL from changing the status the recipient sees', async () => {
    const waiting = await tracking({
      parcels: [parcel('FINAL', '2026-12-12T02:00:00+0100', [atParcelShop, handedOver])],
    });
    assert.deepEqual(waiting.categories, ['Expired', 'AvailableForPickup', 'InTransit']);
    assert.equal(waiting.tracking.status, 'AvailableForPickup');
    const stored = await waiting.server.store.shipmentByTrackingNumber(UNIT);
    assert.ok(stored?.events.some((e) => e.code === 'FINAL' && e.category === 'Expired'));

    const delivered = await tracking({ parcels: [parcel('DELIVERED', '2026-11-29T15:02:00+0100', [handedOver])] });
    await feed('gls', { parcels: [parcel('FINAL', '2026-12-13T02:00:00+0100', [handedOver])] }, '', delivered.server);
    assert.equal((await publicTracking(delivered.server, UNIT)).status, 'Delivered');
  });

  it('lists an unknown code as unmapped, stores it as Info, and lets the parcel status say where the parcel is', async () => {
    const outForDelivery: GlsEvent = {
      code: NOT_IN_TABLE,
      city: 'Brøndby',
      postalCode: '2605',
      country: 'DK',
      description: 'The parcel is expected to be delivered during the day.',
      eventDateTime: '2026-11-28T07:31:12+0100',
    };
    const {
      body,
      categories,
      tracking: t,
      server,
    } = await tracking({
      parcels: [parcel('INDELIVERY', outForDelivery.eventDateTime, [outForDelivery, handedOver])],
    });
    assert.deepEqual(body.unmapped, [NOT_IN_TABLE]);
    assert.deepEqual(categories, ['OutForDelivery', 'Info', 'InTransit']);
    assert.equal(t.status, 'OutForDelivery');
    const stored = await server.store.shipmentByTrackingNumber(UNIT);
    assert.deepEqual(stored?.events.map((e) => e.code).sort(), ['INDELIVERY', 'INTIAL.NORMAL', NOT_IN_TABLE].sort());

    const unknownStatus = await tracking({ parcels: [parcel('TELEPORTED', '2026-11-28T07:31:12+0100')] });
    assert.deepEqual(unknownStatus.body.unmapped, ['TELEPORTED']);
    assert.deepEqual(unknownStatus.categories, ['Info']);
  });

  it('keeps the offset GLS writes without a colon, mixed offsets in one parcel, ordered by instant', async () => {
    const history: GlsEvent[] = [
      {
        ...handedOver,
        city: 'Neuenstein',
        postalCode: '36286',
        country: 'DE',
        eventDateTime: '2026-10-24T21:05:00+0200',
      },
      { ...handedOver, city: 'Hamburg', postalCode: '20539', country: 'DE', eventDateTime: '2026-10-25T02:40:00+0200' },
      // The repeated hour after the clocks went back: earlier on the wall, later in time.
      { ...handedOver, city: 'Padborg', postalCode: '6330', eventDateTime: '2026-10-25T02:10:00+0100' },
      { ...handedOver, city: 'Vantaa', postalCode: '01530', country: 'FI', eventDateTime: '2026-10-25T09:45:00+0200' },
    ];
    const { tracking: t } = await tracking({ parcels: [parcel('INTRANSIT', '2026-10-25T09:45:00+0200', history)] });
    assert.deepEqual(
      t.events.map((e) => [e.occurredAt, e.location?.city]),
      [
        ['2026-10-25T09:45:00+02:00', 'Vantaa'],
        ['2026-10-25T02:10:00+01:00', 'Padborg'],
        ['2026-10-25T02:40:00+02:00', 'Hamburg'],
        ['2026-10-24T21:05:00+02:00', 'Neuenstein'],
      ],
    );
  });

  it('reads a time without an offset where it happened, across the DST change, never as UTC', async () => {
    const history: GlsEvent[] = [
      { ...handedOver, country: '', eventDateTime: '2026-10-25T12:00:00' }, // no place: the parcel's latest country
      { ...handedOver, country: 'DK', eventDateTime: '2026-10-25T03:30:00' }, // after the change: CET
      { ...handedOver, country: 'DE', eventDateTime: '2026-10-25T01:30:00' }, // before it: CEST
    ];
    const { tracking: t } = await tracking({ parcels: [{ unitno: UNIT, events: history }] });
    assert.deepEqual(
      t.events.map((e) => e.occurredAt),
      ['2026-10-25T12:00:00+01:00', '2026-10-25T03:30:00+01:00', '2026-10-25T01:30:00+02:00'],
    );
  });

  it('stores descriptions as plain text, entities decoded and markup gone', async () => {
    const { tracking: t } = await tracking({
      parcels: [
        {
          unitno: UNIT,
          events: [
            {
              ...handedOver,
              description:
                'Das Paket wurde an GLS &uuml;bergeben &amp; ist unterwegs. &lt;img src=x onerror=alert(1)&gt;',
            },
          ],
        },
      ],
    });
    assert.equal(t.events[0]!.description, 'Das Paket wurde an GLS übergeben & ist unterwegs.');
  });

  it('stores a re-sent payload once, whatever order and language its events come in', async () => {
    const history = [atParcelShop, handedOver, collectable, preadvice];
    const { server, body: first } = await feed('gls', {
      parcels: [parcel('DELIVEREDPS', atParcelShop.eventDateTime, history)],
    });
    assert.equal(first.accepted, 4);
    const german = [...history].reverse().map((e) => ({ ...e, description: `${e.description} (DE)` }));
    const { body } = await feed(
      'gls',
      { parcels: [parcel('DELIVEREDPS', atParcelShop.eventDateTime, german)] },
      '',
      server,
    );
    assert.deepEqual(body, { accepted: 0, duplicates: 4, unmapped: [] });
    assert.equal((await publicTracking(server, UNIT)).events.length, 4);
  });

  it('keeps Delivered when a stray scan comes after it', async () => {
    const stray: GlsEvent = { ...handedOver, eventDateTime: '2026-11-29T19:45:00+0100' };
    const { tracking: t, categories } = await tracking({
      parcels: [parcel('DELIVERED', '2026-11-29T15:02:00+0100', [stray, handedOver, preadvice])],
    });
    assert.deepEqual(categories, ['InTransit', 'Delivered', 'InTransit', 'Info']);
    assert.equal(t.status, 'Delivered');
  });

  it('makes each parcel a reference finds its own shipment', async () => {
    const payload = {
      parcels: [
        {
          ...parcel('INTRANSIT', handedOver.eventDateTime, [handedOver, preadvice], '58204811307'),
          requested: 'FA653N',
        },
        {
          ...parcel('DELIVEREDPS', atParcelShop.eventDateTime, [atParcelShop, preadvice], '58204811318'),
          requested: 'FA653N',
        },
      ],
    };
    const { server, body } = await feed('gls', payload);
    assert.deepEqual(body, { accepted: 4, duplicates: 0, unmapped: [] });
    assert.equal(await server.store.countShipments(), 2);
    assert.equal((await publicTracking(server, '58204811307')).status, 'InTransit');
    assert.equal((await publicTracking(server, '58204811318')).status, 'AvailableForPickup');
  });

  it('answers an errorCode inside a 200 with 422 and stores nothing, not even the parcels GLS did find', async () => {
    const payload = {
      parcels: [
        { requested: '58204811399', errorCode: 'E_404_01', errorMessage: 'Resource Not Found' },
        parcel('INTRANSIT', handedOver.eventDateTime, [handedOver]),
      ],
    };
    const { response, server } = await feed('gls', payload);
    const problem = await expectProblem(response, 422);
    assert.match(problem.detail, /^GLS reports: 58204811399: E_404_01 Resource Not Found \(nothing stored/);
    assert.equal(await server.store.countShipments(), 0);

    const bare = await feed('gls', { parcels: [{ errorCode: 'E_500_01', errorMessage: 'Internal Server Error' }] });
    assert.equal((await expectProblem(bare.response, 422)).detail, 'GLS reports: E_500_01 Internal Server Error');
  });

  it('answers GLS problem JSON and API gateway faults with 422', async () => {
    const tooMany = await feed('gls', {
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      detail: "Provided references of size '11' is more than allowed limit of 10",
      instance: '/tracking/simple/references/…',
    });
    assert.match((await expectProblem(tooMany.response, 422)).detail, /more than allowed limit of 10/);
    const quota = await feed('gls', {
      fault: {
        faultstring: 'Rate limit quota violation. Quota limit  exceeded.',
        detail: { errorcode: 'policies.ratelimit.QuotaViolation' },
      },
    });
    assert.match((await expectProblem(quota.response, 422)).detail, /policies\.ratelimit\.QuotaViolation/);
  });

  it('answers a payload of the wrong shape with 400 naming what was wrong', async () => {
    const cases: [unknown, RegExp][] = [
      [{ shipments: [] }, /parcels/],
      [{ parcels: [{ status: 'INTRANSIT', events: [] }] }, /parcels\[0\]\.unitno/],
      [{ parcels: [{ unitno: UNIT, events: [{ code: 'INTIAL.NORMAL' }] }] }, /eventDateTime/],
      [
        { parcels: [{ unitno: UNIT, events: [{ ...handedOver, eventDateTime: 'yesterday' }] }] },
        /eventDateTime: not a date-time/,
      ],
    ];
    for (const [payload, pattern] of cases) {
      const { response, server } = await feed('gls', payload);
      assert.match((await expectProblem(response, 400)).detail, pattern);
      assert.equal(await server.store.countShipments(), 0);
    }
  });

  it('links to GLS’s own tracking page, the number URL-encoded', async () => {
    const { tracking: t } = await tracking({ parcels: [parcel('INTRANSIT', handedOver.eventDateTime, [handedOver])] });
    assert.deepEqual(t.carrier, {
      code: 'gls',
      name: 'GLS',
      trackingUrl: 'https://gls-group.com/DK/da/find-pakke?match=58204811307',
    });
  });

  it('reads every shared GLS sample with the categories expected', async (t) => {
    const samples = fileURLToPath(new URL('../shared/carriers/samples/', new URL('../../../', import.meta.url)));
    if (!existsSync(samples)) {
      t.diagnostic('shared samples not present: skipped');
      return;
    }
    const yaml = readFileSync(`${samples}gls/gls_group_track_and_trace_v1_examples.yaml`, 'utf8');
    // biome-ignore lint/suspicious/noExplicitAny: walking a parsed document.
    const spec = parseYamlSubset(yaml) as any;
    const examples: Record<string, { value: unknown }> =
      spec.responses.Response200.content['application/json'].examples;
    const json = (file: string) => JSON.parse(readFileSync(`${samples}karrio/${file}`, 'utf8'));

    const expected: [string, unknown, Record<string, string[]>][] = [
      ['200WithoutErrors', examples['200WithoutErrors']!.value, { '36301917596': ['Info', 'Info'] }],
      [
        '200Reference2Parcels',
        examples['200Reference2Parcels']!.value,
        { '93835330599': ['InTransit', 'Info'], '93835330600': ['InTransit', 'Info'] },
      ],
      [
        '200WithLinks',
        examples['200WithLinks']!.value,
        { '42249028960': ['AvailableForPickup', 'InTransit', 'Info', 'Info'] },
      ],
      ['karrio response', json('gls_group_tracking_response.json'), { '36301917596': ['InTransit', 'Info'] }],
      [
        'karrio schema',
        json('schema_gls_schemas_tracking_response.json'),
        { '12345678901234567890': ['InTransit', 'Info'] },
      ],
    ];
    for (const [name, payload, byNumber] of expected) {
      const { server, response, body } = await feed('gls', payload);
      assert.equal(response.status, 200, `${name}: ${JSON.stringify(body)}`);
      assert.deepEqual(body.unmapped, [], name);
      for (const [number, categories] of Object.entries(byNumber)) {
        const result = await publicTracking(server, number);
        assert.deepEqual(
          result.events.map((e) => e.category),
          categories,
          `${name} ${number}`,
        );
        assert.match(result.events[0]!.occurredAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0[12]:00$/, name);
      }
    }
    const withLinks = await publicTracking((await feed('gls', examples['200WithLinks']!.value)).server, '42249028960');
    assert.equal(withLinks.status, 'AvailableForPickup');
    assert.equal(withLinks.events[0]!.occurredAt, '2025-02-10T15:13:46+01:00');

    const { response, server } = await feed('gls', examples['200WithErrors']!.value);
    assert.match((await expectProblem(response, 422)).detail, /42249018928: E_404_01 Resource Not Found/);
    assert.equal(await server.store.countShipments(), 0);
  });
});

/**
 * Just enough YAML for the GLS OpenAPI examples: block mappings and lists, plain and double-quoted scalars,
 * double-quoted scalars folded over lines with a trailing backslash.
 */
function parseYamlSubset(text: string): unknown {
  const lines: { indent: number; text: string }[] = [];
  const raw = text.split(/\r?\n/);
  for (let i = 0; i < raw.length; i++) {
    let line = raw[i]!;
    while (line.endsWith('\\') && i + 1 < raw.length) line = line.slice(0, -1) + raw[++i]!.trimStart();
    if (line.trim() && !line.trim().startsWith('#')) {
      lines.push({ indent: line.length - line.trimStart().length, text: line.trim() });
    }
  }
  let pos = 0;
  const scalar = (s: string): unknown => {
    if (s.startsWith('"')) return JSON.parse(s.replace(/\\ /g, ' '));
    if (s === 'true' || s === 'false') return s === 'true';
    return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : s;
  };
  const block = (): unknown => (lines[pos]!.text.startsWith('- ') ? list(lines[pos]!.indent) : map(lines[pos]!.indent));
  const list = (indent: number): unknown[] => {
    const out: unknown[] = [];
    while (pos < lines.length && lines[pos]!.indent === indent && lines[pos]!.text.startsWith('- ')) {
      const item = lines[pos]!.text.slice(2);
      if (/^("[^"]*"|[^\s"][^:]*):( |$)/.test(item)) {
        lines[pos] = { indent: indent + 2, text: item };
        out.push(map(indent + 2));
      } else {
        out.push(scalar(item));
        pos++;
      }
    }
    return out;
  };
  const map = (indent: number): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    while (pos < lines.length && lines[pos]!.indent === indent && !lines[pos]!.text.startsWith('- ')) {
      const m = /^("[^"]*"|[^\s"][^:]*):(?: (.*))?$/.exec(lines[pos]!.text);
      if (!m) throw new Error(`unreadable YAML line: ${lines[pos]!.text}`);
      pos++;
      const key = m[1]!.startsWith('"') ? (JSON.parse(m[1]!) as string) : m[1]!;
      const next = lines[pos];
      const nested = next && (next.indent > indent || (next.indent === indent && next.text.startsWith('- ')));
      out[key] = m[2] !== undefined && m[2] !== '' ? scalar(m[2]) : nested ? block() : null;
    }
    return out;
  };
  return map(lines[0]!.indent);
}
