/** The one way events enter the store: from the events API, from carrier adapters and from the demo loader. */
import type { CarrierCode, EventInput } from './domain.js';
import { newEventId } from './ids.js';
import type { EventRow, IngestOutcome, Store } from './store/types.js';
import { parseOffsetDateTime } from './time.js';

export interface ShipmentEvents {
  carrier: CarrierCode;
  trackingNumber: string;
  events: readonly EventInput[];
}

/**
 * Identity of an event: the sender's id where it has one; else the instant and the carrier's code (the code
 * already names what happened, and a category derived from it may change when a mapping table is extended);
 * else the instant and the category. Never the description or the place, which carriers reword and translate.
 */
export function dedupeKey(event: EventInput, occurredAtMs: number): string {
  if (event.sourceId) return `id:${event.sourceId}`;
  if (event.code) return `at:${occurredAtMs}|code:${event.code}`;
  return `at:${occurredAtMs}|category:${event.category}`;
}

export function toEventRow(event: EventInput): EventRow {
  const time = parseOffsetDateTime(event.occurredAt);
  if (!time) throw new TypeError(`occurredAt without an offset reached ingest: ${event.occurredAt}`);
  return {
    id: newEventId(),
    dedupeKey: dedupeKey(event, time.epochMs),
    sourceId: event.sourceId ?? null,
    category: event.category,
    code: event.code ?? null,
    occurredAt: time.iso,
    occurredAtMs: time.epochMs,
    description: event.description?.trim() || null,
    location: event.location && Object.keys(event.location).length ? event.location : null,
  };
}

/** Stores the events of one or more shipments as one transaction: all of them, or none. */
export function ingest(store: Store, shipments: readonly ShipmentEvents[]): Promise<IngestOutcome> {
  return store.ingest(
    shipments.map((s) => ({ carrier: s.carrier, trackingNumber: s.trackingNumber, events: s.events.map(toEventRow) })),
  );
}
