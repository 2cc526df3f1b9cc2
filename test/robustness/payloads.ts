/**
 * Valid bodies for every POST route (the fuzzer's seeds), the hostile values it mixes into them, and a
 * mutation arbitrary that replaces, deletes or adds one node of a seed at a time.
 */
import fc from 'fast-check';

/**
 * fast-check's settings for every property in the suite: FUZZ_RUNS multiplies the runs (`npm run test:soak`
 * sets 10), and the seed is fixed so that `npm test` checks the same inputs every time; FUZZ_SEED=random
 * explores new ones (a failure prints the seed and the shrunk input that replay it).
 */
export function fuzz(numRuns: number): fc.Parameters<unknown> {
  const runs = Math.ceil(numRuns * Number(process.env.FUZZ_RUNS || 1));
  const raw = process.env.FUZZ_SEED || '20261204';
  return raw === 'random' ? { numRuns: runs } : { numRuns: runs, seed: Number(raw) };
}

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export const CARRIER_CODES = ['postnord', 'gls', 'bring', 'dao', 'dhl', 'ups'] as const;

export const EVENTS_SEED: Json = {
  trackingNumber: 'FUZZ0000001',
  carrier: 'gls',
  events: [
    {
      id: 'fuzz-1',
      occurredAt: '2026-11-28T09:00:00+01:00',
      category: 'InTransit',
      code: '31',
      description: 'The shipment item is under transportation.',
      location: { name: 'Taulov Pakketerminal', city: 'Taulov', postalCode: '7000', country: 'DK' },
    },
    { occurredAt: '2026-11-28T10:00:00Z', category: 'Internal', description: 'Packed at bay 4' },
  ],
};

export const REGISTRATION_SEED: Json = {
  trackingNumber: 'FUZZ0000002',
  carrier: 'postnord',
  reference: 'ORDER-1',
  recipient: {
    postalCode: '7000',
    country: 'dk',
    locale: 'da-DK',
    name: 'Mette Jensen',
    email: 'mette@example.dk',
    phone: '+45 12 34 56 78',
  },
};

/** One valid payload per carrier, in the shapes `carriers/FORMATS.md` documents, and its query string. */
export const CARRIER_SEEDS: Record<(typeof CARRIER_CODES)[number], { payload: Json; query: string }> = {
  postnord: {
    query: '',
    payload: {
      TrackingInformationResponse: {
        shipments: [
          {
            shipmentId: '70712345678DK',
            consignee: { address: { countryCode: 'DNK' } },
            items: [
              {
                itemId: '00370712345678900001',
                events: [
                  {
                    eventTime: '2026-11-28T09:00:00',
                    eventCode: '31',
                    status: 'EN_ROUTE',
                    eventDescription: 'The shipment item is under transportation.',
                    location: {
                      displayName: 'Taulov Pakketerminal',
                      city: 'Taulov',
                      postcode: '7000',
                      countryCode: 'DNK',
                      locationType: 'HUB',
                    },
                  },
                ],
              },
            ],
          },
        ],
      },
    },
  },
  gls: {
    query: '',
    payload: {
      parcels: [
        {
          requested: '58204811300',
          unitno: '58204811300',
          status: 'INTRANSIT',
          statusDateTime: '2026-11-27T18:40:05+0100',
          events: [
            {
              code: 'INTIAL.NORMAL',
              city: 'Fredericia',
              postalCode: '7000',
              country: 'DK',
              description: 'The parcel was handed over to GLS.',
              eventDateTime: '2026-11-27T18:40:05+0100',
            },
          ],
        },
      ],
    },
  },
  bring: {
    query: '',
    payload: {
      apiVersion: '2',
      consignmentSet: [
        {
          consignmentId: '70722150000004200',
          packageSet: [
            {
              statusDescription: '',
              packageNumber: '370722150000000001',
              productName: 'PAKKE I POSTKASSEN',
              productCode: '3584',
              brand: 'POSTEN',
              senderName: 'Nordisk Hagesenter AS',
              recipientAddress: { addressLine1: 'Kirkeveien 12', postalCode: '0368', city: 'OSLO', countryCode: 'NO' },
              eventSet: [
                {
                  description: 'The shipment has arrived at the terminal',
                  status: 'IN_TRANSIT',
                  recipientSignature: { name: '' },
                  unitId: '032850',
                  postalCode: '0024',
                  city: 'OSLO',
                  countryCode: 'NO',
                  country: 'Norway',
                  dateIso: '2026-11-27T10:00:00+01:00',
                  consignmentEvent: false,
                  insignificant: false,
                },
              ],
            },
          ],
        },
      ],
    },
  },
  dao: {
    query: '?trackingNumber=00057151270000000001',
    payload: {
      status: 'OK',
      fejlkode: '',
      fejltekst: '',
      resultat: {
        haendelser: [{ tidspunkt: '2026-11-27 08:10:00', haendelse: '15', pakketype: 'Shop', sted: 'Terminal' }],
      },
    },
  },
  dhl: {
    query: '',
    payload: {
      shipments: [
        {
          id: '00340434160000000001',
          service: 'parcel-de',
          origin: { address: { countryCode: 'DE' } },
          destination: { address: { countryCode: 'DK' } },
          events: [
            {
              timestamp: '2026-11-27T03:40:00+01:00',
              statusCode: 'transit',
              status: 'The shipment has been processed in the parcel center',
              location: { address: { countryCode: 'DE', postalCode: '04435', addressLocality: 'Leipzig' } },
            },
          ],
        },
      ],
    },
  },
  ups: {
    query: '',
    payload: {
      trackResponse: {
        shipment: [
          {
            inquiryNumber: '1Z5338FF0100000001',
            package: [
              {
                trackingNumber: '1Z5338FF0100000001',
                activity: [
                  {
                    date: '20261127',
                    time: '100000',
                    gmtDate: '2026-11-27',
                    gmtTime: '09:00:00',
                    gmtOffset: '+01:00',
                    location: { address: { city: 'BRONDBY', postalCode: '2605', countryCode: 'DK' } },
                    status: { type: 'I', code: 'AR', statusCode: '005', description: 'Arrived at Facility' },
                  },
                ],
              },
            ],
          },
        ],
      },
    },
  },
};

/** Strings that have broken parsers, paths, databases, templates and headers somewhere before. */
export const HOSTILE_STRINGS = [
  '../../../../etc/passwd',
  '..\\..\\..\\windows\\win.ini',
  '%2e%2e%2f%2e%2e%2fpackage.json',
  '\u0000',
  'a\u0000b',
  '\r\nSet-Cookie: injected=1',
  '\nX-Injected: 1',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '</script><script>alert(1)</script>',
  '<!--',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  "'; DROP TABLE events; --",
  '" OR ""="',
  '\uD800',
  '\uDFFF\uD800',
  '\u202Egnp.exe',
  '\u2028\u2029',
  '\uFEFF',
  'ＡＢＣ１２３４５',
  '0037 0712 3456 7890 1234',
  '__proto__',
  'constructor',
  'hasOwnProperty',
  'NaN',
  'Infinity',
  '-0',
  '1e999',
  '9'.repeat(400),
  '2026-02-30T10:00:00+01:00',
  '2026-11-30T24:00:00+01:00',
  '2026-11-30T10:00:00+99:99',
  '2026-11-30T10:00:00',
  '0000-01-01T00:00:00Z',
  '+275760-09-13T00:00:00Z',
  '9999-12-31T23:59:59.999999999-23:59',
  'Internal',
  'System',
  'postnord',
  '$' + '{7*7}{{7*7}}', // a template placeholder, written so that no linter takes it for one
  '%s%s%s%n',
  ' ',
  '',
];

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(...HOSTILE_STRINGS),
);

/** `[[[…]]]` or `{"a":{"a":…}}` this many levels deep. */
export function nested(depth: number, kind: 'array' | 'object'): string {
  return kind === 'array'
    ? `${'['.repeat(depth)}${']'.repeat(depth)}`
    : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

export const hostileValue: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
  hostileString,
  fc.constantFrom<Json>(null, true, false, 0, -1, 1e308, -1e308, 2 ** 53 + 1, 0.5, '', [], {}),
  fc.integer({ min: 2, max: 300 }).map((n) => JSON.parse(nested(n, 'array')) as Json),
  fc.integer({ min: 1, max: 300_000 }).map((n) => 'x'.repeat(n)),
);

const hostileKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', '', ' ', 'id', 'events', 'trackingNumber'),
  fc.string({ maxLength: 10 }),
);

type Path = (string | number)[];

function paths(value: Json, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) paths(v, [...at, i], out);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  }
  return out;
}

/** Sets an own property, even `__proto__`, so that it is serialised like any other key. */
function put(target: Record<string, Json> | Json[], key: string | number, value: Json): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

type Op = { kind: 'replace'; value: Json } | { kind: 'delete' } | { kind: 'add'; key: string; value: Json };

function apply(seed: Json, ops: readonly [number, Op][]): Json {
  let root = structuredClone(seed);
  for (const [pick, shared] of ops) {
    // Generated values can be shared instances (constantFrom): each insertion gets its own copy.
    const op = structuredClone(shared);
    const all = paths(root);
    const path = all[pick % all.length]!;
    if (path.length === 0) {
      if (op.kind === 'replace') root = op.value;
      continue;
    }
    let parent = root as Record<string, Json> | Json[];
    for (const step of path.slice(0, -1)) parent = (parent as Record<string, Json>)[step as string] as typeof parent;
    const last = path.at(-1)!;
    const node = (parent as Record<string, Json>)[last as string];
    if (op.kind === 'replace') put(parent, last, op.value);
    else if (op.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else delete (parent as Record<string, Json>)[last as string];
    } else if (node && typeof node === 'object' && !Array.isArray(node)) put(node, op.key, op.value);
    else if (Array.isArray(node)) node.push(op.value);
  }
  return root;
}

/** The seed with one to three of its nodes replaced, deleted or given a hostile sibling. */
export function mutated(seed: Json): fc.Arbitrary<Json> {
  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.record({ kind: fc.constant('replace' as const), value: hostileValue }),
    fc.constant({ kind: 'delete' as const }),
    fc.record({ kind: fc.constant('add' as const), key: hostileKey, value: hostileValue }),
  );
  return fc.array(fc.tuple(fc.nat(), op), { minLength: 1, maxLength: 3 }).map((ops) => apply(seed, ops));
}
