/**
 * The embedded default: SQLite through better-sqlite3, in WAL mode, durable at every commit.
 *
 * Kysely creates and migrates the schema (the same migrations a PostgreSQL store will run), and `KyselyStore`
 * is the dialect-free implementation that store will use. On SQLite, the store speaks to better-sqlite3 directly,
 * because its synchronous API allows what the hot paths need:
 * - reads are prepared statements on a read-only connection of their own; in WAL mode a reader sees only
 *   committed transactions and never waits for the writer;
 * - ingest requests that arrive together share one transaction and one fsync (group commit), each inside its
 *   own savepoint, so every request is still stored whole or not at all and answered only once on disk.
 * Both implementations pass the same contract tests (server/test/store.test.ts).
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, type Selectable, SqliteDialect } from 'kysely';
import type { CarrierCode, Recipient, Shipment } from '../domain.js';
import { newShipmentId } from '../ids.js';
import { KyselyStore, toShipment } from './kysely-store.js';
import { migrateToLatest } from './migrations.js';
import type { Database, EventsTable, ShipmentsTable } from './schema.js';
import type { IngestBatch, IngestOutcome, NewShipment, ShipmentRef, Store } from './types.js';

type ShipmentRow = Selectable<ShipmentsTable>;
type EventRow = Selectable<EventsTable>;

const BY_NUMBER = 'WHERE tracking_number = ? ORDER BY updated_at DESC LIMIT 1';

interface IngestJob {
  batches: readonly IngestBatch[];
  resolve: (outcome: IngestOutcome) => void;
  reject: (error: unknown) => void;
  outcome?: IngestOutcome;
  error?: unknown;
}

export class SqliteStore implements Store {
  readonly #read;
  readonly #write;
  readonly #loadShipment;
  readonly #ingestOne;
  readonly #ingestGroup;
  #queue: IngestJob[] = [];
  #flushScheduled = false;
  /** Refs by tracking number, valid while the database's data_version stands still (see #refsValid). */
  readonly #refs = new Map<string, ShipmentRef | null>();
  #dataVersion = -1;

  constructor(
    private readonly writer: BetterSqlite3.Database,
    private readonly reader: BetterSqlite3.Database,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.#read = {
      refById: reader.prepare<[string], ShipmentRef>('SELECT id, version FROM shipments WHERE id = ?'),
      refByNumber: reader.prepare<[string], ShipmentRef>(`SELECT id, version FROM shipments ${BY_NUMBER}`),
      byId: reader.prepare<[string], ShipmentRow>('SELECT * FROM shipments WHERE id = ?'),
      byNumber: reader.prepare<[string], ShipmentRow>(`SELECT * FROM shipments ${BY_NUMBER}`),
      events: reader.prepare<[string], EventRow>('SELECT * FROM events WHERE shipment_id = ? ORDER BY seq'),
      count: reader.prepare<[], number>('SELECT count(*) FROM shipments').pluck(),
      dataVersion: reader.prepare<[], number>('PRAGMA data_version').pluck(),
    };
    this.#write = {
      insertShipment: writer.prepare<[string, string, string, string | null, string | null, string, string]>(
        `INSERT INTO shipments (id, carrier, tracking_number, reference, recipient, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (carrier, tracking_number) DO NOTHING`,
      ),
      byKey: writer.prepare<[string, string], ShipmentRow>(
        'SELECT * FROM shipments WHERE carrier = ? AND tracking_number = ?',
      ),
      byId: writer.prepare<[string], ShipmentRow>('SELECT * FROM shipments WHERE id = ?'),
      events: writer.prepare<[string], EventRow>('SELECT * FROM events WHERE shipment_id = ? ORDER BY seq'),
      lastSeq: writer
        .prepare<[string], number>('SELECT coalesce(max(seq), 0) FROM events WHERE shipment_id = ?')
        .pluck(),
      insertEvent: writer.prepare(
        `INSERT INTO events (shipment_id, seq, id, dedupe_key, source_id, category, code, occurred_at, occurred_at_ms,
                             description, location, received_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (shipment_id, dedupe_key) DO NOTHING`,
      ),
      touch: writer.prepare<[string, string]>(
        'UPDATE shipments SET updated_at = ?, version = version + 1 WHERE id = ?',
      ),
      reregister: writer.prepare<[string | null, string | null, string, string]>(
        `UPDATE shipments SET reference = coalesce(?, reference), recipient = coalesce(?, recipient),
                              updated_at = ?, version = version + 1 WHERE id = ?`,
      ),
    };
    // One read transaction: the shipment and its events come from the same snapshot.
    this.#loadShipment = reader.transaction((find: BetterSqlite3.Statement<[string], ShipmentRow>, key: string) => {
      const row = find.get(key);
      return row ? toShipment(row, this.#read.events.all(row.id)) : undefined;
    });
    // Called inside #ingestGroup, better-sqlite3 runs this as a savepoint: a failing request undoes only itself.
    this.#ingestOne = writer.transaction((batches: readonly IngestBatch[], at: string): IngestOutcome => {
      let accepted = 0;
      let total = 0;
      for (const batch of batches) {
        total += batch.events.length;
        const shipmentId = this.#ensureShipment(batch.carrier, batch.trackingNumber, at);
        let seq = this.#write.lastSeq.get(shipmentId) ?? 0;
        let stored = 0;
        for (const e of batch.events) {
          const { changes } = this.#write.insertEvent.run(
            shipmentId,
            ++seq,
            e.id,
            e.dedupeKey,
            e.sourceId,
            e.category,
            e.code,
            e.occurredAt,
            e.occurredAtMs,
            e.description,
            e.location ? JSON.stringify(e.location) : null,
            at,
          );
          stored += changes;
        }
        if (stored) this.#write.touch.run(at, shipmentId);
        accepted += stored;
      }
      return { accepted, duplicates: total - accepted };
    });
    this.#ingestGroup = writer.transaction((jobs: IngestJob[], at: string) => {
      for (const job of jobs) {
        try {
          job.outcome = this.#ingestOne(job.batches, at);
        } catch (error) {
          job.error = error;
        }
      }
    });
  }

  async registerShipment(input: NewShipment): Promise<{ shipment: Shipment; created: boolean }> {
    return this.writer.transaction(() => {
      const at = this.now().toISOString();
      const recipient = input.recipient ? JSON.stringify(input.recipient) : null;
      const { changes } = this.#write.insertShipment.run(
        newShipmentId(),
        input.carrier,
        input.trackingNumber,
        input.reference ?? null,
        recipient,
        at,
        at,
      );
      const row = this.#write.byKey.get(input.carrier, input.trackingNumber);
      if (!row) throw new Error('registered shipment vanished');
      if (!changes && (input.reference !== undefined || input.recipient)) {
        // Booked again: what the merchant says now about reference and recipient completes what we had.
        const merged = input.recipient
          ? JSON.stringify({ ...(row.recipient ? (JSON.parse(row.recipient) as Recipient) : {}), ...input.recipient })
          : null;
        this.#write.reregister.run(input.reference ?? null, merged, at, row.id);
      }
      const current = this.#write.byId.get(row.id)!;
      return { shipment: toShipment(current, this.#write.events.all(row.id)), created: changes > 0 };
    })();
  }

  /**
   * Queued, then written together with every other request that arrived in the same turn of the event loop:
   * one transaction, one fsync. Resolves only after the commit.
   */
  ingest(batches: readonly IngestBatch[]): Promise<IngestOutcome> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ batches, resolve, reject });
      if (!this.#flushScheduled) {
        this.#flushScheduled = true;
        setImmediate(() => this.#flush());
      }
    });
  }

  #flush(): void {
    this.#flushScheduled = false;
    const jobs = this.#queue;
    this.#queue = [];
    if (!jobs.length) return;
    try {
      this.#ingestGroup(jobs, this.now().toISOString());
    } catch (error) {
      // The commit itself failed (disk full, I/O error): nothing of the group is stored.
      for (const job of jobs) job.reject(error);
      return;
    }
    for (const job of jobs) {
      if (job.outcome) job.resolve(job.outcome);
      else job.reject(job.error);
    }
  }

  #ensureShipment(carrier: CarrierCode, trackingNumber: string, at: string): string {
    this.#write.insertShipment.run(newShipmentId(), carrier, trackingNumber, null, null, at, at);
    const row = this.#write.byKey.get(carrier, trackingNumber);
    if (!row) throw new Error('shipment vanished during ingest');
    return row.id;
  }

  async shipmentById(id: string): Promise<Shipment | undefined> {
    return this.#loadShipment.deferred(this.#read.byId, id);
  }

  async shipmentByTrackingNumber(trackingNumber: string): Promise<Shipment | undefined> {
    return this.#loadShipment.deferred(this.#read.byNumber, trackingNumber);
  }

  async shipmentRefById(id: string): Promise<ShipmentRef | undefined> {
    return this.#read.refById.get(id);
  }

  async shipmentRefByTrackingNumber(trackingNumber: string): Promise<ShipmentRef | undefined> {
    if (!this.#refsValid()) return this.#read.refByNumber.get(trackingNumber);
    let ref = this.#refs.get(trackingNumber);
    if (ref === undefined) {
      ref = this.#read.refByNumber.get(trackingNumber) ?? null;
      if (this.#refs.size >= 100_000) this.#refs.clear();
      this.#refs.set(trackingNumber, ref);
    }
    return ref ?? undefined;
  }

  /**
   * SQLite's data_version changes whenever another connection (this process's writer, or another process)
   * commits. While it stands still, no ref can have changed, and the public read skips its index lookup.
   * An in-memory database has one connection, whose own commits do not move it: no memo there.
   */
  #refsValid(): boolean {
    if (this.reader === this.writer) return false;
    const version = this.#read.dataVersion.get();
    if (version !== this.#dataVersion) {
      this.#dataVersion = version ?? -1;
      this.#refs.clear();
    }
    return true;
  }

  async countShipments(): Promise<number> {
    return this.#read.count.get() ?? 0;
  }

  async ping(): Promise<void> {
    this.#read.count.get();
  }

  async close(): Promise<void> {
    this.#flush();
    if (this.reader !== this.writer) this.reader.close();
    this.writer.close();
  }
}

function openConnection(path: string): BetterSqlite3.Database {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const writer = new BetterSqlite3(path);
  writer.pragma('journal_mode = WAL');
  // FULL: a commit is fsynced before it returns, so a 200 on ingest means the events are on disk.
  writer.pragma('synchronous = FULL');
  writer.pragma('foreign_keys = ON');
  // Another process (a second server, a backup) may hold the write lock for a moment: wait, don't fail.
  writer.pragma('busy_timeout = 5000');
  // Checkpoint the WAL into the database every ~16 MB rather than every 4 MB: fewer pauses in the ingest path.
  writer.pragma('wal_autocheckpoint = 4000');
  return writer;
}

async function migrate(writer: BetterSqlite3.Database): Promise<Kysely<Database>> {
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: writer }) });
  try {
    await migrateToLatest(db as Kysely<unknown>, 'sqlite');
  } catch (error) {
    writer.close();
    throw error;
  }
  return db;
}

export async function openSqliteStore(path: string, options: { now?: () => Date } = {}): Promise<SqliteStore> {
  const writer = openConnection(path);
  await migrate(writer);
  const memory = path === ':memory:';
  // An in-memory database has a single connection, and its reads share it.
  const reader = memory ? writer : new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  if (!memory) {
    reader.pragma('busy_timeout = 5000');
    // 16 MB of pages kept by the reader itself (the default is 2 MB): the upper levels of every index stay in
    // memory at a million shipments, so a lookup costs a few page reads, not a dozen.
    reader.pragma('cache_size = -16384');
  }
  return new SqliteStore(writer, reader, options.now);
}

/** The dialect-free store on SQLite: what the contract tests run to keep the PostgreSQL path honest. */
export async function openKyselySqliteStore(path: string, options: { now?: () => Date } = {}): Promise<KyselyStore> {
  const writer = openConnection(path);
  const db = await migrate(writer);
  return new KyselyStore(db, () => db.destroy(), options.now);
}
