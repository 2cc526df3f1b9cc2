/** Schema migrations, run at every start; each runs once, in order, inside the migrator's lock. */
import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';

export type Dialect = 'sqlite' | 'postgres';

function migrations(dialect: Dialect): Record<string, Migration> {
  return {
    '0001_shipments_and_events': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('shipments')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('carrier', 'text', (c) => c.notNull())
          .addColumn('tracking_number', 'text', (c) => c.notNull())
          .addColumn('reference', 'text')
          .addColumn('recipient', 'text')
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .addUniqueConstraint('shipments_carrier_number', ['carrier', 'tracking_number'])
          .execute();
        // The public lookup is by number alone.
        await db.schema.createIndex('shipments_tracking_number').on('shipments').column('tracking_number').execute();

        await db.schema
          .createTable('events')
          .addColumn('seq', dialect === 'postgres' ? 'bigserial' : 'integer', (c) =>
            dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
          )
          .addColumn('id', 'text', (c) => c.notNull().unique())
          .addColumn('shipment_id', 'text', (c) => c.notNull().references('shipments.id'))
          .addColumn('dedupe_key', 'text', (c) => c.notNull())
          .addColumn('source_id', 'text')
          .addColumn('category', 'text', (c) => c.notNull())
          .addColumn('code', 'text')
          .addColumn('occurred_at', 'text', (c) => c.notNull())
          .addColumn('occurred_at_ms', 'bigint', (c) => c.notNull())
          .addColumn('description', 'text')
          .addColumn('location', 'text')
          .addColumn('received_at', 'text', (c) => c.notNull())
          // Idempotent ingest, and (by its prefix) the index for loading a shipment's events.
          .addUniqueConstraint('events_shipment_dedupe', ['shipment_id', 'dedupe_key'])
          .execute();
      },
    },
    '0002_shipment_version': {
      // Bumped by every change to a shipment or its events: a cheap way to know a cached public view is current,
      // in this process or any other reading the same database.
      async up(db: Kysely<unknown>) {
        await db.schema
          .alterTable('shipments')
          .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
          .execute();
        // The public lookup by number answers from this index alone (no table read), newest first.
        await db.schema.dropIndex('shipments_tracking_number').execute();
        await db.schema
          .createIndex('shipments_tracking_number')
          .on('shipments')
          .columns(['tracking_number', 'updated_at desc', 'id', 'version'])
          .execute();
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
