/** The embedded default: SQLite through better-sqlite3, in WAL mode, durable at every commit. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, type Selectable, SqliteDialect } from 'kysely';
import type { Shipment } from '../domain.js';
import { KyselyStore, toShipment } from './kysely-store.js';
import { migrateToLatest } from './migrations.js';
import type { Database, EventsTable, ShipmentsTable } from './schema.js';
import type { ShipmentRef } from './types.js';

type ShipmentRow = Selectable<ShipmentsTable>;
type EventRow = Selectable<EventsTable>;

const BY_NUMBER = 'WHERE tracking_number = ? ORDER BY updated_at DESC LIMIT 1';

/**
 * Writes go through Kysely (the code a PostgreSQL store shares). Reads, the hot path of every public route,
 * run as prepared statements on a read-only connection of their own: no query building per request, and in
 * WAL mode a reader sees only committed transactions and never waits for a writer.
 */
export class SqliteStore extends KyselyStore {
  private readonly statements;
  private readonly loadShipment;

  constructor(
    db: Kysely<Database>,
    private readonly writer: BetterSqlite3.Database,
    private readonly reader: BetterSqlite3.Database,
    now?: () => Date,
  ) {
    super(
      db,
      async () => {
        if (reader !== writer) reader.close();
        await db.destroy();
      },
      now,
    );
    this.statements = {
      refById: reader.prepare<[string], ShipmentRef>('SELECT id, version FROM shipments WHERE id = ?'),
      refByNumber: reader.prepare<[string], ShipmentRef>(`SELECT id, version FROM shipments ${BY_NUMBER}`),
      byId: reader.prepare<[string], ShipmentRow>('SELECT * FROM shipments WHERE id = ?'),
      byNumber: reader.prepare<[string], ShipmentRow>(`SELECT * FROM shipments ${BY_NUMBER}`),
      events: reader.prepare<[string], EventRow>('SELECT * FROM events WHERE shipment_id = ? ORDER BY seq'),
    };
    // One read transaction: the shipment and its events come from the same snapshot.
    this.loadShipment = reader.transaction((find: BetterSqlite3.Statement<[string], ShipmentRow>, key: string) => {
      const row = find.get(key);
      return row ? toShipment(row, this.statements.events.all(row.id)) : undefined;
    });
  }

  /** An in-memory database has one connection; while Kysely holds a transaction open on it, reads queue behind. */
  private readerBusy(): boolean {
    return this.reader === this.writer && this.writer.inTransaction;
  }

  override async shipmentById(id: string): Promise<Shipment | undefined> {
    if (this.readerBusy()) return super.shipmentById(id);
    return this.loadShipment.deferred(this.statements.byId, id);
  }

  override async shipmentByTrackingNumber(trackingNumber: string): Promise<Shipment | undefined> {
    if (this.readerBusy()) return super.shipmentByTrackingNumber(trackingNumber);
    return this.loadShipment.deferred(this.statements.byNumber, trackingNumber);
  }

  override async shipmentRefById(id: string): Promise<ShipmentRef | undefined> {
    if (this.readerBusy()) return super.shipmentRefById(id);
    return this.statements.refById.get(id);
  }

  override async shipmentRefByTrackingNumber(trackingNumber: string): Promise<ShipmentRef | undefined> {
    if (this.readerBusy()) return super.shipmentRefByTrackingNumber(trackingNumber);
    return this.statements.refByNumber.get(trackingNumber);
  }
}

export async function openSqliteStore(path: string, options: { now?: () => Date } = {}): Promise<SqliteStore> {
  const memory = path === ':memory:';
  if (!memory) mkdirSync(dirname(path), { recursive: true });
  const writer = new BetterSqlite3(path);
  writer.pragma('journal_mode = WAL');
  // FULL: a commit is fsynced before it returns, so a 200 on ingest means the events are on disk.
  writer.pragma('synchronous = FULL');
  writer.pragma('foreign_keys = ON');
  // Another process (a second server, a backup) may hold the write lock for a moment: wait, don't fail.
  writer.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: writer }) });
  try {
    await migrateToLatest(db as Kysely<unknown>, 'sqlite');
  } catch (error) {
    await db.destroy();
    throw error;
  }
  const reader = memory ? writer : new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  if (!memory) reader.pragma('busy_timeout = 5000');
  return new SqliteStore(db, writer, reader, options.now);
}
