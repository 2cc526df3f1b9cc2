import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { API_KEY, expectProblem, json, OLD_API_KEY, testServer } from './helpers.js';

const registration = {
  trackingNumber: '00370712345678901234',
  carrier: 'postnord',
  reference: 'ORDER-77',
  recipient: { name: 'Mette Jensen', email: 'mette@example.dk', postalCode: '8000', country: 'dk', locale: 'da' },
};

describe('private routes need a bearer key', () => {
  const routes: [string, string, unknown?][] = [
    ['POST', '/api/v1/shipments', registration],
    ['GET', '/api/v1/shipments/abc'],
    ['POST', '/api/v1/events', { trackingNumber: 'X123', carrier: 'gls', events: [] }],
    ['GET', '/api/v1/openapi.json'],
  ];
  for (const [method, path, body] of routes) {
    it(`${method} ${path} is 401 without a key and with a wrong one`, async () => {
      const { app, store } = await testServer();
      for (const authorization of [
        undefined,
        'Bearer wrong-key-0123456789',
        `Basic ${API_KEY}`,
        `Bearer ${API_KEY}x`,
        'Bearer ',
      ]) {
        const headers: Record<string, string> = { 'Content-Type': 'application/json' };
        if (authorization !== undefined) headers.Authorization = authorization;
        const res = await app.request(path, { method, headers, ...(body ? { body: JSON.stringify(body) } : {}) });
        await expectProblem(res, 401);
        assert.match(res.headers.get('www-authenticate')!, /^Bearer/);
      }
      assert.equal(await store.countShipments(), 0, 'nothing happened');
    });
  }

  it('accepts every key listed, so keys can be rotated', async () => {
    const { app } = await testServer();
    for (const key of [API_KEY, OLD_API_KEY]) {
      const res = await app.request('/api/v1/shipments', {
        method: 'POST',
        headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(registration),
      });
      assert.ok(res.status === 201 || res.status === 200, `${res.status}`);
    }
  });
});

describe('POST /api/v1/shipments', () => {
  it('registers a shipment and answers with signed links on PUBLIC_BASE_URL', async () => {
    const { post, app } = await testServer();
    const res = await post('/api/v1/shipments', registration);
    assert.equal(res.status, 201);
    const body = await json(res);
    assert.equal(body.trackingNumber, '00370712345678901234');
    assert.equal(body.carrier, 'postnord');
    assert.match(body.id, /^[\w-]{16,}$/);
    assert.match(body.links.page, /^https:\/\/track\.example\.com\/t\/[\w-]+$/);
    assert.match(body.links.api, /^https:\/\/track\.example\.com\/api\/v1\/links\/[\w-]+$/);
    const viaLink = await app.request(new URL(body.links.api).pathname);
    assert.equal(viaLink.status, 200);
  });

  it('returns the same shipment when registered again', async () => {
    const { post } = await testServer();
    const first = await json(await post('/api/v1/shipments', registration));
    const again = await post('/api/v1/shipments', { ...registration, trackingNumber: '0037 0712 3456 7890 1234' });
    assert.equal(again.status, 200);
    assert.equal((await json(again)).id, first.id);
  });

  it('rejects a payload that is not a shipment, naming the fields', async () => {
    const { post, store } = await testServer();
    const problem = await expectProblem(
      await post('/api/v1/shipments', { trackingNumber: 'ab', carrier: 'fedex', recipient: { email: 'nope' } }),
      400,
    );
    const paths = (problem.errors as { path: string }[]).map((e) => e.path).sort();
    assert.deepEqual(paths, ['carrier', 'recipient.email', 'trackingNumber']);
    assert.equal(await store.countShipments(), 0);
  });
});

describe('GET /api/v1/shipments/{id}', () => {
  it('shows everything, every category included, newest first', async () => {
    const { post, getPrivate } = await testServer();
    const { id } = await json(await post('/api/v1/shipments', registration));
    await post('/api/v1/events', {
      trackingNumber: registration.trackingNumber,
      carrier: 'postnord',
      events: [
        { id: 'evt-1', occurredAt: '2026-11-30T09:00:00+01:00', category: 'Internal', description: 'Packed' },
        { occurredAt: '2026-11-30T14:05:00+01:00', category: 'InTransit', code: '31' },
        { occurredAt: '2026-11-30T15:00:00+01:00', category: 'System', description: 'Synced' },
      ],
    });
    const res = await getPrivate(`/api/v1/shipments/${id}`);
    assert.equal(res.status, 200);
    const view = await json(res);
    assert.equal(view.reference, 'ORDER-77');
    assert.deepEqual(view.recipient, { ...registration.recipient, country: 'DK' });
    assert.equal(view.status, 'InTransit');
    assert.deepEqual(
      view.events.map((e: { category: string }) => e.category),
      ['System', 'InTransit', 'Internal'],
    );
    assert.equal(view.events[2].sourceId, 'evt-1');
    assert.equal(view.events[1].code, '31');
    assert.match(view.events[0].receivedAt, /^\d{4}-\d\d-\d\dT/);
    assert.match(view.links.page, /\/t\//);
  });

  it('is a 404 problem for an unknown id', async () => {
    const { getPrivate } = await testServer();
    await expectProblem(await getPrivate('/api/v1/shipments/nope'), 404);
  });
});

describe('POST /api/v1/events', () => {
  const payload = {
    trackingNumber: '05212345678',
    carrier: 'gls',
    events: [
      {
        occurredAt: '2024-10-07T10:46:14+0200',
        category: 'InTransit',
        code: 'INTRANSIT.DEPOT',
        location: { city: 'Kolding', country: 'dk' },
      },
      {
        id: 'gls-2',
        occurredAt: '2024-10-08T08:00:00+02:00',
        category: 'OutForDelivery',
        description: 'Out for delivery',
      },
    ],
  };

  it('stores the events, registering the shipment on the way in', async () => {
    const { post, app } = await testServer();
    const res = await post('/api/v1/events', payload);
    assert.equal(res.status, 200);
    assert.deepEqual(await json(res), { accepted: 2, duplicates: 0 });
    const tracking = await json(await app.request('/api/v1/tracking/05212345678'));
    assert.equal(tracking.status, 'OutForDelivery');
    assert.equal(tracking.events[1].occurredAt, '2024-10-07T10:46:14+02:00', 'offset kept, written with a colon');
    assert.deepEqual(tracking.events[1].location, { city: 'Kolding', country: 'DK' });
  });

  it('stores the same event sent twice once', async () => {
    const { post, getPrivate, store } = await testServer();
    await post('/api/v1/events', payload);
    const again = await post('/api/v1/events', payload);
    assert.deepEqual(await json(again), { accepted: 0, duplicates: 2 });
    const shipment = await store.shipmentByTrackingNumber('05212345678');
    assert.equal((await json(await getPrivate(`/api/v1/shipments/${shipment!.id}`))).events.length, 2);
  });

  it('rejects a batch with one bad event whole, naming the event', async () => {
    const { post, store } = await testServer();
    const bad = {
      ...payload,
      events: [...payload.events, { occurredAt: '2024-10-08T09:00:00', category: 'Delivered' }],
    };
    const problem = await expectProblem(await post('/api/v1/events', bad), 400);
    assert.match(problem.detail, /^events\[2\]\.occurredAt: /);
    assert.equal(await store.countShipments(), 0, 'nothing of it was stored');
  });
});
