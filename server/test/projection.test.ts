import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { CARRIER_CODES, CATEGORIES, type Category, type Shipment, type StoredEvent } from '../domain.js';
import { currentStatus, toPublicTracking } from '../projection.js';

let seq = 0;
function event(category: Category, occurredAt: string, extra: Partial<StoredEvent> = {}): StoredEvent {
  seq += 1;
  return {
    id: `e${seq}`,
    sourceId: null,
    category,
    code: null,
    occurredAt,
    occurredAtMs: Date.parse(occurredAt),
    description: null,
    location: null,
    receivedAt: '2026-12-01T00:00:00.000Z',
    seq,
    ...extra,
  };
}

function shipment(events: StoredEvent[], extra: Partial<Shipment> = {}): Shipment {
  return {
    id: 'internal-id-1',
    carrier: 'postnord',
    trackingNumber: '00370712345678901234',
    reference: 'ORDER-SECRET-REF',
    recipient: { name: 'Mette Jensen', email: 'mette@example.dk', phone: '+45 12345678', postalCode: '8000' },
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-02T00:00:00.000Z',
    version: 1,
    events,
    ...extra,
  };
}

describe('toPublicTracking', () => {
  it('never returns Internal or System events', () => {
    const out = toPublicTracking(
      shipment([
        event('Internal', '2026-11-30T09:00:00+01:00', { description: 'Packed by picker 7' }),
        event('InTransit', '2026-11-30T10:00:00+01:00', { description: 'Under transport' }),
        event('System', '2026-11-30T11:00:00+01:00', { description: 'Webhook 8812 retried' }),
      ]),
    );
    assert.deepEqual(
      out.events.map((e) => e.category),
      ['InTransit'],
    );
    assert.doesNotMatch(JSON.stringify(out), /picker|Webhook/);
  });

  it('gives the documented shape and nothing more', () => {
    const out = toPublicTracking(
      shipment([
        event('InTransit', '2026-11-30T14:05:00+01:00', {
          code: '31',
          sourceId: 'carrier-evt-1',
          description: 'The shipment item is under transportation.',
          location: { name: 'Taulov terminal', city: 'Taulov', postalCode: '7000', country: 'DK' },
        }),
      ]),
    );
    assert.deepEqual(out, {
      trackingNumber: '00370712345678901234',
      carrier: {
        code: 'postnord',
        name: 'PostNord',
        trackingUrl: 'https://www.postnord.dk/varktojer/track-trace?shipmentId=00370712345678901234',
      },
      status: 'InTransit',
      events: [
        {
          id: out.events[0]!.id,
          category: 'InTransit',
          occurredAt: '2026-11-30T14:05:00+01:00',
          description: 'The shipment item is under transportation.',
          location: { name: 'Taulov terminal', city: 'Taulov', postalCode: '7000', country: 'DK' },
        },
      ],
    });
  });

  it('orders events newest first by instant, whatever their offsets', () => {
    const out = toPublicTracking(
      shipment([
        event('InTransit', '2026-11-30T10:00:00+01:00'),
        event('InTransit', '2026-11-30T04:30:00-05:00'), // 10:30 in Copenhagen
        event('InTransit', '2026-11-30T09:45:00Z'), // 10:45 in Copenhagen
      ]),
    );
    assert.deepEqual(
      out.events.map((e) => e.occurredAt),
      ['2026-11-30T09:45:00Z', '2026-11-30T04:30:00-05:00', '2026-11-30T10:00:00+01:00'],
    );
  });

  it('cuts the recipient out of carrier text', () => {
    const out = toPublicTracking(
      shipment([
        event('Delivered', '2026-11-30T10:00:00+01:00', {
          description: 'Delivered to METTE JENSEN, signed Jensen; receipt sent to mette@example.dk',
          location: { name: 'Mette Jensen', city: 'Aarhus', country: 'DK' },
        }),
      ]),
    );
    const text = JSON.stringify(out);
    assert.doesNotMatch(text, /mette|jensen/i);
    assert.equal(out.events[0]!.location?.city, 'Aarhus');
  });

  it('turns carrier markup into plain text', () => {
    const out = toPublicTracking(
      shipment([
        event('Info', '2026-11-30T10:00:00+01:00', {
          description: 'Sent by <span title="x">sender</span> <img src=x onerror=alert(1)>',
        }),
      ]),
    );
    assert.equal(out.events[0]!.description, 'Sent by sender');
  });
});

describe('currentStatus', () => {
  const at = (h: number) => `2026-11-30T${String(h).padStart(2, '0')}:00:00+01:00`;

  it('is null before the first public event', () => {
    assert.equal(currentStatus([]), null);
    assert.equal(toPublicTracking(shipment([event('Internal', at(9))])).status, null);
  });

  it('follows the newest event that says where the parcel is', () => {
    assert.equal(currentStatus([event('InTransit', at(9)), event('OutForDelivery', at(10))]), 'OutForDelivery');
    assert.equal(currentStatus([event('OutForDelivery', at(10)), event('DeliveryFailure', at(14))]), 'DeliveryFailure');
  });

  it('is not undone by a stray event after Delivered', () => {
    assert.equal(currentStatus([event('Delivered', at(10)), event('InTransit', at(22))]), 'Delivered');
    assert.equal(currentStatus([event('OutForDelivery', at(10)), event('Delivered', at(9))]), 'Delivered');
  });

  it('does not let Expired or Error hide the last real status', () => {
    assert.equal(currentStatus([event('InTransit', at(9)), event('Expired', at(20))]), 'InTransit');
    assert.equal(currentStatus([event('AvailableForPickup', at(9)), event('Error', at(20))]), 'AvailableForPickup');
    assert.equal(currentStatus([event('Expired', at(20))]), 'Expired');
  });

  it('lets a notification not replace a real status', () => {
    assert.equal(
      currentStatus([event('AvailableForPickup', at(9)), event('Notification', at(10))]),
      'AvailableForPickup',
    );
    assert.equal(currentStatus([event('Info', at(9)), event('Notification', at(10))]), 'Notification');
  });

  it('breaks a tie at the same instant by arrival', () => {
    assert.equal(currentStatus([event('InTransit', at(9)), event('Delayed', at(9))]), 'Delayed');
  });
});

describe('the projection, over many generated shipments', () => {
  const marker = fc.stringMatching(/^[a-z]{6,10}$/).map((s) => `secret${s}`);
  const offset = fc.constantFrom('+01:00', '+02:00', '-05:00', 'Z', '+05:30');
  const eventArb = fc.record({
    category: fc.constantFrom(...CATEGORIES),
    ms: fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2027, 0, 1) }),
    offset,
    code: fc.option(fc.stringMatching(/^[A-Z0-9_.]{1,12}$/), { nil: null }),
    description: fc.option(fc.string({ maxLength: 80 }), { nil: null }),
    marker,
    mentionRecipient: fc.boolean(),
  });
  const shipmentArb = fc.record({
    carrier: fc.constantFrom(...CARRIER_CODES),
    name: fc.constantFrom('Mette Jensen', 'Lars Østergaard', 'Anna-Karin Lind', 'Jón Jónsson'),
    email: fc.constantFrom('mette@example.dk', 'lars.o@firma.no', 'akl@posti.fi'),
    phone: fc.constantFrom('+4512345678', '+46701234567'),
    events: fc.array(eventArb, { maxLength: 25 }),
  });

  it('never lets Internal, System or personal data through, and keeps its promises', () => {
    fc.assert(
      fc.property(shipmentArb, (gen) => {
        const events = gen.events.map((g, i) => {
          const hidden = g.category === 'Internal' || g.category === 'System';
          const occurredAt = new Date(g.ms).toISOString().replace('Z', g.offset === 'Z' ? 'Z' : g.offset);
          const parts = [
            g.description ?? '',
            hidden ? g.marker : '',
            g.mentionRecipient ? `for ${gen.name} <${gen.email}> ${gen.phone}` : '',
          ];
          return {
            id: `${hidden ? 'hidden' : 'public'}-${i}`,
            sourceId: `src-${g.marker}`,
            category: g.category,
            code: g.code,
            occurredAt,
            occurredAtMs: Date.parse(occurredAt),
            description: parts.join(' ').trim() || null,
            location: hidden
              ? { name: g.marker, city: g.marker }
              : { city: 'Kolding', name: g.mentionRecipient ? gen.name : 'Terminal' },
            receivedAt: '2026-12-01T00:00:00.000Z',
            seq: i,
          } satisfies StoredEvent;
        });
        const s = shipment(events, {
          carrier: gen.carrier,
          recipient: { name: gen.name, email: gen.email, phone: gen.phone, postalCode: '8000' },
        });
        const out = toPublicTracking(s);
        const text = JSON.stringify(out);

        for (const e of events.filter((e) => e.category === 'Internal' || e.category === 'System')) {
          assert.ok(!text.includes(e.id), 'hidden event id');
          assert.ok(!text.includes(e.location.name!), 'hidden event text');
        }
        for (const secret of [gen.name, gen.email, gen.phone, 'ORDER-SECRET-REF', 'internal-id-1']) {
          assert.ok(!text.toLowerCase().includes(secret.toLowerCase()), `leaked ${secret}`);
        }
        for (const e of events) assert.ok(!text.includes(e.sourceId), 'leaked a sender id');
        assert.deepEqual(Object.keys(out), ['trackingNumber', 'carrier', 'status', 'events']);
        for (const e of out.events) {
          assert.ok(e.category !== 'Internal' && e.category !== 'System');
          assert.deepEqual(
            Object.keys(e).filter((k) => !['id', 'category', 'occurredAt', 'description', 'location'].includes(k)),
            [],
          );
          assert.doesNotMatch(e.description ?? '', /<[a-z!/?]/i);
        }
        const times = out.events.map((e) => Date.parse(e.occurredAt));
        assert.deepEqual(
          times,
          [...times].sort((a, b) => b - a),
          'newest first',
        );
        const publicCategories = new Set(out.events.map((e) => e.category));
        if (publicCategories.has('Delivered')) assert.equal(out.status, 'Delivered');
        if (!out.events.length) assert.equal(out.status, null);
        else assert.ok(out.status && publicCategories.has(out.status));
        assert.match(out.carrier.trackingUrl, /^https:\/\//);
        assert.deepEqual(toPublicTracking(s), out, 'pure: the same shipment gives the same answer');
      }),
      { numRuns: 500 },
    );
  });
});
