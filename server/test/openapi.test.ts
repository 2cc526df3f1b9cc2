import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { IngestResult, PublicTracking, ShipmentCreated, ShipmentView } from '../schemas.js';
import { json, testServer } from './helpers.js';

describe('GET /api/v1/openapi.json', () => {
  it('documents every route, generated from the schemas that validate them', async () => {
    const { getPrivate } = await testServer();
    const res = await getPrivate('/api/v1/openapi.json');
    assert.equal(res.status, 200);
    const doc = await json(res);
    assert.equal(doc.openapi, '3.1.0');
    assert.deepEqual(Object.keys(doc.paths).sort(), [
      '/api/v1/carriers/{carrier}/events',
      '/api/v1/events',
      '/api/v1/links/{token}',
      '/api/v1/shipments',
      '/api/v1/shipments/{id}',
      '/api/v1/tracking/{trackingNumber}',
    ]);
    for (const name of ['PublicTracking', 'EventsPayload', 'ShipmentRegistration', 'Problem', 'IngestResult']) {
      assert.ok(doc.components.schemas[name], `schema ${name}`);
    }
    const category = doc.components.schemas.EventInput.properties.category;
    const categories = category.enum ?? doc.components.schemas[category.$ref?.split('/').pop()]?.enum;
    assert.equal(categories?.length, 14);
    assert.deepEqual(doc.paths['/api/v1/events'].post.security, [{ bearer: [] }]);
    assert.equal(doc.paths['/api/v1/tracking/{trackingNumber}'].get.security, undefined);
    assert.equal(doc.servers[0].url, 'https://track.example.com');
  });

  it('describes what the routes really answer', async () => {
    const { post, getPrivate, app } = await testServer();
    const created = await json(await post('/api/v1/shipments', { trackingNumber: 'JJD0001', carrier: 'dhl' }));
    assert.ok(ShipmentCreated.safeParse(created).success);
    const ingested = await json(
      await post('/api/v1/events', {
        trackingNumber: 'JJD0001',
        carrier: 'dhl',
        events: [{ occurredAt: '2026-11-30T10:00:00+01:00', category: 'InTransit', location: { city: 'Bonn' } }],
      }),
    );
    assert.ok(IngestResult.safeParse(ingested).success);
    const tracking = await json(await app.request('/api/v1/tracking/JJD0001'));
    assert.deepEqual(PublicTracking.safeParse(tracking).error, undefined);
    const view = await json(await getPrivate(`/api/v1/shipments/${created.id}`));
    assert.deepEqual(ShipmentView.safeParse(view).error, undefined);
  });
});
