/**
 * Bench databases of 10k to 1M shipments, built straight into SQLite (not through HTTP) and cached under
 * `data/bench/`, keyed by scale, generator version and a hash of the schema the migrations create.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { openSqliteStore } from '../../server/store/sqlite.js';
import { GENERATOR_VERSION, shipmentAt } from './data.js';

export const CACHE_DIR = resolve('data/bench');

export interface BenchDatabase {
  path: string;
  scale: number;
  events: number;
  /** Seconds the build took, whenever it happened. */
  buildSeconds: number;
  /** True when this run found it in the cache. */
  cached: boolean;
}

/** Opens the store once in a scratch file so the migrations create the schema, and hashes what they made. */
export async function schemaKey(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'smartsend-bench-schema-'));
  try {
    const file = join(dir, 'schema.db');
    await (await openSqliteStore(file)).close();
    const db = new BetterSqlite3(file, { readonly: true });
    const sql = db
      .prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
      .all();
    db.close();
    return createHash('sha256').update(JSON.stringify(sql)).digest('hex').slice(0, 10);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Bytes on disk of a database and its WAL (the `-shm` index is shared memory, not data). */
export function databaseBytes(path: string): number {
  return [path, `${path}-wal`].reduce((n, file) => n + (existsSync(file) ? statSync(file).size : 0), 0);
}

/** The cached database for `scale`, built now when missing. */
export async function benchDatabase(scale: number, key: string, log: (line: string) => void): Promise<BenchDatabase> {
  mkdirSync(CACHE_DIR, { recursive: true });
  const base = `tracking-${scale}-g${GENERATOR_VERSION}-${key}`;
  const path = join(CACHE_DIR, `${base}.db`);
  const metaPath = join(CACHE_DIR, `${base}.json`);
  if (existsSync(path) && existsSync(metaPath)) {
    const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as { events: number; buildSeconds: number };
    return { path, scale, events: meta.events, buildSeconds: meta.buildSeconds, cached: true };
  }
  // Older versions of the same scale are dead weight (1M is gigabytes).
  for (const name of readdirSync(CACHE_DIR)) {
    if (name.startsWith(`tracking-${scale}-`) && !name.startsWith(base)) rmSync(join(CACHE_DIR, name), { force: true });
  }
  const started = performance.now();
  const building = `${path}.building`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(building + suffix, { force: true });
  const events = await build(building, scale, log);
  renameSync(building, path);
  const buildSeconds = (performance.now() - started) / 1000;
  writeFileSync(
    metaPath,
    `${JSON.stringify({ scale, events, buildSeconds, generator: GENERATOR_VERSION, key }, null, 2)}\n`,
  );
  return { path, scale, events, buildSeconds, cached: false };
}

/** Shipments per transaction; their events are interleaved, as parcels shipped the same day scan in turns. */
const WINDOW = 2_000;

async function build(path: string, scale: number, log: (line: string) => void): Promise<number> {
  await (await openSqliteStore(path)).close();
  const db = new BetterSqlite3(path);
  db.pragma('journal_mode = WAL');
  // The build only: a crash mid-build leaves a `.building` file that the next run throws away.
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -1048576'); // 1 GiB: random-keyed indexes stay in memory while they grow
  db.pragma('temp_store = MEMORY');
  const insertShipment = db.prepare(
    'INSERT INTO shipments (id, carrier, tracking_number, reference, recipient, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const insertEvent = db.prepare(
    'INSERT INTO events (id, shipment_id, seq, dedupe_key, source_id, category, code, occurred_at, occurred_at_ms, description, location, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  let events = 0;
  const window = db.transaction((from: number, to: number) => {
    const shipments = [];
    let longest = 0;
    for (let i = from; i < to; i++) {
      const s = shipmentAt(i);
      insertShipment.run(s.id, s.carrier, s.trackingNumber, s.reference, s.recipient, s.createdAt, s.updatedAt);
      shipments.push(s);
      longest = Math.max(longest, s.events.length);
    }
    for (let k = 0; k < longest; k++) {
      for (const s of shipments) {
        const e = s.events[k];
        if (!e) continue;
        insertEvent.run(
          e.id,
          s.id,
          k + 1,
          e.dedupeKey,
          e.sourceId,
          e.category,
          e.code,
          e.occurredAt,
          e.occurredAtMs,
          e.description,
          e.location,
          e.receivedAt,
        );
        events++;
      }
    }
  });
  const started = performance.now();
  let reported = 0;
  for (let from = 0; from < scale; from += WINDOW) {
    window(from, Math.min(scale, from + WINDOW));
    const done = Math.min(scale, from + WINDOW);
    if (scale >= 100_000 && done / scale >= reported + 0.1) {
      reported = Math.floor((done / scale) * 10) / 10;
      const seconds = (performance.now() - started) / 1000;
      log(`  building ${scale.toLocaleString('en')}: ${Math.round(reported * 100)}% (${seconds.toFixed(0)} s)`);
    }
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return events;
}
