import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { signLink } from '../links.js';
import { expectProblem, json, LINK_SECRET, testServer } from './helpers.js';

async function withShipment(overrides = {}) {
  const server = await testServer(overrides);
  const created = await json(
    await server.post('/api/v1/shipments', {
      trackingNumber: '00370712345678901234',
      carrier: 'postnord',
      reference: 'ORDER-77',
      recipient: { name: 'Mette Jensen', email: 'mette@example.dk' },
    }),
  );
  await server.post('/api/v1/events', {
    trackingNumber: '00370712345678901234',
    carrier: 'postnord',
    events: [
      { id: 'a', occurredAt: '2026-11-30T09:00:00+01:00', category: 'Internal', description: 'Packed by Ole at bay 4' },
      {
        id: 'b',
        occurredAt: '2026-11-30T14:05:00+01:00',
        category: 'InTransit',
        code: '31',
        description: 'The shipment item is under transportation.',
      },
    ],
  });
  const token = new URL(created.links.page).pathname.split('/').pop()!;
  return { ...server, created, token };
}

describe('GET /api/v1/tracking/{trackingNumber}', () => {
  it('returns the public-safe tracking', async () => {
    const { app } = await withShipment();
    const res = await app.request('/api/v1/tracking/00370712345678901234');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type')!, /^application\/json/);
    const body = await json(res);
    assert.equal(body.status, 'InTransit');
    assert.deepEqual(
      body.events.map((e: { category: string }) => e.category),
      ['InTransit'],
    );
    assert.doesNotMatch(JSON.stringify(body), /Ole|bay 4|Mette|ORDER-77/);
  });

  it('finds the number however it is spaced or cased', async () => {
    const { app } = await withShipment();
    const res = await app.request('/api/v1/tracking/0037%200712%203456%207890%201234');
    assert.equal(res.status, 200);
  });

  it('answers an unknown number with a 404 problem', async () => {
    const { app } = await testServer();
    await expectProblem(await app.request('/api/v1/tracking/UNKNOWN123'), 404);
  });

  it('answers a number that cannot be one with a 400 problem', async () => {
    const { app } = await testServer();
    await expectProblem(await app.request(`/api/v1/tracking/${'9'.repeat(5000)}`), 400);
    await expectProblem(await app.request('/api/v1/tracking/..%2F..%2Fetc%2Fpasswd'), 400);
  });

  it('allows any origin without credentials, and answers the preflight', async () => {
    const { app } = await withShipment();
    const res = await app.request('/api/v1/tracking/00370712345678901234', {
      headers: { Origin: 'https://shop.example' },
    });
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    assert.equal(res.headers.get('access-control-allow-credentials'), null);
    const pre = await app.request('/api/v1/tracking/00370712345678901234', {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://shop.example',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'if-none-match',
      },
    });
    assert.equal(pre.status, 204);
    assert.equal(pre.headers.get('access-control-allow-origin'), '*');
    assert.match(pre.headers.get('access-control-allow-methods')!, /GET/);
    assert.match(pre.headers.get('access-control-allow-headers')!, /if-none-match/i);
  });

  it('is cacheable, with an ETag that answers 304 until the tracking changes', async () => {
    const { app, post } = await withShipment();
    const first = await app.request('/api/v1/tracking/00370712345678901234');
    const etag = first.headers.get('etag')!;
    assert.match(etag, /^"[\w-]+"$/);
    assert.match(first.headers.get('cache-control')!, /public, max-age=\d+/);

    const again = await app.request('/api/v1/tracking/00370712345678901234', { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), '');
    assert.equal(again.headers.get('etag'), etag);
    const weak = await app.request('/api/v1/tracking/00370712345678901234', {
      headers: { 'If-None-Match': `"x", W/${etag}` },
    });
    assert.equal(weak.status, 304, 'weak comparison, lists of tags');

    await post('/api/v1/events', {
      trackingNumber: '00370712345678901234',
      carrier: 'postnord',
      events: [{ occurredAt: '2026-11-30T20:00:00+01:00', category: 'OutForDelivery' }],
    });
    const changed = await app.request('/api/v1/tracking/00370712345678901234', { headers: { 'If-None-Match': etag } });
    assert.equal(changed.status, 200);
    assert.notEqual(changed.headers.get('etag'), etag);
  });

  it('does not change its ETag when only hidden events arrive', async () => {
    const { app, post } = await withShipment();
    const etag = (await app.request('/api/v1/tracking/00370712345678901234')).headers.get('etag')!;
    await post('/api/v1/events', {
      trackingNumber: '00370712345678901234',
      carrier: 'postnord',
      events: [{ occurredAt: '2026-11-30T21:00:00+01:00', category: 'System', description: 'sync job' }],
    });
    const res = await app.request('/api/v1/tracking/00370712345678901234', { headers: { 'If-None-Match': etag } });
    assert.equal(res.status, 304);
  });
});

describe('GET /api/v1/links/{token}', () => {
  it('returns the same public tracking as the number', async () => {
    const { app, token } = await withShipment();
    const byLink = await json(await app.request(`/api/v1/links/${token}`));
    const byNumber = await json(await app.request('/api/v1/tracking/00370712345678901234'));
    assert.deepEqual(byLink, byNumber);
  });

  it('gives one and the same 404 for a tampered, forged, expired or garbage token', async () => {
    const server = await withShipment();
    const { app, token, created, clock } = server;
    const tampered = token.slice(0, 10) + (token[10] === 'A' ? 'B' : 'A') + token.slice(11);
    const forged = signLink(created.id, ['another-secret-of-sufficient-length-0000'], new Date('2030-01-01'));
    const expired = signLink(created.id, [LINK_SECRET], new Date(clock.now.getTime() - 1000));
    const unknown = signLink('no-such-shipment', [LINK_SECRET], new Date('2030-01-01'));
    const answers = [];
    for (const t of [tampered, forged, expired, unknown, 'garbage', 'x'.repeat(5000)]) {
      const res = await app.request(`/api/v1/links/${t}`);
      answers.push(await expectProblem(res, 404));
    }
    for (const a of answers) assert.deepEqual(a, answers[0], 'validity cannot be probed');
    const unknownNumber = await expectProblem(await app.request('/api/v1/tracking/UNKNOWN123'), 404);
    assert.deepEqual(unknownNumber, answers[0]);
  });

  it('expires after 180 days by default', async () => {
    const { app, token, clock } = await withShipment();
    clock.now = new Date(clock.now.getTime() + 179 * 86_400_000);
    assert.equal((await app.request(`/api/v1/links/${token}`)).status, 200);
    clock.now = new Date(clock.now.getTime() + 2 * 86_400_000);
    assert.equal((await app.request(`/api/v1/links/${token}`)).status, 404);
  });

  it('still opens links signed with a rotated-out secret that is kept for verification', async () => {
    const { app, token, store } = await withShipment();
    const { testServer: make } = await import('./helpers.js');
    const rotated = await make({ linkSecrets: ['brand-new-secret-of-sufficient-length-01', LINK_SECRET] }, store);
    assert.equal((await rotated.app.request(`/api/v1/links/${token}`)).status, 200);
    assert.equal((await app.request(`/api/v1/links/${token}`)).status, 200);
  });
});

describe('the public rate limit', () => {
  it('answers 429 with Retry-After once a client used its minute', async () => {
    const { app } = await withShipment({ rateLimit: 3, trustProxy: true });
    const from = (ip: string) => ({ headers: { 'X-Forwarded-For': `${ip}, 10.0.0.1` } });
    for (let i = 0; i < 3; i++)
      assert.equal((await app.request('/api/v1/tracking/00370712345678901234', from('203.0.113.7'))).status, 200);
    const limited = await app.request('/api/v1/tracking/00370712345678901234', from('203.0.113.7'));
    const body = await expectProblem(limited, 429);
    assert.match(body.detail, /3 a minute/);
    const retryAfter = Number(limited.headers.get('retry-after'));
    assert.ok(retryAfter > 0 && retryAfter <= 60, `Retry-After ${retryAfter}`);
    assert.equal(limited.headers.get('access-control-allow-origin'), '*', 'a widget on another origin can read it');
    assert.equal(
      (await app.request('/api/v1/links/whatever', from('203.0.113.7'))).status,
      429,
      'one budget for all public routes',
    );

    assert.equal(
      (await app.request('/api/v1/tracking/00370712345678901234', from('198.51.100.2'))).status,
      200,
      'another client is not starved',
    );
  });

  it('counts by socket address unless TRUST_PROXY is set', async () => {
    const { app } = await withShipment({ rateLimit: 1, trustProxy: false });
    const env = (ip: string) => ({ incoming: { socket: { remoteAddress: ip } } }) as never;
    const spoof = { headers: { 'X-Forwarded-For': '1.2.3.4' } };
    assert.equal((await app.request('/api/v1/tracking/00370712345678901234', spoof, env('203.0.113.7'))).status, 200);
    const res = await app.request(
      '/api/v1/tracking/00370712345678901234',
      { headers: { 'X-Forwarded-For': '5.6.7.8' } },
      env('203.0.113.7'),
    );
    assert.equal(res.status, 429, 'a forged X-Forwarded-For does not buy a new budget');
    assert.equal(
      (await app.request('/api/v1/tracking/00370712345678901234', spoof, env('::ffff:198.51.100.2'))).status,
      200,
    );
  });

  it('counts an IPv6 client by its /64', async () => {
    const { app } = await withShipment({ rateLimit: 1, trustProxy: true });
    const from = (ip: string) => ({ headers: { 'X-Forwarded-For': ip } });
    assert.equal((await app.request('/api/v1/tracking/00370712345678901234', from('2001:db8:1:2::1'))).status, 200);
    assert.equal(
      (await app.request('/api/v1/tracking/00370712345678901234', from('2001:db8:1:2:ffff::9'))).status,
      429,
    );
    assert.equal((await app.request('/api/v1/tracking/00370712345678901234', from('2001:db8:1:3::1'))).status, 200);
  });

  it('is off with RATE_LIMIT=0', async () => {
    const { app } = await withShipment({ rateLimit: 0 });
    for (let i = 0; i < 50; i++) assert.equal((await app.request('/api/v1/tracking/00370712345678901234')).status, 200);
  });
});

describe('GET /healthz', () => {
  it('is 200 while the database answers and 503 when it does not', async () => {
    const { app, store } = await testServer();
    assert.equal((await app.request('/healthz')).status, 200);
    await store.close();
    await expectProblem(await app.request('/healthz'), 503);
  });
});
