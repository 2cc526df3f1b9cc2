/**
 * Crash safety: the real server is SIGKILLed in the middle of a stream of ingest requests from several clients,
 * at a random moment, and restarted on the same database file, a few times over. Every event that got a 200 is
 * there after the restart, no batch is ever half stored, and an in-doubt batch sent again is stored exactly once.
 */
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import BetterSqlite3 from 'better-sqlite3';
import { AUTH, scratchDir } from './fixtures.js';
import { request, type ServerProcess, startServer } from './server-process.js';
import { random } from './stats.js';

const ROUNDS = Number(process.env.CRASH_ROUNDS || 4);
const CLIENTS = 6;
/** Most batches are small; one client sends large ones, whose transaction spans several INSERTs. */
const SMALL_BATCH = 12;
const LARGE_BATCH = 700;
const SHIPMENTS = [
  { carrier: 'postnord', trackingNumber: '00370712345600000001' },
  { carrier: 'gls', trackingNumber: '58204800000002' },
  { carrier: 'bring', trackingNumber: '370722150000000003' },
  { carrier: 'dhl', trackingNumber: '00340434160000000004' },
] as const;
const CATEGORIES = ['Info', 'InTransit', 'Internal', 'System', 'OutForDelivery', 'Notification'];
const JSON_HEADERS = { ...AUTH, 'Content-Type': 'application/json' };

interface Batch {
  key: string;
  shipment: number;
  size: number;
  body: string;
  /** Acked: the server answered 200. In doubt: sent, and the server died before it answered. */
  outcome: 'acked' | 'in-doubt';
}

let clock = Date.UTC(2026, 10, 1, 8);
function batchBody(key: string, shipment: number, size: number): string {
  const { carrier, trackingNumber } = SHIPMENTS[shipment]!;
  const first = clock;
  clock += size * 1000;
  const events = Array.from({ length: size }, (_, j) => ({
    id: `${key}-e${j}`,
    occurredAt: new Date(first + j * 1000).toISOString(),
    category: CATEGORIES[j % CATEGORIES.length],
    code: `C${j}`,
    description: `crash batch ${key} event ${j}`,
  }));
  return JSON.stringify({ carrier, trackingNumber, events });
}

/** Which events of which batches the restarted server holds, read through its private route. */
async function storedBatches(server: ServerProcess, ids: string[]): Promise<Map<string, string[]>> {
  const byBatch = new Map<string, string[]>();
  for (const id of ids) {
    const res = await request(server.url, `/api/v1/shipments/${id}`, { headers: AUTH });
    assert.equal(res.status, 200, res.text);
    for (const e of (JSON.parse(res.text) as { events: { sourceId: string | null }[] }).events) {
      const m = /^(r\d+c\d+b\d+)-e(\d+)$/.exec(e.sourceId ?? '');
      assert.ok(m, `an event nobody sent: ${JSON.stringify(e)}`);
      byBatch.set(m[1]!, [...(byBatch.get(m[1]!) ?? []), e.sourceId!]);
    }
  }
  return byBatch;
}

function assertConsistent(ledger: Map<string, Batch>, stored: Map<string, string[]>, when: string): void {
  for (const [key, events] of stored) {
    const batch = ledger.get(key);
    assert.ok(batch, `${when}: batch ${key} is stored but was never sent`);
    assert.equal(new Set(events).size, events.length, `${when}: batch ${key} holds an event twice`);
    assert.equal(events.length, batch.size, `${when}: batch ${key} is half stored (${events.length} of ${batch.size})`);
  }
  for (const batch of ledger.values()) {
    if (batch.outcome === 'acked') assert.ok(stored.has(batch.key), `${when}: acknowledged batch ${batch.key} is lost`);
  }
}

describe('crash safety: SIGKILL in the middle of ingest', () => {
  const dir = scratchDir('crash');
  const databasePath = join(dir.path, 'tracking.db');
  let server: ServerProcess | undefined;
  after(async () => {
    await server?.kill('SIGKILL');
    dir.remove();
  });

  it('keeps every acknowledged event, never half a batch, over several kills at random moments', async (t) => {
    const rng = random(t);
    const ledger = new Map<string, Batch>();
    const figures: string[] = [];
    server = await startServer({ databasePath });
    const ids: string[] = [];
    for (const s of SHIPMENTS) {
      const res = await request(server.url, '/api/v1/shipments', {
        method: 'POST',
        headers: JSON_HEADERS,
        body: JSON.stringify(s),
      });
      assert.equal(res.status, 201, res.text);
      ids.push((JSON.parse(res.text) as { id: string }).id);
    }

    for (let round = 0; round < ROUNDS; round++) {
      const live: ServerProcess = server;
      // Killed on the k-th acknowledgement: the other clients' requests are in flight at that moment.
      const target = 4 + Math.floor(rng() * 40);
      let acked = 0;
      let stop = false;
      const unexpected: string[] = [];
      let reached!: () => void;
      const targetReached = new Promise<void>((r) => (reached = r));
      const client = async (c: number) => {
        for (let n = 0; !stop; n++) {
          const key = `r${round}c${c}b${n}`;
          const shipment = (c + n) % SHIPMENTS.length;
          const size = c === 0 ? LARGE_BATCH : SMALL_BATCH;
          const batch: Batch = { key, shipment, size, body: batchBody(key, shipment, size), outcome: 'in-doubt' };
          ledger.set(key, batch);
          let res: Awaited<ReturnType<typeof request>>;
          try {
            res = await request(live.url, '/api/v1/events', {
              method: 'POST',
              headers: JSON_HEADERS,
              body: batch.body,
            });
          } catch {
            return; // the server is gone: this batch stays in doubt
          }
          if (res.status !== 200) {
            unexpected.push(`${key}: ${res.status} ${res.text}`);
            stop = true;
            reached();
            return;
          }
          assert.deepEqual(JSON.parse(res.text), { accepted: size, duplicates: 0 });
          batch.outcome = 'acked';
          if (++acked === target) reached();
        }
      };
      const started = performance.now();
      const clients = Array.from({ length: CLIENTS }, (_, c) => client(c));
      await targetReached;
      // The attack's own timing: a few milliseconds later, so the kill sometimes lands inside a commit.
      await delay(rng() * 25);
      await live.kill('SIGKILL');
      const streamed = performance.now() - started;
      stop = true;
      await Promise.all(clients);
      assert.deepEqual(unexpected, [], 'every ingest request was answered 200 until the kill');
      assert.equal((await live.exited).signal, 'SIGKILL');

      server = await startServer({ databasePath });
      const stored = await storedBatches(server, ids);
      assertConsistent(ledger, stored, `after kill ${round + 1}`);
      const sentThisRound = [...ledger.values()].filter((b) => b.key.startsWith(`r${round}c`));
      const doubt = sentThisRound.filter((b) => b.outcome === 'in-doubt');
      figures.push(
        `kill ${round + 1} after ${streamed.toFixed(0)} ms: ${sentThisRound.length} batches sent, ${acked} acked, ` +
          `${doubt.length} in doubt (${doubt.filter((b) => stored.has(b.key)).length} of them stored whole)`,
      );
    }

    // A client that lost its answer sends the batch again: each is then stored exactly once.
    const retried = performance.now();
    for (const batch of ledger.values()) {
      const res = await request(server.url, '/api/v1/events', {
        method: 'POST',
        headers: JSON_HEADERS,
        body: batch.body,
      });
      assert.equal(res.status, 200, res.text);
      const { accepted, duplicates } = JSON.parse(res.text) as { accepted: number; duplicates: number };
      assert.equal(accepted + duplicates, batch.size);
      assert.ok(accepted === 0 || accepted === batch.size, `${batch.key}: retry stored part of a batch`);
      if (batch.outcome === 'acked') assert.equal(duplicates, batch.size, `${batch.key} was stored twice`);
    }
    const final = await storedBatches(server, ids);
    assert.equal(final.size, ledger.size, 'after the retries every batch is stored');
    assertConsistent(ledger, final, 'after the retries');

    await server.kill('SIGTERM');
    const db = new BetterSqlite3(databasePath);
    try {
      assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
      assert.deepEqual(db.pragma('foreign_key_check'), []);
    } finally {
      db.close();
    }
    figures.push(`${ledger.size} batches sent again in ${(performance.now() - retried).toFixed(0)} ms`);
    for (const line of figures) t.diagnostic(line);
  });
});
