import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { negotiateLocale } from '../hosted/messages.js';
import { json, testServer } from './helpers.js';

async function withShipment(overrides = {}) {
  const server = await testServer(overrides);
  const created = await json(
    await server.post('/api/v1/shipments', {
      trackingNumber: '00370712345678901234',
      carrier: 'postnord',
      recipient: { name: 'Mette Jensen', postalCode: '8000' },
    }),
  );
  await server.post('/api/v1/events', {
    trackingNumber: '00370712345678901234',
    carrier: 'postnord',
    events: [
      { occurredAt: '2026-11-30T09:00:00+01:00', category: 'Internal', description: 'Packed by Ole at bay 4' },
      {
        occurredAt: '2026-11-30T14:05:00+01:00',
        category: 'InTransit',
        description: 'Under transport </script><script>alert(1)</script> (weight < 5 kg)',
        location: { city: 'Taulov', country: 'DK' },
      },
    ],
  });
  const page = new URL(created.links.page).pathname;
  return { ...server, page };
}

const inlinedJson = (body: string) => /<script type="application\/json">([\s\S]*?)<\/script>/.exec(body)?.[1];

describe('the hosted tracking page', () => {
  it('shows status and events without JavaScript, with the tracking inlined for the element', async () => {
    const { app, page } = await withShipment();
    const res = await app.request(page);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type')!, /^text\/html/);
    const body = await res.text();
    assert.match(body, /<html lang="en">/);
    assert.match(body, /<smartsend-tracking token="[\w-]+" lang="en" api-base="https:\/\/track\.example\.com">/);
    assert.match(body, /In transit/);
    assert.match(body, /<time datetime="2026-11-30T14:05:00\+01:00">/);
    const inlined = JSON.parse(inlinedJson(body)!);
    const api = await json(await app.request('/api/v1/tracking/00370712345678901234'));
    assert.deepEqual(inlined, api, 'the same PublicTracking as the API');
    assert.doesNotMatch(body, /Ole|bay 4|Mette/);
  });

  it('never lets carrier text out of its element: no second script, escaped text', async () => {
    const { app, page } = await withShipment();
    const body = await (await app.request(page)).text();
    assert.equal((body.match(/<script/g) ?? []).length, 3, 'the widget, JSON-LD and the inlined data: nothing else');
    assert.doesNotMatch(body, /<script>alert/);
    assert.match(inlinedJson(body)!, /weight \\u003c 5 kg/, 'a < in text cannot end the script element');
    assert.match(body, /weight &lt; 5 kg/);
  });

  it('sends the security headers a page with a token in its URL needs', async () => {
    const { app, page } = await withShipment({ frameAncestors: "'self' https://shop.example" });
    const res = await app.request(page);
    const csp = res.headers.get('content-security-policy')!;
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.match(csp, /frame-ancestors 'self' https:\/\/shop\.example/);
    const body = await res.text();
    const css = /<style>([\s\S]*?)<\/style>/.exec(body)![1]!;
    assert.ok(
      csp.includes(`'sha256-${createHash('sha256').update(css).digest('base64')}'`),
      'the inline style is allowed by its hash',
    );
    assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.match(res.headers.get('x-robots-tag')!, /noindex/);
    assert.equal(res.headers.get('set-cookie'), null);
  });

  it('describes the parcel as schema.org/ParcelDelivery', async () => {
    const { app, page } = await withShipment();
    const body = await (await app.request(page)).text();
    const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(body)![1]!);
    assert.equal(ld['@type'], 'ParcelDelivery');
    assert.equal(ld.trackingNumber, '00370712345678901234');
    assert.equal(ld.provider.name, 'PostNord');
    assert.match(ld.trackingUrl, /^https:\/\/www\.postnord\.dk\//);
    assert.equal(ld.deliveryStatus.name, 'InTransit');
  });

  it('speaks the language of ?lang=, else of Accept-Language, else English', async () => {
    const { app, page } = await withShipment();
    const da = await (await app.request(`${page}?lang=da`)).text();
    assert.match(da, /<html lang="da">/);
    assert.match(da, /Følg din pakke/);
    const sv = await (await app.request(page, { headers: { 'Accept-Language': 'fr;q=0.5, sv-SE, en;q=0.8' } })).text();
    assert.match(sv, /<html lang="sv">/);
    const fallback = await (await app.request(page, { headers: { 'Accept-Language': 'ja, zh' } })).text();
    assert.match(fallback, /<html lang="en">/);
  });

  it('answers a tampered or unknown token with a friendly 404 page', async () => {
    const { app, page } = await withShipment();
    for (const path of [`${page.slice(0, -3)}abc`, '/t/garbage', `/t/${'x'.repeat(3000)}`]) {
      const res = await app.request(`${path}?lang=da`);
      assert.equal(res.status, 404);
      const body = await res.text();
      assert.match(body, /Dette trackinglink virker ikke/);
      assert.match(body, /<form method="get" action="\/track"/);
    }
  });
});

describe('the hosted page on the wire', () => {
  it('is compressed for clients that accept it', async () => {
    const { app, page } = await withShipment();
    const res = await app.request(page, { headers: { 'Accept-Encoding': 'gzip' } });
    assert.equal(res.headers.get('content-encoding'), 'gzip');
    const html = gunzipSync(Buffer.from(await res.arrayBuffer())).toString();
    assert.match(html, /<smartsend-tracking /);
    assert.match(res.headers.get('content-security-policy')!, /default-src 'none'/);
  });

  it('preloads the widget messages of its language with the widget', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'smartsend-chunks-'));
    mkdirSync(join(dir, 'chunks'));
    writeFileSync(join(dir, 'smartsend-tracking.js'), 'export {};');
    writeFileSync(join(dir, 'chunks', 'da-Ab12Cd34.js'), 'export const templates = {};');
    try {
      const { app, page } = await withShipment({ widgetDir: dir });
      const da = await (await app.request(`${page}?lang=da`)).text();
      assert.match(
        da,
        /<link rel="modulepreload" href="https:\/\/track\.example\.com\/widget\/chunks\/da-Ab12Cd34\.js">/,
      );
      const en = await (await app.request(page)).text();
      assert.doesNotMatch(en, /modulepreload/, 'English is in the entry itself');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the lookup form', () => {
  it('shows the form, and sends a number to its page', async () => {
    const { app } = await withShipment();
    const form = await app.request('/track?lang=nb');
    assert.equal(form.status, 200);
    assert.match(await form.text(), /Sporingsnummer/);
    const go = await app.request('/track?n=0037+0712+3456+7890+1234&postalCode=8000&lang=da');
    assert.equal(go.status, 303);
    assert.equal(go.headers.get('location'), '/track/00370712345678901234?lang=da&postalCode=8000');
    const page = await app.request(go.headers.get('location')!);
    assert.equal(page.status, 200);
  });

  it('says what is wrong with a number that cannot be one', async () => {
    const { app } = await withShipment();
    const res = await app.request('/track?n=%3Cscript%3E&lang=en');
    assert.equal(res.status, 400);
    const body = await res.text();
    assert.match(body, /3 to 64 letters and digits/);
    assert.match(body, /value="&lt;script&gt;"/);
  });

  it('answers an unknown number, or the wrong postal code, with a friendly 404', async () => {
    const { app } = await withShipment();
    assert.equal((await app.request('/track/UNKNOWN123')).status, 404);
    assert.equal((await app.request('/track/00370712345678901234?postalCode=9999')).status, 404);
    assert.equal((await app.request('/track/00370712345678901234?postalCode=8000')).status, 200);
  });

  it('gives people a page and programs problem JSON for an unknown path', async () => {
    const { app } = await testServer();
    const page = await app.request('/nope', { headers: { Accept: 'text/html' } });
    assert.equal(page.status, 404);
    assert.match(page.headers.get('content-type')!, /^text\/html/);
    const api = await app.request('/api/nope', { headers: { Accept: 'text/html' } });
    assert.equal(api.headers.get('content-type'), 'application/problem+json');
  });

  it('shares the public rate limit, answering pages with a page', async () => {
    const { app } = await withShipment({ rateLimit: 2, trustProxy: true });
    const from = { headers: { 'X-Forwarded-For': '203.0.113.9', 'Accept-Language': 'de' } };
    assert.equal((await app.request('/track', from)).status, 200);
    assert.equal((await app.request('/api/v1/tracking/00370712345678901234', from)).status, 200);
    const limited = await app.request('/track', from);
    assert.equal(limited.status, 429);
    assert.ok(Number(limited.headers.get('retry-after')) > 0);
    assert.match(await limited.text(), /Zu viele Anfragen/);
  });
});

describe('negotiateLocale', () => {
  it('reads q-values, regions and the Norwegian aliases', () => {
    assert.equal(negotiateLocale(undefined, 'de-CH;q=0.9, da;q=0.95'), 'da');
    assert.equal(negotiateLocale(undefined, 'no'), 'nb');
    assert.equal(negotiateLocale(undefined, 'nn-NO, en;q=0.1'), 'nb');
    assert.equal(negotiateLocale('xx', 'pl'), 'pl');
    assert.equal(negotiateLocale('FI', 'pl'), 'fi');
    assert.equal(negotiateLocale(undefined, '*'), 'en');
    assert.equal(negotiateLocale(undefined, 'da;q=0'), 'en');
  });
});
