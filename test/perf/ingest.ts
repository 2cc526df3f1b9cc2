/**
 * Section 3: ingest while readers hit the public route. `POST /api/v1/events` with 100 new events per request and
 * `POST /api/v1/carriers/postnord/events` with PostNord payloads, against the floor: a bare better-sqlite3 loop
 * storing the same rows in the same transactions with `synchronous=FULL`.
 */
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Request } from 'autocannon';
import BetterSqlite3 from 'better-sqlite3';
import type { BenchContext } from './context.js';
import { eventsBatch, postnordPayload } from './data.js';
import type { BenchDatabase } from './database.js';
import { type LoadResult, load } from './load.js';
import { BENCH_API_KEY, runScript, startServer } from './processes.js';
import { readRequests } from './read.js';
import { fmt, type Row, ratio } from './report.js';

const BATCH = 100;
const WRITERS = 4;
const READERS = 8;

interface FloorResult {
  transactions: number;
  events: number;
  seconds: number;
  eventsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

function copyDatabase(from: string, to: string): string {
  copyFileSync(from, to);
  if (existsSync(`${from}-wal`)) copyFileSync(`${from}-wal`, `${to}-wal`);
  return to;
}

function countEvents(path: string): number {
  const db = new BetterSqlite3(path, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

interface IngestRun {
  writes: LoadResult;
  reads: LoadResult;
  /** Events the server acknowledged with a 200 in the measured run. */
  accepted: number;
  /** Events acknowledged in the warm-up and the measured run. */
  acceptedTotal: number;
}

export async function ingest(ctx: BenchContext, db: BenchDatabase) {
  const ingestDb = copyDatabase(db.path, join(ctx.tmp, 'ingest.db'));
  const floorDb = copyDatabase(db.path, join(ctx.tmp, 'floor.db'));
  const readerRate = ctx.quick ? 100 : 400;
  const server = await startServer(ingestDb);
  const readers = readRequests(db.scale);
  const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${BENCH_API_KEY}` };

  /** Writers and fixed-rate readers at once; a warm-up first, whose events count only for the durability check. */
  const run = async (path: string, body: (seq: number) => unknown): Promise<IngestRun> => {
    let seq = 0;
    let accepted = 0;
    const next = (): Request => ({ method: 'POST', path, headers, body: JSON.stringify(body(seq++)) });
    const onBody = (status: number, text: string) => {
      if (status === 200) accepted += (JSON.parse(text) as { accepted: number }).accepted;
    };
    const both = (seconds: number) =>
      Promise.all([
        load({ url: server.url, connections: WRITERS, seconds, next, expect: 200, onBody, pid: server.pid }),
        load({ url: server.url, connections: READERS, seconds, next: readers, expect: 200, overallRate: readerRate }),
      ]);
    if (ctx.warmupSeconds > 0) await both(ctx.warmupSeconds);
    const warm = accepted;
    const [writes, reads] = await both(ctx.seconds);
    return { writes, reads, accepted: accepted - warm, acceptedTotal: accepted };
  };

  let readersAlone: LoadResult;
  let events: IngestRun;
  let postnord: IngestRun;
  try {
    ctx.log(`  readers alone: ${READERS} connections at ${readerRate} req/s`);
    if (ctx.warmupSeconds > 0) {
      await load({ url: server.url, connections: READERS, seconds: ctx.warmupSeconds, next: readers, expect: 200 });
    }
    readersAlone = await load({
      url: server.url,
      connections: READERS,
      seconds: ctx.seconds,
      next: readers,
      expect: 200,
      overallRate: readerRate,
    });
    ctx.log(`  POST /api/v1/events (${BATCH} events each, ${WRITERS} connections) + readers`);
    events = await run('/api/v1/events', (seq) => eventsBatch(seq, BATCH));
    ctx.log(`  POST /api/v1/carriers/postnord/events (${WRITERS} connections) + readers`);
    postnord = await run('/api/v1/carriers/postnord/events', postnordPayload);
  } finally {
    await server.stop();
  }
  const stored = countEvents(ingestDb) - db.events;
  const acknowledged = events.acceptedTotal + postnord.acceptedTotal;

  ctx.log(`  floor: raw better-sqlite3 inserts, synchronous=FULL (${ctx.seconds} s per shape)`);
  const floorEnv = { DB: floorDb, BATCH: String(BATCH), SECONDS: String(ctx.seconds) };
  const floorEvents = await runScript<FloorResult>('test/perf/sqlite-floor.ts', { ...floorEnv, WORKLOAD: 'events' });
  const floorPostnord = await runScript<FloorResult>('test/perf/sqlite-floor.ts', {
    ...floorEnv,
    WORKLOAD: 'postnord',
  });

  const section = `3. Ingest with readers (${READERS} connections, ${readerRate} req/s in per-second bursts), ${WRITERS} writer connections, ${ctx.seconds} s; baseline: raw better-sqlite3, synchronous=FULL`;
  const rows: Row[] = [];
  const ingestRows = (label: string, r: IngestRun, floor: FloorResult, target: boolean) => {
    const perSecond = r.accepted / r.writes.seconds;
    rows.push(
      {
        section,
        measure: `${label}: events stored durably`,
        ours: fmt.perSecond(perSecond, 'events'),
        baseline: `raw inserts ${fmt.perSecond(floor.eventsPerSecond, 'events')}`,
        ratio: ratio(perSecond, floor.eventsPerSecond),
        target: target ? '≥ 20,000 events/s' : '',
        met: target ? perSecond >= 20_000 : null,
        values: { eventsPerSecond: perSecond, floorEventsPerSecond: floor.eventsPerSecond },
      },
      {
        section,
        measure: `${label}: requests / p50 / p99 (server CPU use)`,
        ours: `${fmt.rps(r.writes.rps)} / ${fmt.ms(r.writes.p50Ms)} / ${fmt.ms(r.writes.p99Ms)} (${Math.round((r.writes.serverCpu ?? Number.NaN) * 100)}%)`,
        baseline: `commit ${fmt.ms(floor.p50Ms)} / ${fmt.ms(floor.p99Ms)}`,
        ratio: ratio(r.writes.p99Ms, floor.p99Ms),
        target: '',
        met: null,
      },
      {
        section,
        measure: `${label}: readers meanwhile, p50 / p99`,
        ours: `${fmt.ms(r.reads.p50Ms)} / ${fmt.ms(r.reads.p99Ms)} (${fmt.rps(r.reads.rps)})`,
        baseline: `readers alone ${fmt.ms(readersAlone.p50Ms)} / ${fmt.ms(readersAlone.p99Ms)}`,
        ratio: ratio(r.reads.p99Ms, readersAlone.p99Ms),
        target: '',
        met: null,
      },
      {
        section,
        measure: `${label}: errors + wrong status (writers, readers)`,
        ours: `${r.writes.errors} + ${r.writes.unexpected}, ${r.reads.errors} + ${r.reads.unexpected}`,
        baseline: '',
        ratio: null,
        target: '0',
        met: r.writes.errors + r.writes.unexpected + r.reads.errors + r.reads.unexpected === 0,
      },
    );
  };
  ingestRows(`/api/v1/events ×${BATCH}`, events, floorEvents, true);
  ingestRows('PostNord payloads', postnord, floorPostnord, false);
  // A run ends with requests in flight: the server stores them, the load generator no longer reads the answers.
  const inFlight = stored - acknowledged;
  rows.push({
    section,
    measure: 'every acknowledged event is in the database afterwards',
    ours: `${fmt.count(stored)} stored`,
    baseline: `${fmt.count(acknowledged)} acknowledged (+${fmt.count(Math.max(0, inFlight))} in flight at the ends)`,
    ratio: ratio(stored, acknowledged),
    target: '≥ 1',
    met: stored >= acknowledged,
  });
  const summary = (r: IngestRun) => ({
    accepted: r.accepted,
    eventsPerSecond: r.accepted / r.writes.seconds,
    writes: r.writes,
    reads: r.reads,
  });
  return {
    rows,
    details: {
      readerRate,
      writers: WRITERS,
      readers: READERS,
      readersAlone,
      events: summary(events),
      postnord: summary(postnord),
      floor: { events: floorEvents, postnord: floorPostnord },
      stored,
      acknowledged,
    },
  };
}
