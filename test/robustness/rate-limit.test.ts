/**
 * Abuse: the per-client rate limit on the public routes holds for each client, spans the JSON routes and the
 * hosted pages, cannot be dodged by rotating X-Forwarded-For when no proxy is trusted, and a client flooding at
 * full speed does not starve another client, nor the merchant's private routes.
 */
import { strict as assert } from 'node:assert';
import http from 'node:http';
import { after, before, describe, it } from 'node:test';
import { API_KEY, AUTH, assertProblem, type Harness, harness, type Seeded, seedSecrets } from './fixtures.js';
import { assertPublicSafe, recipientSecrets } from './privacy.js';
import { request, type ServerProcess, startServer } from './server-process.js';
import { quantile } from './stats.js';

const LIMIT = 5;

describe('rate limit per client (behind a trusted proxy, in process)', () => {
  let h: Harness;
  let seeded: Seeded;
  before(async () => {
    h = await harness({ rateLimit: LIMIT, trustProxy: true });
    seeded = await seedSecrets(h);
  });
  after(() => h.close());

  const from = (client: string, path: string, headers: Record<string, string> = {}) =>
    h.app.request(path, { headers: { 'X-Forwarded-For': client, ...headers } });

  async function exhaust(client: string): Promise<void> {
    const { trackingNumber, token } = seeded.shipments[0]!;
    // The budget is shared: JSON by number and by link, the hosted page by link and by number, the form.
    const paths = [
      `/api/v1/tracking/${trackingNumber}`,
      `/api/v1/links/${token}`,
      `/t/${token}`,
      `/track/${trackingNumber}`,
      '/track',
    ];
    for (const path of paths.slice(0, LIMIT)) {
      const res = await from(client, path, { Accept: 'text/html' });
      assert.equal(res.status, 200, `${client} ${path} within the limit`);
      assertPublicSafe(await res.text(), seeded.secrets, path);
    }
  }

  it('answers the request over the limit with 429 and Retry-After, as problem JSON or as a page', async () => {
    const client = '203.0.113.7';
    await exhaust(client);
    const api = await from(client, `/api/v1/tracking/${seeded.shipments[1]!.trackingNumber}`);
    assert.equal(api.status, 429);
    const retry = Number(api.headers.get('retry-after'));
    assert.ok(Number.isInteger(retry) && retry >= 1 && retry <= 60, `Retry-After ${api.headers.get('retry-after')}`);
    await assertProblem(api, 'the 429 on a JSON route');
    const guess = await from(client, '/api/v1/links/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    assert.equal(guess.status, 429, 'guessing links counts against the same budget');
    const page = await from(client, `/t/${seeded.shipments[1]!.token}`, { Accept: 'text/html' });
    assert.equal(page.status, 429);
    assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
    assertPublicSafe(await page.text(), seeded.secrets, 'the 429 page');
  });

  it('does not limit another client while one is at its limit', async () => {
    const [greedy, other] = ['203.0.113.20', '198.51.100.9'];
    await exhaust(greedy);
    assert.equal((await from(greedy, `/api/v1/tracking/${seeded.shipments[0]!.trackingNumber}`)).status, 429);
    for (let i = 0; i < LIMIT; i++) {
      const res = await from(other, `/api/v1/tracking/${seeded.shipments[i % 3]!.trackingNumber}`);
      assert.equal(res.status, 200, `the other client's request ${i + 1}`);
    }
    assert.equal((await from(other, '/track')).status, 429, 'and the other client has its own limit');
  });

  it('counts an IPv6 client by its /64 and an IPv4-mapped address as the IPv4 one, the first X-Forwarded-For hop as the client', async () => {
    await exhaust('2001:db8:aa:bb::1');
    const path = `/api/v1/tracking/${seeded.shipments[0]!.trackingNumber}`;
    for (const sameClient of ['2001:db8:aa:bb::ffff', '2001:DB8:AA:BB:1:2:3:4', '2001:0db8:00aa:00bb::9']) {
      assert.equal((await from(sameClient, path)).status, 429, `${sameClient} is in the same /64`);
    }
    assert.equal((await from('2001:db8:aa:bc::1', path)).status, 200, 'the next /64 is another subscriber');

    await exhaust('192.0.2.44');
    for (const sameClient of ['::ffff:192.0.2.44', '192.0.2.44, 10.0.0.1', ' 192.0.2.44 ,10.0.0.2']) {
      assert.equal((await from(sameClient, path)).status, 429, `${JSON.stringify(sameClient)} is 192.0.2.44`);
    }
  });

  it("never limits the merchant's private routes, however busy the public ones are", async () => {
    const client = '203.0.113.99';
    await exhaust(client);
    assert.equal((await from(client, '/api/v1/tracking/ABC123')).status, 429);
    const ingest = await h.app.request('/api/v1/events', {
      method: 'POST',
      headers: { ...AUTH, 'Content-Type': 'application/json', 'X-Forwarded-For': client },
      body: JSON.stringify({
        trackingNumber: 'RATE0001',
        carrier: 'gls',
        events: [{ occurredAt: '2026-11-30T10:00:00+01:00', category: 'InTransit' }],
      }),
    });
    assert.equal(ingest.status, 200);
    const view = await h.app.request(`/api/v1/shipments/${seeded.shipments[0]!.id}`, {
      headers: { ...AUTH, 'X-Forwarded-For': client },
    });
    assert.equal(view.status, 200);
  });
});

describe('rate limit by socket address (the real server, no proxy trusted)', () => {
  const REAL_LIMIT = 30;
  const recipient = { name: 'Rasmus Ratelimitsen', email: 'rasmus@ratelimitsen.dk', phone: '+45 99 88 77 66' };
  const secrets = [...recipientSecrets(recipient), 'Lager-note 5521', API_KEY];
  let server: ServerProcess;
  let trackingNumber: string;
  before(async () => {
    server = await startServer({ env: { RATE_LIMIT: String(REAL_LIMIT) } });
    trackingNumber = 'RATE00000001';
    const registered = await request(server.url, '/api/v1/shipments', {
      method: 'POST',
      headers: { ...AUTH, 'Content-Type': 'application/json' },
      body: JSON.stringify({ trackingNumber, carrier: 'postnord', recipient }),
    });
    assert.equal(registered.status, 201, registered.text);
    const res = await request(server.url, '/api/v1/events', {
      method: 'POST',
      headers: { ...AUTH, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        trackingNumber,
        carrier: 'postnord',
        events: [
          { occurredAt: '2026-11-30T09:00:00+01:00', category: 'Internal', description: 'Lager-note 5521' },
          { occurredAt: '2026-11-30T10:00:00+01:00', category: 'InTransit' },
        ],
      }),
    });
    assert.equal(res.status, 200, res.text);
  });
  after(() => server.kill());

  const path = () => `/api/v1/tracking/${trackingNumber}`;

  it('gives no fresh budget for a forged X-Forwarded-For', async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= REAL_LIMIT; i++) {
      const res = await request(server.url, path(), {
        localAddress: '127.0.0.1',
        headers: { 'X-Forwarded-For': `10.${i}.0.1` },
      });
      statuses.push(res.status);
    }
    assert.deepEqual(statuses.slice(0, REAL_LIMIT), Array(REAL_LIMIT).fill(200));
    assert.equal(statuses[REAL_LIMIT], 429, 'the request over the limit is refused whatever it claims to come from');
  });

  it('limits each socket address on its own', async () => {
    for (let i = 0; i < REAL_LIMIT; i++) {
      assert.equal((await request(server.url, path(), { localAddress: '127.0.0.2' })).status, 200);
    }
    assert.equal((await request(server.url, path(), { localAddress: '127.0.0.2' })).status, 429);
    assert.equal((await request(server.url, path(), { localAddress: '127.0.0.3' })).status, 200, 'another address');
  });

  it('keeps answering another client promptly while one floods at full speed', async (t) => {
    const floodAgent = new http.Agent({ keepAlive: true, maxSockets: 16, localAddress: '127.0.0.4' });
    const victimAgent = new http.Agent({ keepAlive: true, maxSockets: 1, localAddress: '127.0.0.5' });
    t.after(() => {
      floodAgent.destroy();
      victimAgent.destroy();
    });
    let flooding = true;
    let refused = 0;
    let floodRequests = 0;
    let floodErrors = 0;
    let underWay!: () => void;
    const floodUnderWay = new Promise<void>((r) => (underWay = r));
    const started = performance.now();
    const flooder = async () => {
      while (flooding) {
        try {
          const res = await request(server.url, path(), { agent: floodAgent });
          floodRequests++;
          if (res.status === 429) refused++;
          if (refused === 200) underWay();
        } catch {
          floodErrors++;
          if (floodErrors > 100) return;
        }
      }
    };
    const flood = Array.from({ length: 16 }, flooder);
    await floodUnderWay;
    const victim: number[] = [];
    for (let i = 0; i < REAL_LIMIT; i++) {
      const res = await request(server.url, path(), { agent: victimAgent });
      assert.equal(res.status, 200, `the other client's request ${i + 1} during the flood`);
      assertPublicSafe(res.text, secrets, 'tracking during the flood');
      victim.push(res.ms);
    }
    flooding = false;
    await Promise.all(flood);
    const seconds = (performance.now() - started) / 1000;
    t.diagnostic(
      `flood: ${floodRequests} requests in ${seconds.toFixed(1)} s, ${refused} refused with 429, ${floodErrors} errors; ` +
        `other client: p50 ${quantile(victim, 0.5).toFixed(1)} ms, max ${Math.max(...victim).toFixed(1)} ms`,
    );
    assert.equal(floodErrors, 0, 'the flood itself was answered, not dropped');
    assert.ok(Math.max(...victim) < 2000, `every request of the other client was answered within 2 s`);
  });
});
