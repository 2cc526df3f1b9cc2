/** The store, written once in Kysely's dialect-free query builder: SQLite today, PostgreSQL next. */
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { CarrierCode, Category, Location, Recipient, Shipment, StoredEvent } from '../domain.js';
import { newShipmentId } from '../ids.js';
import type { Database, EventsTable, ShipmentsTable } from './schema.js';
import type { IngestBatch, IngestOutcome, NewShipment, ShipmentRef, Store } from './types.js';

/** Rows per INSERT: well under SQLite's 32,766 and PostgreSQL's 65,535 bound parameters. */
const INSERT_CHUNK = 500;

type Db = Kysely<Database> | Transaction<Database>;

export class KyselyStore implements Store {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly onClose: () => Promise<void> = () => db.destroy(),
    private readonly now: () => Date = () => new Date(),
  ) {}

  async registerShipment(input: NewShipment): Promise<{ shipment: Shipment; created: boolean }> {
    return this.db.transaction().execute(async (trx) => {
      const at = this.now().toISOString();
      const inserted = await trx
        .insertInto('shipments')
        .values({
          id: newShipmentId(),
          carrier: input.carrier,
          tracking_number: input.trackingNumber,
          reference: input.reference ?? null,
          recipient: input.recipient ? JSON.stringify(input.recipient) : null,
          created_at: at,
          updated_at: at,
        })
        .onConflict((oc) => oc.columns(['carrier', 'tracking_number']).doNothing())
        .returning('id')
        .executeTakeFirst();
      const existing = inserted ? undefined : await this.row(trx, input.carrier, input.trackingNumber);
      if (existing) {
        // Booked again: what the merchant says now about reference and recipient completes what we had.
        const recipient = input.recipient
          ? { ...parseJson<Recipient>(existing.recipient), ...input.recipient }
          : undefined;
        if (input.reference !== undefined || recipient) {
          await trx
            .updateTable('shipments')
            .set((eb) => ({
              ...(input.reference !== undefined && { reference: input.reference }),
              ...(recipient && { recipient: JSON.stringify(recipient) }),
              updated_at: at,
              version: eb('version', '+', 1),
            }))
            .where('id', '=', existing.id)
            .execute();
        }
      }
      const id = inserted?.id ?? existing?.id;
      const shipment = id ? await this.load(trx, id) : undefined;
      if (!shipment) throw new Error('registered shipment vanished');
      return { shipment, created: Boolean(inserted) };
    });
  }

  async ingest(batches: readonly IngestBatch[]): Promise<IngestOutcome> {
    const total = batches.reduce((n, b) => n + b.events.length, 0);
    const accepted = await this.db.transaction().execute(async (trx) => {
      const at = this.now().toISOString();
      let stored = 0;
      for (const batch of batches) {
        const shipmentId = await this.ensureShipment(trx, batch.carrier, batch.trackingNumber, at);
        // Arrival order within the shipment. On PostgreSQL, ensureShipment must lock the shipment row first so
        // that two instances never hand out the same number.
        const { last } = await trx
          .selectFrom('events')
          .select((eb) => eb.fn.coalesce(eb.fn.max('seq'), eb.lit(0)).as('last'))
          .where('shipment_id', '=', shipmentId)
          .executeTakeFirstOrThrow();
        let seq = Number(last);
        let storedHere = 0;
        for (let i = 0; i < batch.events.length; i += INSERT_CHUNK) {
          const rows = batch.events.slice(i, i + INSERT_CHUNK).map((e) => ({
            id: e.id,
            shipment_id: shipmentId,
            seq: ++seq,
            dedupe_key: e.dedupeKey,
            source_id: e.sourceId,
            category: e.category,
            code: e.code,
            occurred_at: e.occurredAt,
            occurred_at_ms: e.occurredAtMs,
            description: e.description,
            location: e.location ? JSON.stringify(e.location) : null,
            received_at: at,
          }));
          const inserted = await trx
            .insertInto('events')
            .values(rows)
            .onConflict((oc) => oc.columns(['shipment_id', 'dedupe_key']).doNothing())
            .returning('id')
            .execute();
          storedHere += inserted.length;
        }
        if (storedHere) {
          await trx
            .updateTable('shipments')
            .set((eb) => ({ updated_at: at, version: eb('version', '+', 1) }))
            .where('id', '=', shipmentId)
            .execute();
        }
        stored += storedHere;
      }
      return stored;
    });
    return { accepted, duplicates: total - accepted };
  }

  shipmentById(id: string): Promise<Shipment | undefined> {
    return this.load(this.db, id);
  }

  async shipmentByTrackingNumber(trackingNumber: string): Promise<Shipment | undefined> {
    const row = await this.db
      .selectFrom('shipments')
      .selectAll()
      .where('tracking_number', '=', trackingNumber)
      .orderBy('updated_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row ? this.withEvents(this.db, row) : undefined;
  }

  shipmentRefById(id: string): Promise<ShipmentRef | undefined> {
    return this.db.selectFrom('shipments').select(['id', 'version']).where('id', '=', id).executeTakeFirst();
  }

  shipmentRefByTrackingNumber(trackingNumber: string): Promise<ShipmentRef | undefined> {
    return this.db
      .selectFrom('shipments')
      .select(['id', 'version'])
      .where('tracking_number', '=', trackingNumber)
      .orderBy('updated_at', 'desc')
      .limit(1)
      .executeTakeFirst();
  }

  async countShipments(): Promise<number> {
    const { n } = await this.db
      .selectFrom('shipments')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(n);
  }

  async ping(): Promise<void> {
    await this.db.selectFrom('shipments').select('id').limit(1).execute();
  }

  close(): Promise<void> {
    return this.onClose();
  }

  private async ensureShipment(trx: Db, carrier: CarrierCode, trackingNumber: string, at: string): Promise<string> {
    const inserted = await trx
      .insertInto('shipments')
      .values({
        id: newShipmentId(),
        carrier,
        tracking_number: trackingNumber,
        reference: null,
        recipient: null,
        created_at: at,
        updated_at: at,
      })
      .onConflict((oc) => oc.columns(['carrier', 'tracking_number']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (inserted) return inserted.id;
    const existing = await this.row(trx, carrier, trackingNumber);
    if (!existing) throw new Error('shipment vanished during ingest');
    return existing.id;
  }

  private row(db: Db, carrier: string, trackingNumber: string) {
    return db
      .selectFrom('shipments')
      .selectAll()
      .where('carrier', '=', carrier)
      .where('tracking_number', '=', trackingNumber)
      .executeTakeFirst();
  }

  private async load(db: Db, id: string): Promise<Shipment | undefined> {
    const row = await db.selectFrom('shipments').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? this.withEvents(db, row) : undefined;
  }

  private async withEvents(db: Db, row: Selectable<ShipmentsTable>): Promise<Shipment> {
    const events = await db.selectFrom('events').selectAll().where('shipment_id', '=', row.id).orderBy('seq').execute();
    return toShipment(row, events);
  }
}

export function toShipment(row: Selectable<ShipmentsTable>, events: readonly Selectable<EventsTable>[]): Shipment {
  return {
    id: row.id,
    carrier: row.carrier as CarrierCode,
    trackingNumber: row.tracking_number,
    reference: row.reference,
    recipient: parseJson<Recipient>(row.recipient),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: Number(row.version),
    events: events.map(toEvent),
  };
}

function toEvent(row: Selectable<EventsTable>): StoredEvent {
  return {
    id: row.id,
    sourceId: row.source_id,
    category: row.category as Category,
    code: row.code,
    occurredAt: row.occurred_at,
    occurredAtMs: Number(row.occurred_at_ms),
    description: row.description,
    location: parseJson<Location>(row.location),
    receivedAt: row.received_at,
    seq: Number(row.seq),
  };
}

function parseJson<T>(text: string | null): T | null {
  return text ? (JSON.parse(text) as T) : null;
}
