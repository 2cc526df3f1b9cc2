/**
 * Abuse: CORS never hands a foreign page more than public data. Public JSON routes answer any origin with `*` and
 * never allow credentials (so a browser never attaches cookies or auth it holds for us); no route reflects the
 * caller's Origin; private routes grant no origin at all, whatever the request claims.
 */
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { API_KEY, type Harness, harness, type Seeded, seedSecrets } from './fixtures.js';
import { fuzz } from './payloads.js';
import { assertPublicSafe } from './privacy.js';

const origins = fc.oneof(
  fc.webUrl().map((u) => new URL(u).origin),
  fc.constantFrom(
    'null',
    'https://evil.example',
    'http://localhost:8787',
    'https://track.example.com',
    'https://track.example.com.evil.example',
    'file://',
    '*',
  ),
  fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 40 }),
);

const methods = fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH');
const requestHeaders = fc.constantFrom(
  'authorization',
  'cookie',
  'content-type, authorization',
  'if-none-match',
  'x-requested-with',
  'Authorization, Cookie, X-Api-Key',
);

describe('CORS', () => {
  let h: Harness;
  let seeded: Seeded;
  before(async () => {
    h = await harness({ rateLimit: 3, trustProxy: true });
    seeded = await seedSecrets(h);
  });
  after(() => h.close());

  /** Nothing in the answer lets the requesting origin read it with credentials, or names that origin. */
  function assertNoCredentials(res: Response, origin: string, where: string) {
    assert.equal(res.headers.get('access-control-allow-credentials'), null, `${where}: allows credentials`);
    const allowed = res.headers.get('access-control-allow-origin');
    if (origin !== '*') assert.notEqual(allowed, origin, `${where}: reflects the Origin ${origin}`);
    if (allowed !== null) assert.equal(allowed, '*', `${where}: grants ${allowed}`);
  }

  const send = async (path: string, init: { method?: string; headers: Record<string, string> }) => {
    try {
      return await h.app.request(path, init);
    } catch {
      return undefined; // a header value the Fetch API refuses to send
    }
  };

  it('answers the public JSON routes with `*` and no credentials for any origin, on success and on every error', async () => {
    const { trackingNumber, token } = seeded.shipments[0]!;
    const paths = [
      `/api/v1/tracking/${trackingNumber}`,
      `/api/v1/links/${token}`,
      '/api/v1/tracking/UNKNOWN00001',
      '/api/v1/tracking/..%2F..%2Fetc',
      '/api/v1/links/forged',
    ];
    let client = 0;
    await fc.assert(
      fc.asyncProperty(origins, fc.constantFrom(...paths), fc.boolean(), async (origin, path, withCookie) => {
        // A fresh client each time, then one past its limit: the 429 must be as readable as any answer.
        const from = { 'X-Forwarded-For': `10.9.${(client >> 8) & 255}.${client++ & 255}` };
        const headers = { ...from, Origin: origin, ...(withCookie && { Cookie: 'session=1' }) };
        const res = await send(path, { headers });
        if (!res) return;
        assert.equal(res.headers.get('access-control-allow-origin'), '*', `${path} from ${origin}`);
        assertNoCredentials(res, origin, path);
        assertPublicSafe(await res.text(), seeded.secrets, path);
        for (let i = 0; i < 3; i++) await h.app.request(path, { headers });
        const limited = await h.app.request(path, { headers });
        assert.equal(limited.status, 429);
        assert.equal(limited.headers.get('access-control-allow-origin'), '*', `the 429 from ${origin}`);
        assertNoCredentials(limited, origin, `${path} (429)`);
      }),
      fuzz(150),
    );
  });

  it('answers a preflight to a public route with `*`, safe methods only and no credentials', async () => {
    const { trackingNumber } = seeded.shipments[0]!;
    await fc.assert(
      fc.asyncProperty(origins, methods, requestHeaders, async (origin, method, wanted) => {
        const res = await send(`/api/v1/tracking/${trackingNumber}`, {
          method: 'OPTIONS',
          headers: {
            Origin: origin,
            'Access-Control-Request-Method': method,
            'Access-Control-Request-Headers': wanted,
          },
        });
        if (!res) return;
        assert.ok(res.status < 300, `preflight ${res.status}`);
        assertNoCredentials(res, origin, 'preflight');
        const allowed = (res.headers.get('access-control-allow-methods') ?? '').split(/\s*,\s*/);
        for (const m of ['POST', 'PUT', 'DELETE', 'PATCH']) assert.ok(!allowed.includes(m), `preflight allows ${m}`);
      }),
      fuzz(150),
    );
  });

  it('grants no origin on the private routes, with or without a valid key, preflight or not', async () => {
    const { id } = seeded.shipments[0]!;
    const routes: [string, string][] = [
      ['GET', `/api/v1/shipments/${id}`],
      ['GET', '/api/v1/openapi.json'],
      ['POST', '/api/v1/events'],
      ['POST', '/api/v1/shipments'],
      ['POST', '/api/v1/carriers/gls/events'],
    ];
    await fc.assert(
      fc.asyncProperty(origins, fc.constantFrom(...routes), fc.boolean(), async (origin, [method, path], keyed) => {
        const auth: Record<string, string> = keyed ? { Authorization: `Bearer ${API_KEY}` } : {};
        const preflight = await send(path, {
          method: 'OPTIONS',
          headers: {
            Origin: origin,
            'Access-Control-Request-Method': method,
            'Access-Control-Request-Headers': 'authorization',
          },
        });
        if (!preflight) return;
        assert.equal(preflight.headers.get('access-control-allow-origin'), null, `preflight ${path} grants an origin`);
        assertNoCredentials(preflight, origin, `preflight ${path}`);
        const res = await send(path, {
          method,
          headers: { Origin: origin, ...auth, ...(method === 'POST' && { 'Content-Type': 'application/json' }) },
        });
        if (!res) return;
        assert.equal(res.headers.get('access-control-allow-origin'), null, `${method} ${path} grants an origin`);
        assertNoCredentials(res, origin, `${method} ${path}`);
      }),
      fuzz(150),
    );
  });

  it('never reflects the origin or allows credentials on the hosted pages, the widget and the health check', async () => {
    const { trackingNumber, token } = seeded.shipments[0]!;
    const paths = [
      `/t/${token}`,
      `/track/${trackingNumber}`,
      '/track',
      '/healthz',
      '/widget/smartsend-tracking.js',
      '/nothing',
    ];
    let client = 0;
    await fc.assert(
      fc.asyncProperty(origins, fc.constantFrom(...paths), async (origin, path) => {
        const res = await send(path, { headers: { Origin: origin, 'X-Forwarded-For': `10.8.0.${client++ & 255}` } });
        if (!res) return;
        assertNoCredentials(res, origin, path);
      }),
      fuzz(100),
    );
  });
});
