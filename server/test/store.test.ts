import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { EventInput } from '../domain.js';
import { ingest, toEventRow } from '../ingest.js';
import { openKyselySqliteStore, openSqliteStore } from '../store/sqlite.js';
import type { Store } from '../store/types.js';

const dir = mkdtempSync(join(tmpdir(), 'smartsend-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const inTransit: EventInput = {
  occurredAt: '2026-11-30T14:05:00+01:00',
  category: 'InTransit',
  code: '31',
  description: 'Under transport',
};

// The contract every store keeps: the SQLite store the server runs, and the dialect-free Kysely store that a
// PostgreSQL deployment will run (exercised here on SQLite).
const implementations: [string, (path: string, options?: { now?: () => Date }) => Promise<Store>][] = [
  ['SqliteStore', openSqliteStore],
  ['KyselyStore', openKyselySqliteStore],
];

for (const [name, openSqliteStore] of implementations)
  describe(`the store contract: ${name}`, () => {
    it('keeps what it stored across a restart', async () => {
      const path = join(dir, `restart-${name}.db`);
      let store = await openSqliteStore(path);
      const { shipment } = await store.registerShipment({
        carrier: 'gls',
        trackingNumber: '05212345678',
        reference: 'R-1',
      });
      await ingest(store, [{ carrier: 'gls', trackingNumber: '05212345678', events: [inTransit] }]);
      await store.close();

      store = await openSqliteStore(path);
      const again = await store.shipmentById(shipment.id);
      assert.equal(again?.reference, 'R-1');
      assert.equal(again?.events.length, 1);
      assert.equal(again?.events[0]?.description, 'Under transport');
      assert.equal(again?.events[0]?.occurredAt, '2026-11-30T14:05:00+01:00');
      await store.close();
    });

    it('returns the same shipment when the same carrier and number are registered again', async () => {
      const store = await openSqliteStore(':memory:');
      const first = await store.registerShipment({
        carrier: 'bring',
        trackingNumber: 'TESTPACKAGE1',
        recipient: { name: 'Kari' },
      });
      const second = await store.registerShipment({
        carrier: 'bring',
        trackingNumber: 'TESTPACKAGE1',
        recipient: { email: 'kari@example.no' },
      });
      assert.equal(first.created, true);
      assert.equal(second.created, false);
      assert.equal(second.shipment.id, first.shipment.id);
      assert.deepEqual(second.shipment.recipient, { name: 'Kari', email: 'kari@example.no' });
      const other = await store.registerShipment({ carrier: 'dao', trackingNumber: 'TESTPACKAGE1' });
      assert.notEqual(other.shipment.id, first.shipment.id, 'another carrier, another shipment');
      await store.close();
    });

    it('stores the same event once: by sender id, else by instant and carrier code, else by instant and category', async () => {
      const store = await openSqliteStore(':memory:');
      const send = (events: EventInput[]) => ingest(store, [{ carrier: 'postnord', trackingNumber: 'PN1', events }]);
      assert.deepEqual(await send([inTransit]), { accepted: 1, duplicates: 0 });
      // Same instant written at another offset, reworded and translated: still the same event.
      assert.deepEqual(
        await send([
          { ...inTransit, occurredAt: '2026-11-30T13:05:00Z', description: 'Under transport (da: Undervejs)' },
        ]),
        {
          accepted: 0,
          duplicates: 1,
        },
      );
      assert.deepEqual(
        await send([{ ...inTransit, code: '32' }]),
        { accepted: 1, duplicates: 0 },
        'another code is another event',
      );
      assert.deepEqual(
        await send([
          { ...inTransit, sourceId: 'x-1' },
          { ...inTransit, sourceId: 'x-1', category: 'Delayed' },
        ]),
        {
          accepted: 1,
          duplicates: 1,
        },
      );
      const noCode = { occurredAt: '2026-12-01T10:00:00+01:00', category: 'Delayed' } as const;
      assert.deepEqual(await send([noCode, { ...noCode, category: 'Change' }, noCode]), { accepted: 2, duplicates: 1 });
      const shipment = await store.shipmentByTrackingNumber('PN1');
      assert.equal(shipment?.events.length, 5);
      await store.close();
    });

    it('stores a request whole or not at all', async () => {
      const store = await openSqliteStore(':memory:');
      const good = toEventRow(inTransit);
      // A category the database refuses (a CHECK constraint) fails the second insert.
      const clash = { ...toEventRow({ ...inTransit, code: '99' }), category: 'Lost' as never };
      await assert.rejects(
        store.ingest([
          { carrier: 'ups', trackingNumber: '1Z1', events: [good] },
          { carrier: 'ups', trackingNumber: '1Z2', events: [clash] },
        ]),
      );
      assert.equal(await store.shipmentByTrackingNumber('1Z1'), undefined, 'the first shipment was rolled back too');
      assert.equal(await store.countShipments(), 0);
      await store.close();
    });

    it('keeps requests that arrive together apart: each is stored whole or not at all, on its own', async () => {
      const store = await openSqliteStore(':memory:');
      const bad = { ...toEventRow({ ...inTransit, code: '98' }), category: 'Lost' as never };
      const results = await Promise.allSettled([
        store.ingest([{ carrier: 'gls', trackingNumber: 'GROUP1', events: [toEventRow(inTransit)] }]),
        store.ingest([
          { carrier: 'gls', trackingNumber: 'GROUP2', events: [toEventRow(inTransit)] },
          { carrier: 'gls', trackingNumber: 'GROUP3', events: [bad] },
        ]),
        store.ingest([{ carrier: 'gls', trackingNumber: 'GROUP4', events: [toEventRow(inTransit)] }]),
      ]);
      assert.deepEqual(
        results.map((r) => r.status),
        ['fulfilled', 'rejected', 'fulfilled'],
      );
      assert.equal((await store.shipmentByTrackingNumber('GROUP1'))?.events.length, 1);
      assert.equal(await store.shipmentByTrackingNumber('GROUP2'), undefined, 'the failed request left nothing behind');
      assert.equal((await store.shipmentByTrackingNumber('GROUP4'))?.events.length, 1);
      await store.close();
    });

    it('registers an unknown shipment on the way in', async () => {
      const store = await openSqliteStore(':memory:');
      await ingest(store, [{ carrier: 'dhl', trackingNumber: 'JJD1', events: [inTransit] }]);
      const s = await store.shipmentByTrackingNumber('JJD1');
      assert.equal(s?.carrier, 'dhl');
      assert.equal(s?.events.length, 1);
      await store.close();
    });

    it('finds a number used by two carriers as the shipment updated last', async () => {
      let now = new Date('2026-12-01T10:00:00Z');
      const store = await openSqliteStore(':memory:', { now: () => now });
      await store.registerShipment({ carrier: 'gls', trackingNumber: 'SAME123' });
      now = new Date('2026-12-01T10:00:01Z');
      await ingest(store, [{ carrier: 'dao', trackingNumber: 'SAME123', events: [inTransit] }]);
      assert.equal((await store.shipmentByTrackingNumber('SAME123'))?.carrier, 'dao');
      await store.close();
    });

    it('answers a ping while open and refuses after close', async () => {
      const store = await openSqliteStore(':memory:');
      await store.ping();
      await store.close();
      await assert.rejects(store.ping());
    });
  });
