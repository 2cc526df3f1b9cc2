/**
 * The ingest floor: the rows an ingest run stores, inserted by a bare better-sqlite3 loop with the store's own
 * pragmas (WAL, `synchronous=FULL`: every commit fsynced), one transaction per request the server would get.
 * No HTTP, no validation, no query builder: what the disk allows. Configured by DB, WORKLOAD (`events` or
 * `postnord`), BATCH and SECONDS; prints one JSON line.
 */
import { randomBytes } from 'node:crypto';
import BetterSqlite3 from 'better-sqlite3';
import { eventsBatch, postnordPayload } from './data.js';
import { percentile } from './load.js';

const workload = process.env.WORKLOAD === 'postnord' ? 'postnord' : 'events';
const batch = Number(process.env.BATCH ?? 100);
const seconds = Number(process.env.SECONDS ?? 10);

const db = new BetterSqlite3(process.env.DB ?? '');
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.pragma('foreign_keys = ON');
db.pragma('busy_timeout = 5000');

const insertShipment = db.prepare(
  'INSERT INTO shipments (id, carrier, tracking_number, reference, recipient, created_at, updated_at) VALUES (?, ?, ?, NULL, NULL, ?, ?)',
);
const insertEvent = db.prepare(
  'INSERT INTO events (id, shipment_id, seq, dedupe_key, source_id, category, code, occurred_at, occurred_at_ms, description, location, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
);

interface Row {
  sourceId: string;
  category: string;
  code: string;
  occurredAt: string;
  description: string;
  location: string | null;
}
type Shipments = { trackingNumber: string; events: Row[] }[];

/** Request `seq` of the matching ingest run, as rows. */
function rowsOf(seq: number): Shipments {
  if (workload === 'events') {
    const b = eventsBatch(seq, batch);
    return [
      {
        trackingNumber: b.trackingNumber,
        events: b.events.map((e) => ({
          sourceId: e.id,
          category: e.category,
          code: e.code ?? '',
          occurredAt: e.occurredAt,
          description: e.description,
          location: e.location ? JSON.stringify(e.location) : null,
        })),
      },
    ];
  }
  const pn = postnordPayload(seq).TrackingInformationResponse.shipments[0]!;
  return pn.items.map((item) => ({
    trackingNumber: item.itemId,
    events: item.events.map((e, k) => ({
      sourceId: `${item.itemId}-${k}`,
      // The floor measures the cost of the write, not the mapping: any valid category will do.
      category: 'InTransit',
      code: e.eventCode,
      occurredAt: `${e.eventTime}+01:00`,
      description: e.eventDescription,
      location: e.location
        ? JSON.stringify({ name: e.location.displayName, city: e.location.city, postalCode: e.location.postcode })
        : null,
    })),
  }));
}

const store = db.transaction((shipments: Shipments) => {
  const at = new Date().toISOString();
  let n = 0;
  for (const s of shipments) {
    const id = randomBytes(16).toString('base64url');
    insertShipment.run(id, 'postnord', s.trackingNumber, at, at);
    let seq = 0;
    for (const e of s.events) {
      insertEvent.run(
        randomBytes(12).toString('base64url'),
        id,
        ++seq,
        `id:${e.sourceId}`,
        e.sourceId,
        e.category,
        e.code,
        e.occurredAt,
        Date.parse(e.occurredAt),
        e.description,
        e.location,
        at,
      );
      n++;
    }
  }
  return n;
});

const latencies: number[] = [];
let events = 0;
const started = performance.now();
const until = started + seconds * 1000;
for (let seq = 0; performance.now() < until; seq++) {
  const rows = rowsOf(seq);
  const t = performance.now();
  events += store(rows);
  latencies.push(performance.now() - t);
}
const elapsed = (performance.now() - started) / 1000;
db.close();
latencies.sort((a, b) => a - b);
console.log(
  JSON.stringify({
    workload,
    transactions: latencies.length,
    events,
    seconds: elapsed,
    eventsPerSecond: events / elapsed,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
  }),
);
