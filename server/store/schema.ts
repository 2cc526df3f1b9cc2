/** The tables, as Kysely sees them. Times are ISO 8601 text; JSON columns are text. */
import type { Generated } from 'kysely';

export interface ShipmentsTable {
  id: string;
  carrier: string;
  tracking_number: string;
  reference: string | null;
  recipient: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface EventsTable {
  seq: number;
  id: string;
  shipment_id: string;
  dedupe_key: string;
  source_id: string | null;
  category: string;
  code: string | null;
  occurred_at: string;
  occurred_at_ms: number;
  description: string | null;
  location: string | null;
  received_at: string;
}

export interface Database {
  shipments: ShipmentsTable;
  events: EventsTable;
}
