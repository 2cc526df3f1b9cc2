/**
 * The store interface every route talks to. It is asynchronous and dialect-free so that a PostgreSQL
 * implementation can stand beside the embedded SQLite one without any route noticing.
 */
import type { CarrierCode, Category, Location, Recipient, Shipment } from '../domain.js';

export interface NewShipment {
  carrier: CarrierCode;
  trackingNumber: string;
  reference?: string;
  recipient?: Recipient;
}

/** An event ready to be written: identity and dedupe key already decided by the ingest code. */
export interface EventRow {
  id: string;
  /** Two events with the same key on one shipment are the same event; the second is a duplicate. */
  dedupeKey: string;
  sourceId: string | null;
  category: Category;
  code: string | null;
  occurredAt: string;
  occurredAtMs: number;
  description: string | null;
  location: Location | null;
}

export interface IngestBatch {
  carrier: CarrierCode;
  trackingNumber: string;
  events: EventRow[];
}

export interface IngestOutcome {
  accepted: number;
  duplicates: number;
}

/** Who a shipment is and how far it has changed: all a cached public view needs to know it is current. */
export interface ShipmentRef {
  id: string;
  version: number;
}

export interface Store {
  /** Registers a shipment, or returns the one already registered for the same carrier and number. */
  registerShipment(input: NewShipment): Promise<{ shipment: Shipment; created: boolean }>;
  /**
   * Stores every batch or none (one transaction), registering unknown shipments on the way.
   * Resolves only once the transaction is durable on disk.
   */
  ingest(batches: readonly IngestBatch[]): Promise<IngestOutcome>;
  shipmentById(id: string): Promise<Shipment | undefined>;
  /** The shipment with this number; if several carriers used it, the one updated last. */
  shipmentByTrackingNumber(trackingNumber: string): Promise<Shipment | undefined>;
  shipmentRefById(id: string): Promise<ShipmentRef | undefined>;
  /** The same choice as `shipmentByTrackingNumber`, without loading the events. */
  shipmentRefByTrackingNumber(trackingNumber: string): Promise<ShipmentRef | undefined>;
  countShipments(): Promise<number>;
  /** Throws when the database does not answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
