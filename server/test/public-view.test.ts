import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { openSqliteStore } from '../store/sqlite.js';
import { json, testServer } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'smartsend-views-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const event = (occurredAt: string, category: string, description?: string) => ({ occurredAt, category, description });

describe('cached public views', () => {
  it('show a change written by another server process on the same database at once', async () => {
    const path = join(dir, 'shared.db');
    const a = await testServer({}, await openSqliteStore(path));
    const b = await testServer({}, await openSqliteStore(path));
    await b.post('/api/v1/events', {
      trackingNumber: 'GLS123456',
      carrier: 'gls',
      events: [event('2026-11-30T10:00:00+01:00', 'InTransit')],
    });
    assert.equal((await json(await a.app.request('/api/v1/tracking/GLS123456'))).status, 'InTransit');
    await b.post('/api/v1/events', {
      trackingNumber: 'GLS123456',
      carrier: 'gls',
      events: [event('2026-11-30T12:00:00+01:00', 'Delivered')],
    });
    assert.equal((await json(await a.app.request('/api/v1/tracking/GLS123456'))).status, 'Delivered');
    await a.store.close();
    await b.store.close();
  });

  it('follow a new registration of the recipient, which changes what is redacted', async () => {
    const { app, post } = await testServer();
    await post('/api/v1/events', {
      trackingNumber: 'GLS654321',
      carrier: 'gls',
      events: [event('2026-11-30T10:00:00+01:00', 'Delivered', 'Delivered to Karen Blixen')],
    });
    assert.match((await json(await app.request('/api/v1/tracking/GLS654321'))).events[0].description, /Blixen/);
    await post('/api/v1/shipments', {
      trackingNumber: 'GLS654321',
      carrier: 'gls',
      recipient: { name: 'Karen Blixen' },
    });
    assert.doesNotMatch((await json(await app.request('/api/v1/tracking/GLS654321'))).events[0].description, /Blixen/);
  });
});
