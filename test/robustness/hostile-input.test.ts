/**
 * Hostile input, fuzzed with fast-check through `app.request()` against every route, public and private, with
 * and without credentials: random JSON shapes, mutated valid payloads, huge and deeply nested bodies, wrong
 * content types, invalid UTF-8, path traversal and control characters in numbers, tokens and ids, odd headers.
 * The answer is always a correct 2xx/3xx or a 4xx (a problem document on /api/), never a 5xx; nothing reaches
 * the error log; the database is unchanged by every rejected request and by every read; nothing private leaks.
 */
import { strict as assert } from 'node:assert';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { IngestResult, PublicTracking, ShipmentCreated } from '../../server/schemas.js';
import { API_KEY, assertProblem, type Harness, harness, ROOT, type Seeded, seedSecrets } from './fixtures.js';
import {
  CARRIER_CODES,
  CARRIER_SEEDS,
  EVENTS_SEED,
  fuzz,
  HOSTILE_STRINGS,
  hostileString,
  type Json,
  mutated,
  nested,
  REGISTRATION_SEED,
} from './payloads.js';
import { assertPublicSafe } from './privacy.js';

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'PROPFIND', 'FOO'] as const;
const PRIVATE = /^\/api\/v1\/(?:shipments|events|carriers|openapi\.json)(?:\/|$)/;
const JSON_POSTS = /^\/api\/v1\/(?:shipments|events|carriers\/[^/]+\/events)$/;

interface Probe {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

const describeProbe = (p: Probe) =>
  `${p.method} ${p.path.slice(0, 300)} ${JSON.stringify(p.headers).slice(0, 300)} ${
    p.body === undefined ? '' : typeof p.body === 'string' ? p.body.slice(0, 300) : `<${p.body.length} bytes>`
  }`;

/** Segments that have broken routers and file servers: traversal, encodings, controls, injections. */
const HOSTILE_SEGMENTS = [
  '..',
  '.',
  '..%2F..%2Fetc%2Fpasswd',
  '%2e%2e%2f%2e%2e%2fpackage.json',
  '..%5C..%5Cpackage.json',
  '%252e%252e%252f',
  '....%2F%2F',
  '%00',
  'ABC%00DEF',
  '%0d%0aSet-Cookie:%20injected=1',
  '%0aX-Injected:%201',
  '%',
  '%%',
  '%zz',
  '%E0%A4%A',
  '%C0%AF',
  '%ED%A0%80',
  '%FF%FE',
  '%F4%90%80%80',
  ';jsessionid=1',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '%22%3E%3Csvg%20onload%3Dalert(1)%3E',
  'a'.repeat(5000),
  '9'.repeat(101),
  '%20',
  '+',
  '*',
  'CON',
  '.env',
  '.git%2Fconfig',
  'package.json',
  'smartsend-tracking.js',
  '__proto__',
  'constructor',
];

/** Percent-encodes as a browser would; a lone surrogate (which has no UTF-8) goes as U+FFFD, like `toWellFormed`. */
const encode = (s: string) =>
  encodeURIComponent(s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));
const encodedString = fc.string({ unit: 'binary', maxLength: 80 }).map(encode);
const rawString = fc.string({ unit: 'grapheme-ascii', maxLength: 60 });
const tokenLike = fc.stringMatching(/^[A-Za-z0-9_-]{8,120}$/);

/** Header values the Fetch API lets a client send: Latin-1 without NUL, CR or LF. */
const latin1 = fc.string({
  unit: fc
    .integer({ min: 0x20, max: 0xff })
    .filter((c) => c !== 0x7f)
    .map((c) => String.fromCharCode(c)),
  maxLength: 60,
});
const headerValue = (interesting: string[]) => fc.oneof(latin1, fc.constantFrom(...interesting)).map((v) => v.trim());

const HEADERS = fc.record(
  {
    Authorization: headerValue([
      `Bearer ${API_KEY}`,
      `bearer   ${API_KEY}  `,
      `Bearer ${API_KEY}x`,
      `Bearer ${API_KEY.slice(0, -1)}`,
      'Bearer',
      'Basic dXNlcjpwYXNz',
      `Bearer ${'a'.repeat(10_000)}`,
      `Bearer ${API_KEY}, Bearer other`,
      'Bearer \u00ff\u00fe',
    ]),
    'Content-Type': headerValue([
      'application/json',
      'application/json; charset=utf-8',
      'application/json; charset="UTF-8"',
      'application/json; charset=latin1',
      'application/json; charset=utf-16',
      'APPLICATION/JSON',
      'application/vnd.smartsend+json',
      'application/jsonx',
      'application/json;;;',
      'text/plain',
      'text/html',
      'multipart/form-data; boundary=x',
      'application/x-www-form-urlencoded',
      '*/*',
    ]),
    'If-None-Match': headerValue(['*', 'W/"x"', '"', '""', ',,,', 'W/', '"a", W/"b", *', 'x'.repeat(8000)]),
    'X-Forwarded-For': headerValue(['1.2.3.4', '::1', '2001:db8::1', 'unknown', '1.2.3.4, 5.6.7.8']),
    'Accept-Language': headerValue([
      '*',
      'da',
      'da-DK,da;q=0.9,en;q=0.8',
      'en;q=abc',
      'x;q=-1',
      ';;;',
      'q=1',
      'zh-Hant-TW',
      'x-'.repeat(3000),
      'de;q=1e999',
      'no',
    ]),
    Accept: headerValue(['text/html', 'application/json', '*/*', 'text/html;q=0', '']),
    'Accept-Encoding': headerValue(['gzip', 'br', 'gzip, br', 'identity', '*', 'x-unknown']),
    Origin: headerValue(['https://evil.example', 'null']),
    Cookie: headerValue(['session=abc', `token=${'x'.repeat(4000)}`]),
    Range: headerValue(['bytes=0-10', 'bytes=-1', 'bytes=999999-']),
  },
  { requiredKeys: [] },
);

describe('hostile input through app.request()', () => {
  let h: Harness;
  let seeded: Seeded;
  let secrets: string[];
  before(async () => {
    h = await harness({ demoDir: resolve(ROOT, 'demo') });
    seeded = await seedSecrets(h);
    secrets = seeded.secrets;
  });
  after(() => h.close());

  const segment = () =>
    fc.oneof(
      encodedString,
      rawString,
      tokenLike,
      fc.constantFrom(...HOSTILE_SEGMENTS),
      fc.constantFrom(
        ...seeded.shipments.flatMap((s) => [s.trackingNumber, s.token, s.id, s.carrier]),
        ...CARRIER_CODES,
      ),
    );

  /** Every route the app has, and some it has not, with each variable part drawn from `segment`. */
  const anyPath = () =>
    fc
      .tuple(
        fc.constantFrom<(a: string, b: string) => string>(
          (a) => `/api/v1/tracking/${a}`,
          (a) => `/api/v1/links/${a}`,
          (a) => `/t/${a}`,
          (a, b) => `/t/${a}?lang=${b}`,
          (a) => `/track/${a}`,
          (a, b) => `/track/${a}?postalCode=${b}&lang=${b}`,
          (a, b) => `/track?n=${a}&postalCode=${b}&lang=${b}`,
          () => '/track',
          (a) => `/api/v1/shipments/${a}`,
          () => '/api/v1/shipments',
          () => '/api/v1/events',
          (a) => `/api/v1/carriers/${a}/events`,
          (a, b) => `/api/v1/carriers/${b}/events?trackingNumber=${a}`,
          () => '/api/v1/openapi.json',
          (a) => `/widget/${a}`,
          (a) => `/demo/${a}`,
          () => '/demo/',
          () => '/healthz',
          (a) => `/${a}`,
          (a) => `/api/v1/${a}`,
          (a, b) => `/api/v1/tracking/${a}/${b}`,
        ),
        segment(),
        segment(),
      )
      .map(([template, a, b]) => template(a, b));

  const anyBody: () => fc.Arbitrary<string | Uint8Array> = () =>
    fc.oneof(
      fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
      mutated(EVENTS_SEED).map((v) => JSON.stringify(v)),
      mutated(REGISTRATION_SEED).map((v) => JSON.stringify(v)),
      fc.constantFrom(...CARRIER_CODES).chain((c) => mutated(CARRIER_SEEDS[c].payload).map((v) => JSON.stringify(v))),
      fc.uint8Array({ maxLength: 300 }),
      hostileString,
      fc.constantFrom('', 'null', '{', '[]', '{"__proto__":{"polluted":true}}', nested(50_000, 'array')),
    );

  /**
   * Sends the probe and checks everything a user may rely on about the answer. Resolves to the response body
   * (or undefined when the Fetch API refuses to build such a request at all: nothing to send).
   */
  async function probe(p: Probe): Promise<{ status: number; text: string } | undefined> {
    let req: Request;
    try {
      const withBody = p.body !== undefined && p.method !== 'GET' && p.method !== 'HEAD';
      req = new Request(`http://localhost${p.path}`, {
        method: p.method,
        headers: p.headers,
        ...(withBody && { body: p.body as BodyInit }),
      });
    } catch {
      return undefined;
    }
    const where = describeProbe(p);
    const path = new URL(req.url).pathname;
    h.failures.length = 0; // each probe answers for its own log lines only
    const before = h.snapshot();
    const res = await h.app.request(req);
    const status = res.status;
    assert.ok(status < 500, `${where} → ${status} ${await res.clone().text()}`);
    assert.ok(status >= 200, `${where} → ${status}`);
    assert.deepEqual(h.failures, [], `${where} reached the error log`);
    assert.equal(res.headers.get('set-cookie'), null, `${where}: a Set-Cookie header`);
    assert.equal(res.headers.get('x-injected'), null, `${where}: an injected header`);

    let text: string;
    if (path.startsWith('/api/') && status >= 400 && p.method !== 'HEAD') {
      text = JSON.stringify(await assertProblem(res, where));
    } else {
      if (path.startsWith('/api/') && status >= 400) {
        assert.equal(res.headers.get('content-type'), 'application/problem+json', `${where} → ${status}`);
      }
      text = await res.text();
    }
    if (status >= 300 && status < 400 && status !== 304) {
      const location = res.headers.get('location') ?? '';
      assert.match(location, /^\/(?![/\\])/, `${where}: a redirect off the site: ${location}`);
    }
    const key = /^bearer +(\S+)\s*$/i.exec(p.headers.Authorization ?? '')?.[1];
    if (key !== API_KEY || !PRIVATE.test(path)) assertPublicSafe(text, secrets, where);

    const mayWrite = p.method === 'POST' && JSON_POSTS.test(path) && status >= 200 && status < 300;
    if (!mayWrite) assert.equal(h.snapshot(), before, `${where} → ${status} changed the database`);

    if (status === 200 && p.method === 'GET' && /^\/api\/v1\/(?:tracking|links)\//.test(path)) {
      const parsed = PublicTracking.safeParse(JSON.parse(text));
      assert.ok(parsed.success, `${where}: a 200 that is not PublicTracking: ${text.slice(0, 300)}`);
    }
    if (mayWrite && path === '/api/v1/events') {
      assert.ok(IngestResult.safeParse(JSON.parse(text)).success, `${where}: ${text}`);
      const sent = JSON.parse(typeof p.body === 'string' ? p.body : '') as { events: unknown[] };
      const got = JSON.parse(text) as { accepted: number; duplicates: number };
      assert.equal(got.accepted + got.duplicates, sent.events.length, `${where}: ${text}`);
    }
    if (mayWrite && path === '/api/v1/shipments') {
      assert.ok(ShipmentCreated.safeParse(JSON.parse(text)).success, `${where}: ${text}`);
    }
    assert.equal(({} as Record<string, unknown>).polluted, undefined, `${where} polluted Object.prototype`);
    return { status, text };
  }

  it('answers any method, path, headers and body on every route with a correct 2xx/3xx or a 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...METHODS),
        anyPath(),
        HEADERS,
        anyBody(),
        async (method, path, headers, body) => {
          await probe({ method, path, headers, body });
        },
      ),
      fuzz(500),
    );
  });

  it('tracking numbers, tokens and ids with traversal, controls and odd encodings: 4xx or the right page', async () => {
    const lookups = (s: string): Probe[] => [
      { method: 'GET', path: `/api/v1/tracking/${s}`, headers: {} },
      { method: 'GET', path: `/api/v1/links/${s}`, headers: {} },
      { method: 'GET', path: `/t/${s}`, headers: { Accept: 'text/html' } },
      { method: 'GET', path: `/track/${s}?postalCode=${s}`, headers: { Accept: 'text/html' } },
      { method: 'GET', path: `/track?n=${s}&postalCode=${s}&lang=${s}`, headers: {} },
      { method: 'GET', path: `/api/v1/shipments/${s}`, headers: { Authorization: `Bearer ${API_KEY}` } },
      {
        method: 'POST',
        path: `/api/v1/carriers/dao/events?trackingNumber=${s}`,
        headers: { Authorization: `Bearer ${API_KEY}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ status: 'Fejl', fejlkode: '1', fejltekst: 'x' }),
      },
    ];
    await fc.assert(
      fc.asyncProperty(fc.oneof(segment(), fc.constantFrom(...HOSTILE_STRINGS).map(encode)), async (s) => {
        for (const p of lookups(s)) await probe(p);
      }),
      fuzz(250),
    );
  });

  it('answers a language named like a built-in object member with a page, not a 500', async () => {
    const { trackingNumber, token } = seeded.shipments[0]!;
    const pages = [
      '/track',
      `/track/${trackingNumber}`,
      '/track/UNKNOWN123',
      `/t/${token}`,
      '/t/forged',
      '/no-such-page',
    ];
    const names = [
      'constructor',
      'Constructor-DK',
      '__proto__',
      'toString',
      'hasOwnProperty',
      'valueOf',
      '__defineGetter__',
    ];
    for (const page of pages) {
      for (const name of names) {
        const glue = page.includes('?') ? '&' : '?';
        await probe({ method: 'GET', path: `${page}${glue}lang=${name}`, headers: { Accept: 'text/html' } });
        await probe({
          method: 'GET',
          path: page,
          headers: { Accept: 'text/html', 'Accept-Language': `${name}, da;q=0.5` },
        });
      }
    }
  });

  it('POST /api/v1/events: mutated batches are stored whole and counted right, or rejected and not stored', async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(mutated(EVENTS_SEED), async (payload) => {
        const answer = await probe({
          method: 'POST',
          path: '/api/v1/events',
          headers: { Authorization: `Bearer ${API_KEY}`, 'Content-Type': 'application/json' },
          body: JSON.stringify(payload),
        });
        if (answer?.status === 200) accepted++;
        else assert.equal(answer?.status, 400, answer?.text);
      }),
      fuzz(300),
    );
    assert.ok(accepted > 0, 'some mutations are still valid batches, and they were stored');
  });

  it('POST /api/v1/shipments: mutated registrations are registered or rejected whole', async () => {
    await fc.assert(
      fc.asyncProperty(mutated(REGISTRATION_SEED), async (payload) => {
        const answer = await probe({
          method: 'POST',
          path: '/api/v1/shipments',
          headers: { Authorization: `Bearer ${API_KEY}`, 'Content-Type': 'application/json' },
          body: JSON.stringify(payload),
        });
        assert.ok([200, 201, 400].includes(answer!.status), answer?.text);
      }),
      fuzz(200),
    );
  });

  for (const carrier of CARRIER_CODES) {
    it(`POST /api/v1/carriers/${carrier}/events: mutated payloads are stored, or rejected with 400/422 and not stored`, async () => {
      const { payload: seed, query } = CARRIER_SEEDS[carrier];
      const first = await probe({
        method: 'POST',
        path: `/api/v1/carriers/${carrier}/events${query}`,
        headers: { Authorization: `Bearer ${API_KEY}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(seed),
      });
      assert.equal(first?.status, 200, `the ${carrier} seed is a valid payload: ${first?.text}`);
      await fc.assert(
        fc.asyncProperty(mutated(seed), async (payload) => {
          const answer = await probe({
            method: 'POST',
            path: `/api/v1/carriers/${carrier}/events${query}`,
            headers: { Authorization: `Bearer ${API_KEY}`, 'Content-Type': 'application/json' },
            body: JSON.stringify(payload),
          });
          assert.ok([200, 400, 422].includes(answer!.status), answer?.text);
        }),
        fuzz(80),
      );
    });
  }

  describe('bodies no client should send', () => {
    const posts = (): { path: string; seed: Json }[] => [
      { path: '/api/v1/events', seed: EVENTS_SEED },
      { path: '/api/v1/shipments', seed: REGISTRATION_SEED },
      ...CARRIER_CODES.map((c) => ({
        path: `/api/v1/carriers/${c}/events${CARRIER_SEEDS[c].query}`,
        seed: CARRIER_SEEDS[c].payload,
      })),
    ];
    const auth = { Authorization: `Bearer ${API_KEY}` };
    const asJson = { ...auth, 'Content-Type': 'application/json' };

    it('answers a body over 1 MB with 413, whatever its shape, on every POST route', async () => {
      for (const { path, seed } of posts()) {
        const big = JSON.stringify({ ...(seed as object), pad: 'x'.repeat(1024 * 1024) });
        assert.equal((await probe({ method: 'POST', path, headers: asJson, body: big }))?.status, 413, path);
        const bytes = new Uint8Array(1024 * 1024 + 1).fill(0x20);
        assert.equal((await probe({ method: 'POST', path, headers: asJson, body: bytes }))?.status, 413, path);
      }
    });

    it('answers bodies nested 100,000 deep, and 3,000 deep inside a valid payload, with 400', async () => {
      for (const { path, seed } of posts()) {
        for (const kind of ['array', 'object'] as const) {
          const deep = await probe({ method: 'POST', path, headers: asJson, body: nested(100_000, kind) });
          assert.equal(deep?.status, 400, `${path} ${kind}`);
        }
        // Deep, but parseable: it sits where the payload has a list.
        const inside = JSON.stringify(seed).replace(/\[/, `[${nested(3000, 'array')},`);
        assert.ok(
          [200, 400, 422].includes((await probe({ method: 'POST', path, headers: asJson, body: inside }))!.status),
        );
      }
    });

    it('answers a huge but well-formed batch (1,000 events, 900 KB) with 200 or 400, never slower than 5 s', async () => {
      const events = Array.from({ length: 1000 }, (_, i) => ({
        id: `huge-${i}`,
        occurredAt: '2026-11-28T09:00:00+01:00',
        category: 'InTransit',
        description: 'y'.repeat(850),
      }));
      const started = performance.now();
      const answer = await probe({
        method: 'POST',
        path: '/api/v1/events',
        headers: asJson,
        body: JSON.stringify({ trackingNumber: 'HUGE0001', carrier: 'gls', events }),
      });
      assert.equal(answer?.status, 200, answer?.text);
      assert.ok(performance.now() - started < 5000);
    });

    it('answers a body that is not JSON, or not in UTF-8, with 415 on every POST route', async () => {
      const types = [
        'text/plain',
        'text/html',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=xyz',
        'application/json; charset=latin1',
        'application/json; charset=utf-16',
        'application/xml',
      ];
      for (const { path, seed } of posts()) {
        for (const type of types) {
          const answer = await probe({
            method: 'POST',
            path,
            headers: { ...auth, 'Content-Type': type },
            body: JSON.stringify(seed),
          });
          assert.equal(answer?.status, 415, `${path} as ${type}`);
        }
        const noType = await probe({
          method: 'POST',
          path,
          headers: auth,
          body: new TextEncoder().encode(JSON.stringify(seed)),
        });
        assert.equal(noType?.status, 415, `${path} without a type`);
        const utf16 = new Uint8Array(Buffer.from(JSON.stringify(seed), 'utf16le'));
        assert.equal((await probe({ method: 'POST', path, headers: asJson, body: utf16 }))?.status, 400, path);
      }
    });

    it('answers invalid UTF-8 (overlong, surrogates, stray and cut-off sequences) with 400 on every POST route', async () => {
      const bad = [
        [0xc0, 0xaf],
        [0xe0, 0x80, 0xaf],
        [0xed, 0xa0, 0x80],
        [0x80],
        [0xbf],
        [0xe2, 0x82],
        [0xf4, 0x90, 0x80, 0x80],
        [0xff],
        [0xfe, 0xff],
      ];
      for (const { path, seed } of posts()) {
        const text = JSON.stringify(seed);
        const at = text.indexOf('"', text.indexOf(':')) + 1; // inside the first string value
        for (const bytes of bad) {
          const body = Buffer.concat([Buffer.from(text.slice(0, at)), Buffer.from(bytes), Buffer.from(text.slice(at))]);
          const answer = await probe({ method: 'POST', path, headers: asJson, body: new Uint8Array(body) });
          assert.equal(answer?.status, 400, `${path} with ${Buffer.from(bytes).toString('hex')}`);
        }
      }
      await fc.assert(
        fc.asyncProperty(
          fc.uint8Array({ minLength: 1, maxLength: 500 }),
          fc.constantFrom(...posts()),
          async (bytes, { path }) => {
            const answer = await probe({ method: 'POST', path, headers: asJson, body: bytes });
            assert.ok([400, 413, 422].includes(answer!.status), `${path}: ${answer?.status}`);
          },
        ),
        fuzz(150),
      );
    });
  });

  it('odd If-None-Match, Accept-Language and Authorization on a 200 route: a right answer, 304 only on a match', async () => {
    const { trackingNumber } = seeded.shipments[0]!;
    const fresh = await h.app.request(`/api/v1/tracking/${trackingNumber}`);
    const etag = fresh.headers.get('etag')!;
    await fc.assert(
      fc.asyncProperty(
        HEADERS,
        fc.constantFrom(`/api/v1/tracking/${trackingNumber}`, `/api/v1/links/${seeded.shipments[0]!.token}`),
        fc.option(fc.constantFrom(etag, `W/${etag}`, `"x", ${etag}`), { nil: undefined }),
        async (headers, path, match) => {
          const sent = match ? { ...headers, 'If-None-Match': match } : headers;
          const answer = await probe({ method: 'GET', path, headers: sent });
          assert.ok(answer?.status === 200 || answer?.status === 304, `${answer?.status}`);
          const inm = sent['If-None-Match'];
          const matches =
            inm !== undefined &&
            (inm.trim() === '*' || inm.split(',').some((t) => t.trim().replace(/^W\//, '') === etag));
          assert.equal(answer.status === 304, matches, `If-None-Match ${JSON.stringify(inm)} → ${answer.status}`);
        },
      ),
      fuzz(200),
    );
  });
});

describe('hostile X-Forwarded-For behind a trusted proxy', () => {
  let h: Harness;
  before(async () => {
    h = await harness({ trustProxy: true, rateLimit: 1_000_000 });
  });
  after(() => h.close());

  it('never turns a malformed X-Forwarded-For into a 500', async () => {
    const forwarded = fc.oneof(
      latin1,
      fc.ipV4(),
      fc.ipV6(),
      fc
        .array(fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), maxLength: 5 }), { maxLength: 12 })
        .map((g) => g.join(':')),
      fc.constantFrom(
        'a:b:c:d:e:f:g:h:i::j',
        '1:2:3:4:5:6:7:8:9::',
        '::::',
        '[::1]:80',
        'fe80::1%eth0',
        '::ffff:1.2.3.4',
      ),
    );
    await fc.assert(
      fc.asyncProperty(
        forwarded.map((v) => v.trim()),
        async (xff) => {
          let res: Response;
          try {
            res = await h.app.request('/api/v1/tracking/ABC123', { headers: { 'X-Forwarded-For': xff } });
          } catch {
            return; // a value the Fetch API will not send
          }
          assert.ok(res.status === 404 || res.status === 429, `X-Forwarded-For ${JSON.stringify(xff)} → ${res.status}`);
          assert.deepEqual(h.failures, []);
        },
      ),
      fuzz(300),
    );
  });
});
