import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { expectProblem, testServer } from './helpers.js';

const valid = {
  trackingNumber: '05212345678',
  carrier: 'gls',
  events: [{ occurredAt: '2024-10-07T10:46:14+02:00', category: 'InTransit' }],
};

describe('input a client can send is never a 500', () => {
  const cases: [string, unknown, number][] = [
    ['malformed JSON', '{"trackingNumber": ', 400],
    ['JSON that is not an object', '[1,2,3]', 400],
    ['null', 'null', 400],
    ['an empty body', '', 400],
    ['wrong types', { trackingNumber: 42, carrier: ['gls'], events: 'many' }, 400],
    ['an unknown category', { ...valid, events: [{ occurredAt: '2024-10-07T10:46:14+02:00', category: 'Lost' }] }, 400],
    [
      'a time without an offset',
      { ...valid, events: [{ occurredAt: '2024-10-07T10:46:14', category: 'InTransit' }] },
      400,
    ],
    ['an impossible date', { ...valid, events: [{ occurredAt: '2024-02-30T10:46:14Z', category: 'InTransit' }] }, 400],
    ['a 5,000-character tracking number', { ...valid, trackingNumber: '1'.repeat(5000) }, 400],
    ['control characters in a tracking number', { ...valid, trackingNumber: 'ABC\u0000\r\nSet-Cookie: x' }, 400],
    ['no events', { ...valid, events: [] }, 400],
    ['too many events', { ...valid, events: Array.from({ length: 1001 }, () => valid.events[0]) }, 400],
    ['a huge description', { ...valid, events: [{ ...valid.events[0], description: 'x'.repeat(3000) }] }, 400],
    [
      'a prototype-polluting key',
      '{"__proto__": {"admin": true}, "trackingNumber": "05212345678", "carrier": "gls", "events": []}',
      400,
    ],
    ['deep nesting', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, 400],
  ];
  for (const [name, body, status] of cases) {
    it(`answers ${name} with ${status} and stores nothing`, async () => {
      const { post, store, errors } = await testServer();
      await expectProblem(await post('/api/v1/events', body), status);
      assert.equal(await store.countShipments(), 0);
      assert.deepEqual(errors, [], 'nothing reached the error log');
      assert.equal(({} as Record<string, unknown>).admin, undefined);
    });
  }

  it('answers a 10 MB body with 413', async () => {
    const { post, store } = await testServer();
    await expectProblem(
      await post('/api/v1/events', JSON.stringify({ ...valid, pad: 'x'.repeat(10 * 1024 * 1024) })),
      413,
    );
    assert.equal(await store.countShipments(), 0);
  });

  it('answers a body that is not UTF-8 with 400', async () => {
    const { post } = await testServer();
    const latin1 = Buffer.from(
      JSON.stringify({ ...valid, events: [{ ...valid.events[0], description: 'Købmand' }] }),
      'latin1',
    );
    const problem = await expectProblem(await post('/api/v1/events', new Uint8Array(latin1)), 400);
    assert.match(problem.detail, /UTF-8/);
  });

  it('answers a body that is not JSON with 415', async () => {
    const { post } = await testServer();
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=latin1', '']) {
      await expectProblem(await post('/api/v1/events', JSON.stringify(valid), { 'Content-Type': type }), 415);
    }
  });

  it('accepts JSON with a charset or a +json type', async () => {
    const { post } = await testServer();
    assert.equal(
      (await post('/api/v1/events', valid, { 'Content-Type': 'application/json; charset=UTF-8' })).status,
      200,
    );
    assert.equal(
      (await post('/api/v1/events', valid, { 'Content-Type': 'application/vnd.smartsend+json' })).status,
      200,
    );
  });

  it('answers unknown API routes and methods with a 404 problem, not HTML', async () => {
    const { app, getPrivate } = await testServer();
    await expectProblem(await app.request('/api/v1/nothing-here'), 404);
    await expectProblem(await app.request('/api/v1/tracking/ABC123', { method: 'DELETE' }), 404);
    await expectProblem(await getPrivate('/api/v1/events'), 404);
  });
});
