/**
 * Privacy: shipments are seeded with distinctive secrets in every private field (recipient name, email, phone,
 * street, the merchant's reference and event ids), in every field of hidden (Internal/System) events, and in the
 * parts of carrier payloads that name the recipient (address lines, signatures, the door a parcel was left at).
 * Then every public route is crawled (tracking by number, links by token, the hosted pages in every locale, the
 * lookup form, the widget, the demo pages), following every same-site link, redirect and error page, and no
 * secret may appear in any body or header.
 */
import { strict as assert } from 'node:assert';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { freshen, loadDemo, readDemoShipments } from '../../server/demo.js';
import { PAGE_LOCALES } from '../../server/hosted/messages.js';
import { type Harness, harness, ROOT, type Seeded, seedSecrets } from './fixtures.js';
import { assertPublicResponseSafe, assertPublicSafe, recipientSecrets } from './privacy.js';

const BASE = 'https://track.example.com';

interface CarrierCase {
  carrier: string;
  trackingNumber: string;
  query?: string;
  payload: unknown;
  secrets: string[];
}

/** Carrier payloads that carry the recipient's address, the signer's name and the door, beside public facts. */
const CARRIER_CASES: CarrierCase[] = [
  {
    carrier: 'bring',
    trackingNumber: '370722150000077771',
    secrets: ['Sølvgata 77B', 'Leilighet H0301', ...recipientSecrets({ name: 'Halvor Signaturmann' })],
    payload: {
      apiVersion: '2',
      consignmentSet: [
        {
          consignmentId: '70722150000077700',
          recipientAddress: {
            addressLine1: 'Sølvgata 77B',
            addressLine2: 'Leilighet H0301',
            postalCode: '0368',
            city: 'OSLO',
          },
          packageSet: [
            {
              packageNumber: '370722150000077771',
              productName: 'PAKKE I POSTKASSEN',
              recipientAddress: {
                addressLine1: 'Sølvgata 77B',
                addressLine2: 'Leilighet H0301',
                postalCode: '0368',
                city: 'OSLO',
                countryCode: 'NO',
              },
              eventSet: [
                {
                  description: 'The shipment has been delivered',
                  status: 'DELIVERED',
                  recipientSignature: { name: 'Halvor Signaturmann' },
                  unitId: '032850',
                  postalCode: '0368',
                  city: 'OSLO',
                  countryCode: 'NO',
                  dateIso: '2026-11-28T12:00:00+01:00',
                },
              ],
            },
          ],
        },
      ],
    },
  },
  {
    carrier: 'postnord',
    trackingNumber: '00370712345678977772',
    secrets: ['Kvistgaardsvej 417B', ...recipientSecrets({ name: 'Birgitte Modtagersen' })],
    payload: {
      TrackingInformationResponse: {
        shipments: [
          {
            shipmentId: '70712345678DK',
            consignee: {
              name: 'Birgitte Modtagersen',
              address: { street1: 'Kvistgaardsvej 417B', city: 'Taulov', postCode: '7000', countryCode: 'DNK' },
            },
            items: [
              {
                itemId: '00370712345678977772',
                events: [
                  {
                    eventTime: '2026-11-28T13:00:00',
                    eventCode: '21',
                    status: 'DELIVERED',
                    eventDescription: 'The shipment item has been delivered',
                    location: {
                      displayName: 'Kvistgaardsvej 417B',
                      name: 'Kvistgaardsvej 417B',
                      city: 'Taulov',
                      postcode: '7000',
                      countryCode: 'DNK',
                      locationType: 'CUSTOMER_LOCATION',
                    },
                  },
                ],
              },
            ],
          },
        ],
      },
    },
  },
  {
    carrier: 'dao',
    trackingNumber: '00057151270000077773',
    query: '?trackingNumber=00057151270000077773',
    secrets: ['Dørvej 12, 2. th'],
    payload: {
      status: 'OK',
      fejlkode: '',
      fejltekst: '',
      resultat: {
        haendelser: [
          { tidspunkt: '2026-11-27 08:10:00', haendelse: '10', pakketype: 'Home', sted: 'Terminal Hedehusene' },
          {
            tidspunkt: '2026-11-28 14:10:00',
            haendelse: '24',
            pakketype: 'Home',
            sted: 'Dørvej 12, 2. th, 2100 København Ø',
          },
        ],
      },
    },
  },
  {
    carrier: 'dhl',
    trackingNumber: '00340434161094077774',
    secrets: ['Oderweg 2', ...recipientSecrets({ name: 'Petra Empfängerin' })],
    payload: {
      shipments: [
        {
          id: '00340434161094077774',
          service: 'parcel-de',
          origin: { address: { countryCode: 'DE' } },
          destination: { address: { countryCode: 'NL' } },
          details: {
            receiver: { name: 'Petra Empfängerin' },
            proofOfDelivery: {
              signed: { name: 'Petra Empfängerin' },
              signee: { givenName: 'Petra', familyName: 'Empfängerin' },
            },
          },
          events: [
            {
              timestamp: '2026-11-28T12:14:00+01:00',
              statusCode: 'delivered',
              description: 'Delivered - Signed for by: Petra Empfängerin',
              location: { address: { countryCode: 'NL', postalCode: '1043', addressLocality: 'Oderweg 2, AMSTERDAM' } },
            },
          ],
        },
      ],
    },
  },
  {
    carrier: 'ups',
    trackingNumber: '1Z5338FF0107277775',
    secrets: ['123 Recipientstraat', 'Recipientstraat', 'Johannes Leverandør', 'Leverandør'],
    payload: {
      trackResponse: {
        shipment: [
          {
            inquiryNumber: '1Z5338FF0107277775',
            package: [
              {
                trackingNumber: '1Z5338FF0107277775',
                deliveryInformation: { receivedBy: 'Johannes Leverandør', location: 'Front Door' },
                activity: [
                  {
                    date: '20261127',
                    time: '100000',
                    gmtDate: '2026-11-27',
                    gmtTime: '09:00:00',
                    gmtOffset: '+01:00',
                    location: {
                      address: {
                        addressLine1: '123 Recipientstraat',
                        city: 'BRONDBY',
                        postalCode: '2605',
                        countryCode: 'DK',
                      },
                    },
                    status: { type: 'D', code: 'KB', statusCode: '011', description: 'DELIVERED' },
                  },
                ],
              },
            ],
          },
        ],
      },
    },
  },
];

describe('privacy of every public route', () => {
  let h: Harness;
  let seeded: Seeded;
  const secrets: string[] = [];
  /** Every public entry point to crawl from. */
  const starts: string[] = [];
  const pages: { trackingNumber: string; token: string; postalCode?: string }[] = [];

  before(async () => {
    h = await harness({ demoDir: resolve(ROOT, 'demo'), publicBaseUrl: BASE });
    seeded = await seedSecrets(h);
    secrets.push(...seeded.secrets);
    pages.push(...seeded.shipments);

    // The demo shipments (`npm start`): their recipients, references and hidden events are secrets too.
    const demos = readDemoShipments(resolve(ROOT, 'demo/shipments.json'));
    await loadDemo(h.store, freshen(demos, h.clock.now));
    for (const d of demos) {
      if (d.reference) secrets.push(d.reference);
      // Whole names only: the demo email is addressed to "Mette" by design.
      for (const value of [d.recipient?.name, d.recipient?.email, d.recipient?.phone]) if (value) secrets.push(value);
      for (const e of d.events) {
        if ((e.category === 'Internal' || e.category === 'System') && e.description) secrets.push(e.description);
        if (e.id) secrets.push(e.id);
      }
    }

    for (const c of CARRIER_CASES) {
      const registered = await h.post('/api/v1/shipments', { trackingNumber: c.trackingNumber, carrier: c.carrier });
      assert.equal(registered.status, 201, await registered.clone().text());
      const token = new URL(((await registered.json()) as { links: { page: string } }).links.page).pathname
        .split('/')
        .pop()!;
      const fed = await h.post(`/api/v1/carriers/${c.carrier}/events${c.query ?? ''}`, c.payload);
      assert.equal(fed.status, 200, `${c.carrier}: ${await fed.clone().text()}`);
      secrets.push(...c.secrets);
      pages.push({ trackingNumber: c.trackingNumber, token });
    }

    for (const d of demos) {
      const found = await h.store.shipmentByTrackingNumber(d.trackingNumber);
      assert.ok(found, d.trackingNumber);
      const { links } = (await (await h.getPrivate(`/api/v1/shipments/${found.id}`)).json()) as {
        links: { page: string };
      };
      pages.push({ trackingNumber: d.trackingNumber, token: new URL(links.page).pathname.split('/').pop()! });
    }

    for (const p of pages) {
      const spaced = p.trackingNumber
        .toLowerCase()
        .replace(/(.{4})/g, '$1 ')
        .trim();
      starts.push(
        `/api/v1/tracking/${p.trackingNumber}`,
        `/api/v1/tracking/${encodeURIComponent(spaced)}`,
        `/api/v1/links/${p.token}`,
        `/t/${p.token}`,
        ...PAGE_LOCALES.map((l) => `/t/${p.token}?lang=${l}`),
        `/track/${p.trackingNumber}`,
        `/track/${p.trackingNumber}?postalCode=${p.postalCode ?? '0000'}`,
        `/track/${p.trackingNumber}?postalCode=9999`,
        `/track?n=${encodeURIComponent(spaced)}`,
      );
    }
    starts.push(
      '/track',
      ...PAGE_LOCALES.map((l) => `/track?lang=${l}`),
      '/track?n=%3Cscript%3E',
      '/healthz',
      '/widget/smartsend-tracking.js',
      '/demo/',
      '/demo/email.html',
      '/demo/order.html',
      '/demo/ordre.html',
      '/no-such-page',
      '/api/v1/no-such-route',
      '/api/v1/tracking/UNKNOWN00000',
    );
  });
  after(() => h.close());

  it('gives away nothing private on any public page, JSON answer, redirect or error, following every link', async (t) => {
    const seen = new Set<string>();
    const queue = [...starts];
    const bodies: string[] = [];
    const languages = ['da-DK,da;q=0.9', 'sv', 'de-CH', '*'];
    let requests = 0;
    while (queue.length && seen.size < 5000) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      seen.add(path);
      for (const [i, accept] of ['text/html,*/*', 'application/json'].entries()) {
        const headers = { Accept: accept, 'Accept-Language': languages[(seen.size + i) % languages.length]! };
        for (const method of ['GET', 'HEAD']) {
          const res = await h.app.request(path, { method, headers });
          requests++;
          assert.ok(res.status < 500, `${method} ${path} → ${res.status}`);
          const body = await assertPublicResponseSafe(res, secrets, `${method} ${path}`);
          if (method === 'HEAD') continue;
          bodies.push(body);
          const location = res.headers.get('location');
          if (location) queue.push(location);
          for (const [, link] of body.matchAll(/(?:href|src|action)="([^"]+)"/g)) {
            const url = new URL(link!.replace(/&amp;/g, '&'), `${BASE}${path}`);
            if (url.origin === BASE) queue.push(url.pathname + url.search);
          }
        }
      }
    }
    t.diagnostic(`${requests} responses from ${seen.size} URLs checked against ${secrets.length} secrets`);
    assert.ok(requests > 500, `crawled ${requests} responses from ${seen.size} URLs`);
    // The crawl saw the events themselves, not only error pages.
    const all = bodies.join('\n');
    for (const text of seeded.publicTexts) assert.ok(all.includes(text), `no public page showed "${text}"`);
    for (const c of CARRIER_CASES) assert.ok(all.includes(c.trackingNumber), `no public page showed ${c.carrier}`);
  });

  it('cuts the recipient out of public event text: name (whole, in words, any case), email and phone', async () => {
    const { trackingNumber } = seeded.shipments[0]!;
    const res = await h.app.request(`/api/v1/tracking/${trackingNumber}`);
    const body = await assertPublicResponseSafe(res, secrets, 'tracking');
    // The events that named the recipient are shown, with the recipient cut out.
    assert.match(body, /Notice sent to … and … for …/);
    assert.match(body, /Out for delivery to …/);
  });

  it("cuts the recipient's phone out of carrier text however it is spaced", async () => {
    const registered = await h.post('/api/v1/shipments', {
      trackingNumber: 'PHONE00000001',
      carrier: 'gls',
      recipient: { name: 'Oswin Telefonsen', phone: '+45 61 72 83 94' },
    });
    assert.equal(registered.status, 201);
    const spellings = ['+45 61 72 83 94', '+4561728394', '61 72 83 94', '61728394', '+45 6172 8394'];
    const ingested = await h.post('/api/v1/events', {
      trackingNumber: 'PHONE00000001',
      carrier: 'gls',
      events: spellings.map((phone, i) => ({
        occurredAt: `2026-11-30T10:0${i}:00+01:00`,
        category: 'Notification',
        description: `SMS notification sent to ${phone}`,
      })),
    });
    assert.equal(ingested.status, 200);
    const body = await (await h.app.request('/api/v1/tracking/PHONE00000001')).text();
    assert.equal(body.match(/SMS notification sent to/g)?.length, spellings.length, 'every event is shown');
    assertPublicSafe(body, ['61728394', '61 72 83 94', '6172 8394'], 'a phone number in carrier text');
  });
});
