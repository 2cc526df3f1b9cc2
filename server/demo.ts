/**
 * Demo shipments for `npm start`: read from demo/shipments.json and loaded into an empty database through
 * the same registration and ingest code the API uses. Times are moved forward by whole days so the newest
 * event is recent, keeping each event's time of day and offset.
 */
import { readFileSync } from 'node:fs';
import type { CarrierCode, EventInput, Recipient } from './domain.js';
import { ingest } from './ingest.js';
import type { Store } from './store/types.js';
import { formatAtOffset, offsetMinutesOf, parseOffsetDateTime } from './time.js';

export interface DemoShipment {
  /** What the demo page says this shipment shows. */
  title: string;
  carrier: CarrierCode;
  trackingNumber: string;
  reference?: string;
  recipient?: Recipient;
  events: (Omit<EventInput, 'sourceId'> & { id?: string })[];
}

const DAY = 86_400_000;

export function readDemoShipments(path: string): DemoShipment[] {
  return JSON.parse(readFileSync(path, 'utf8')) as DemoShipment[];
}

/** Moves every event forward by the whole days that put the newest one within the last day. */
export function freshen(shipments: readonly DemoShipment[], now: Date): DemoShipment[] {
  const times = shipments.flatMap((s) => s.events.map((e) => parseOffsetDateTime(e.occurredAt)?.epochMs ?? 0));
  const newest = Math.max(...times);
  const days = Number.isFinite(newest) ? Math.max(0, Math.floor((now.getTime() - newest) / DAY)) : 0;
  return shipments.map((s) => ({
    ...s,
    events: s.events.map((e) => {
      const t = parseOffsetDateTime(e.occurredAt);
      if (!t) throw new Error(`demo event time without an offset: ${e.occurredAt}`);
      return { ...e, occurredAt: formatAtOffset(t.epochMs + days * DAY, offsetMinutesOf(t.iso) ?? 0) };
    }),
  }));
}

export async function loadDemo(store: Store, shipments: readonly DemoShipment[]): Promise<void> {
  for (const s of shipments) {
    await store.registerShipment({
      carrier: s.carrier,
      trackingNumber: s.trackingNumber,
      ...(s.reference !== undefined && { reference: s.reference }),
      ...(s.recipient !== undefined && { recipient: s.recipient }),
    });
  }
  await ingest(
    store,
    shipments.map((s) => ({
      carrier: s.carrier,
      trackingNumber: s.trackingNumber,
      events: s.events.map(({ id, ...e }) => ({ ...e, ...(id !== undefined && { sourceId: id }) })),
    })),
  );
}
