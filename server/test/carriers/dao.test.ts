import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { TestServer } from '../helpers.js';
import { expectProblem } from '../helpers.js';
import { feed, publicTracking } from './helpers.js';

type DaoEvent = {
  tidspunkt: string;
  haendelse: string | number;
  beskrivelse?: string;
  sted?: string;
  pakketype?: string;
};

const TN = '00057151270000012345';
const QUERY = `?trackingNumber=${TN}`;

function ok(haendelser: DaoEvent[], resultat: Record<string, unknown> = {}) {
  return { status: 'OK', fejlkode: '', fejltekst: '', resultat: { ...resultat, haendelser } };
}

async function track(haendelser: DaoEvent[], resultat: Record<string, unknown> = {}, server?: TestServer) {
  const fed = await feed('dao', ok(haendelser, resultat), QUERY, server);
  assert.equal(fed.response.status, 200, JSON.stringify(fed.body));
  const tracking = await publicTracking(fed.server, TN);
  return { ...fed, tracking, categories: tracking.events.map((e) => e.category) };
}

const terminal = 'Terminal Hedehusene';
const shop = 'Netto Vesterbrogade 112, 1620 København V';

describe('DAO adapter', () => {
  it('maps each code to its category for the product the event names', async () => {
    const cases: [DaoEvent, string][] = [
      [{ tidspunkt: '2026-11-27 08:10:00', haendelse: '15', pakketype: 'Shop', sted: terminal }, 'InTransit'],
      [{ tidspunkt: '2026-11-27 08:10:00', haendelse: '51', pakketype: 'Shop', sted: shop }, 'Delivered'],
      [{ tidspunkt: '2026-11-27 08:10:00', haendelse: '3', pakketype: 'Shop' }, 'Exception'],
      [{ tidspunkt: '2026-11-27 08:10:00', haendelse: '10', pakketype: 'Home', sted: terminal }, 'InTransit'],
      [{ tidspunkt: '2026-11-27 08:10:00', haendelse: '24', pakketype: 'Home' }, 'Delivered'],
      [{ tidspunkt: '2026-11-27 08:10:00', haendelse: '12', pakketype: 'Home' }, 'Exception'],
      [{ tidspunkt: '2026-11-27 04:40:00', haendelse: '09', pakketype: 'Natxpress' }, 'Delivered'],
      [{ tidspunkt: '2026-11-27 08:10:00', haendelse: 86 }, 'InTransit'], // the same for every product, sent as a number
      [{ tidspunkt: '2026-11-27 08:10:00', haendelse: '72' }, 'InTransit'], // only home parcels send it
    ];
    for (const [event, category] of cases) {
      const { categories, body } = await track([event]);
      assert.deepEqual(categories, [category], `${event.pakketype ?? 'no product'} ${event.haendelse}`);
      assert.deepEqual(body.unmapped, []);
    }
  });

  it('reads 32 and 51 by product: the end of the journey at a shop, an exception at a door', async () => {
    for (const code of ['32', '51']) {
      assert.deepEqual(
        (await track([{ tidspunkt: '2026-11-27 15:02:00', haendelse: code, pakketype: 'Shop' }])).categories,
        ['Delivered'],
      );
      assert.deepEqual(
        (await track([{ tidspunkt: '2026-11-27 15:02:00', haendelse: code, pakketype: 'Home' }])).categories,
        ['Exception'],
      );
    }
    // The product named on `resultat` holds for events that do not name their own; an event's own wins.
    const { categories } = await track(
      [
        { tidspunkt: '2026-11-27 15:02:00', haendelse: '51' },
        { tidspunkt: '2026-11-28 10:00:00', haendelse: '11', pakketype: 'daoHOME' },
      ],
      { pakketype: 'daoSHOP' },
    );
    assert.deepEqual(categories, ['Delivered', 'Delivered']);
  });

  it('stores a product-dependent code as Info and lists it when the payload names no product', async () => {
    const { categories, body, tracking } = await track([
      { tidspunkt: '2026-11-26 21:15:00', haendelse: '86', sted: terminal },
      {
        tidspunkt: '2026-11-27 15:02:00',
        haendelse: '51',
        beskrivelse: 'Pakken er udleveret',
        sted: 'Hovedgaden 4, 4000 Roskilde',
      },
    ]);
    assert.deepEqual(categories, ['Info', 'InTransit']);
    assert.deepEqual(body.unmapped, ['51 (no pakketype)']);
    assert.equal(tracking.status, 'InTransit', 'a guess never makes the parcel Delivered');
    assert.equal(tracking.events[0]!.location, undefined, 'the place of what may be a door is not stored');
  });

  it('lists a pakketype it does not know, and reads the event as if none was given', async () => {
    const { categories, body } = await track([
      { tidspunkt: '2026-11-27 15:02:00', haendelse: '32', pakketype: 'Locker' },
    ]);
    assert.deepEqual(categories, ['Info']);
    assert.deepEqual(body.unmapped.sort(), ['32 (no pakketype)', 'pakketype Locker']);
  });

  it('reads Danish wall-clock times in Copenhagen, across the October DST change', async () => {
    const { tracking } = await track([
      { tidspunkt: '2026-10-25 01:30:00', haendelse: '86' }, // CEST
      { tidspunkt: '2026-10-25 02:30:00', haendelse: '86' }, // exists twice: the first, summer-time reading
      { tidspunkt: '2026-10-25 03:30:00', haendelse: '86' }, // CET
      { tidspunkt: '26-10-2026 07:45', haendelse: '86' }, // the Danish way of writing it
      { tidspunkt: '2026-07-01 12:00:00', haendelse: '86' },
    ]);
    assert.deepEqual(
      tracking.events.map((e) => e.occurredAt),
      [
        '2026-10-26T07:45:00+01:00',
        '2026-10-25T03:30:00+01:00',
        '2026-10-25T02:30:00+02:00',
        '2026-10-25T01:30:00+02:00',
        '2026-07-01T12:00:00+02:00',
      ],
    );
  });

  it('stores descriptions and places as plain text', async () => {
    const { tracking } = await track([
      {
        tidspunkt: '2026-11-27 09:00:00',
        haendelse: '52',
        pakketype: 'Shop',
        beskrivelse: 'Pakken er klar i <b>Netto</b> &amp; Co &#8211; hent den inden 7 dage<script>alert(1)</script>',
        sted: 'Netto &amp; Co <i>Vesterbro</i>',
      },
    ]);
    assert.equal(tracking.events[0]!.description, 'Pakken er klar i Netto & Co – hent den inden 7 dage alert(1)');
    assert.deepEqual(tracking.events[0]!.location, { name: 'Netto & Co Vesterbro' });
  });

  it('keeps the place of a terminal or shop, never the door of a home delivery', async () => {
    const { tracking } = await track([
      { tidspunkt: '2026-11-26 21:15:00', haendelse: '10', pakketype: 'Home', sted: terminal },
      { tidspunkt: '2026-11-27 11:42:00', haendelse: '24', pakketype: 'Home', sted: 'Hovedgaden 4, 4000 Roskilde' },
    ]);
    assert.equal(tracking.events[0]!.location, undefined);
    assert.deepEqual(tracking.events[1]!.location, { name: terminal });
    const atShop = await track([{ tidspunkt: '2026-11-27 15:02:00', haendelse: '51', pakketype: 'Shop', sted: shop }]);
    assert.deepEqual(atShop.tracking.events[0]!.location, { name: shop });
  });

  it('stores a re-sent payload once, reordered, repeated and reworded', async () => {
    const events: DaoEvent[] = [
      { tidspunkt: '2026-11-26 21:15:00', haendelse: '86', beskrivelse: 'Pakken er modtaget på terminalen' },
      {
        tidspunkt: '2026-11-27 06:05:00',
        haendelse: '52',
        pakketype: 'Shop',
        beskrivelse: 'Pakken er på vej til pakkeshoppen',
      },
      { tidspunkt: '2026-11-27 15:02:00', haendelse: '51', pakketype: 'Shop', beskrivelse: 'Pakken er udleveret' },
    ];
    const first = await track(events);
    assert.equal(first.body.accepted, 3);
    const again = [...events].reverse().map((e) => ({ ...e, beskrivelse: `${e.beskrivelse} (opdateret)` }));
    const { body } = await feed('dao', ok([...again, again[0]!]), QUERY, first.server);
    assert.deepEqual(body, { accepted: 0, duplicates: 4, unmapped: [] });
    assert.equal((await publicTracking(first.server, TN)).events.length, 3);
  });

  it('stays Delivered when a stray scan arrives after the delivery', async () => {
    const { tracking } = await track([
      { tidspunkt: '2026-11-27 15:02:00', haendelse: '51', pakketype: 'Shop' },
      { tidspunkt: '2026-11-27 18:30:00', haendelse: '86', sted: terminal },
    ]);
    assert.deepEqual(
      tracking.events.map((e) => e.category),
      ['InTransit', 'Delivered'],
    );
    assert.equal(tracking.status, 'Delivered');
  });

  it('lists an unknown code as unmapped and stores it as Info', async () => {
    const { body, categories } = await track([
      { tidspunkt: '2026-11-27 08:10:00', haendelse: '99', pakketype: 'Shop' },
    ]);
    assert.deepEqual(body.unmapped, ['99']);
    assert.deepEqual(categories, ['Info']);
  });

  it('registers the parcel when DAO has no registrations yet (an empty resultat)', async () => {
    const { response, body, server } = await feed(
      'dao',
      { status: 'OK', fejlkode: '', fejltekst: '', resultat: [] },
      QUERY,
    );
    assert.equal(response.status, 200);
    assert.deepEqual(body, { accepted: 0, duplicates: 0, unmapped: [] });
    const tracking = await publicTracking(server, TN);
    assert.equal(tracking.status, null);
    assert.deepEqual(tracking.events, []);
  });

  it('answers status "Fejl" with 422 and the carrier’s reason, and stores nothing', async () => {
    const { response, server } = await feed(
      'dao',
      { status: 'Fejl', fejlkode: 2, fejltekst: 'Stregkoden findes ikke', resultat: [] },
      QUERY,
    );
    const problem = await expectProblem(response, 422);
    assert.match(problem.detail, /DAO reports: 2: Stregkoden findes ikke/);
    assert.equal(await server.store.countShipments(), 0);
  });

  it('answers a payload without ?trackingNumber= with 400 naming it', async () => {
    const { response, server } = await feed('dao', ok([{ tidspunkt: '2026-11-27 08:10:00', haendelse: '86' }]));
    const problem = await expectProblem(response, 400);
    assert.match(problem.detail, /\?trackingNumber=/);
    assert.equal(await server.store.countShipments(), 0);
  });

  it('answers a payload of the wrong shape with 400 naming what was wrong', async () => {
    const noTime = await feed('dao', ok([{ haendelse: '86' } as unknown as DaoEvent]), QUERY);
    assert.match((await expectProblem(noTime.response, 400)).detail, /resultat\.haendelser\[0\]\.tidspunkt/);
    const badTime = await feed('dao', ok([{ tidspunkt: 'i går', haendelse: '86' }]), QUERY);
    assert.match((await expectProblem(badTime.response, 400)).detail, /tidspunkt: not a date-time: i går/);
    const notDao = await feed('dao', { shipments: [] }, QUERY);
    assert.match((await expectProblem(notDao.response, 400)).detail, /status/);
    assert.equal(await noTime.server.store.countShipments(), 0);
  });

  it('links to DAO’s own tracking page, the number URL-encoded', async () => {
    const { tracking } = await track([{ tidspunkt: '2026-11-27 08:10:00', haendelse: '86' }]);
    assert.equal(tracking.carrier.trackingUrl, `https://www.dao.as/privat/find-din-pakke?stregkode=${TN}`);
    const { dao } = await import('../../carriers/dao.js');
    assert.equal(dao.trackingUrl('AB 12/3'), 'https://www.dao.as/privat/find-din-pakke?stregkode=AB%2012%2F3');
  });
});
