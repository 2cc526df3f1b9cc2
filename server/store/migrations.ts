/** Schema migrations, run at every start; each runs once, in order, inside the migrator's lock. */
import { type CreateTableBuilder, type Kysely, type Migration, type MigrationProvider, Migrator, sql } from 'kysely';
import { CATEGORIES } from '../domain.js';

export type Dialect = 'sqlite' | 'postgres';

function migrations(dialect: Dialect): Record<string, Migration> {
  // SQLite keeps a WITHOUT ROWID table in its primary key's order: a shipment's events sit together on disk,
  // so loading them reads one or two pages, not one page per event, however large the table grows.
  const clustered = (table: CreateTableBuilder<string, never>) =>
    dialect === 'sqlite' ? table.modifyEnd(sql`without rowid`) : table;
  return {
    '0001_shipments_and_events': {
      async up(db: Kysely<unknown>) {
        await clustered(
          db.schema
            .createTable('shipments')
            .addColumn('id', 'text', (c) => c.primaryKey())
            .addColumn('carrier', 'text', (c) => c.notNull())
            .addColumn('tracking_number', 'text', (c) => c.notNull())
            .addColumn('reference', 'text')
            .addColumn('recipient', 'text')
            .addColumn('created_at', 'text', (c) => c.notNull())
            .addColumn('updated_at', 'text', (c) => c.notNull())
            // Bumped by every change to the shipment or its events: a cheap way to know that a cached public
            // view is current, in this process or any other reading the same database.
            .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
            .addUniqueConstraint('shipments_carrier_number', ['carrier', 'tracking_number']),
        ).execute();
        // The public lookup by number answers from this index alone, newest first.
        await db.schema
          .createIndex('shipments_tracking_number')
          .on('shipments')
          .columns(['tracking_number', 'updated_at desc', 'id', 'version'])
          .execute();

        await clustered(
          db.schema
            .createTable('events')
            .addColumn('shipment_id', 'text', (c) => c.notNull().references('shipments.id'))
            // Order of arrival within the shipment, breaking ties between events at the same instant.
            .addColumn('seq', 'integer', (c) => c.notNull())
            .addColumn('id', 'text', (c) => c.notNull())
            .addColumn('dedupe_key', 'text', (c) => c.notNull())
            .addColumn('source_id', 'text')
            .addColumn('category', 'text', (c) =>
              c.notNull().check(sql`category in (${sql.join(CATEGORIES.map((k) => sql.lit(k)))})`),
            )
            .addColumn('code', 'text')
            .addColumn('occurred_at', 'text', (c) => c.notNull())
            .addColumn('occurred_at_ms', 'bigint', (c) => c.notNull())
            .addColumn('description', 'text')
            .addColumn('location', 'text')
            .addColumn('received_at', 'text', (c) => c.notNull())
            .addPrimaryKeyConstraint('events_pk', ['shipment_id', 'seq'])
            // Idempotent ingest: the same event twice is one row.
            .addUniqueConstraint('events_shipment_dedupe', ['shipment_id', 'dedupe_key']),
        ).execute();
      },
    },
  };
}

export async function migrateToLatest(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const provider: MigrationProvider = { getMigrations: async () => migrations(dialect) };
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`database migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
  }
}
