/**
 * The widget's tests answer with the JSON in test/fixtures/public/. This proves the server's projection gives
 * exactly that JSON for a stored shipment with those events, even with hidden events and personal data stored
 * beside them: one fixture, true on both sides.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { CarrierCode, Shipment, StoredEvent } from '../domain.js';
import { type PublicTracking, toPublicTracking } from '../projection.js';

const dir = join(import.meta.dirname, '../../test/fixtures/public');
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ name: f, tracking: JSON.parse(readFileSync(join(dir, f), 'utf8')) as PublicTracking }));

/** A stored shipment whose public events are the fixture's, with hidden events and personal data around them. */
function storedShipmentFor(t: PublicTracking): Shipment {
  const events: StoredEvent[] = [...t.events].reverse().map((e, i) => ({
    id: e.id,
    sourceId: `carrier-${i}`,
    category: e.category,
    code: `C${i}`,
    occurredAt: e.occurredAt,
    occurredAtMs: Date.parse(e.occurredAt),
    description: e.description ?? null,
    location: e.location ?? null,
    receivedAt: '2026-12-01T00:00:00.000Z',
    seq: i * 2 + 1,
  }));
  const hidden = (category: 'Internal' | 'System', seq: number): StoredEvent => ({
    ...events[0]!,
    id: `hidden-${seq}`,
    category,
    description: `${category} note for Ingrid Marie Holm`,
    seq,
  });
  return {
    id: 'internal-1',
    carrier: t.carrier.code as CarrierCode,
    trackingNumber: t.trackingNumber,
    reference: 'ORDER-99',
    recipient: { name: 'Ingrid Marie Holm', email: 'ingrid@example.dk', postalCode: '8000' },
    createdAt: '2026-10-01T00:00:00.000Z',
    updatedAt: '2026-10-01T00:00:00.000Z',
    version: 1,
    events: events.length ? [...events, hidden('Internal', 100), hidden('System', 102)] : [],
  };
}

describe('the shared PublicTracking fixtures', () => {
  it('exist for every state the widget shows', () => {
    assert.ok(fixtures.length >= 9, `${fixtures.length} fixtures`);
  });

  for (const { name, tracking } of fixtures.filter((f) => f.name !== 'hostile.json')) {
    it(`${name} is exactly what the server's projection returns`, () => {
      assert.deepEqual(toPublicTracking(storedShipmentFor(tracking)), tracking);
    });
  }

  it('hostile.json shows what the server could never send: markup and a javascript: link', () => {
    const hostile = fixtures.find((f) => f.name === 'hostile.json')!.tracking;
    const out = toPublicTracking(storedShipmentFor(hostile));
    assert.match(out.carrier.trackingUrl, /^https:\/\//);
    for (const e of out.events) assert.doesNotMatch(e.description ?? '', /<[a-z]/i);
  });
});
