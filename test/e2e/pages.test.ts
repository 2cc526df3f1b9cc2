/**
 * The product as a recipient meets it, in a real Chromium against the real server: a merchant's order page
 * with the script tag, the hosted page from an email link (with and without JavaScript), the lookup form.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, type RunningServer, startServer } from './harness.js';

const SHOTS = 'test-results/screenshots';
const SECRET_TEXT = [
  'Picker Ulla Bay 7',
  'Webhook 4411 replayed',
  'Ingrid Marie Holm',
  'ingrid.holm@example.dk',
  '+4522334455',
  'ORDER-SECRET-77',
];

let server: RunningServer;
let browser: Browser;
let link: string;

async function api(path: string, body: unknown): Promise<{ links: { page: string } }> {
  const res = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${server.apiKey}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  assert.ok(res.ok, `${path}: ${res.status} ${await res.clone().text()}`);
  return res.json() as Promise<{ links: { page: string } }>;
}

/** All text a recipient could see, shadow roots included. A string, as tsx's helpers would not exist in the page. */
const VISIBLE_TEXT = `(() => {
  const parts = [document.body.innerText];
  const roots = [document];
  while (roots.length) {
    for (const el of roots.pop().querySelectorAll('*')) {
      if (el.shadowRoot) {
        parts.push(el.shadowRoot.textContent ?? '');
        roots.push(el.shadowRoot);
      }
    }
  }
  return parts.join('\\n');
})()`;

function visibleText(page: Page): Promise<string> {
  return page.evaluate(VISIBLE_TEXT) as Promise<string>;
}

async function open(context: BrowserContext, url: string): Promise<{ page: Page; bodies: string[] }> {
  const page = await context.newPage();
  const bodies: string[] = [];
  page.on('response', async (r) => {
    try {
      bodies.push(await r.text());
    } catch {
      // a redirect or an aborted request has no body
    }
  });
  await page.goto(url);
  return { page, bodies };
}

const timeline = (page: Page) => page.locator('smartsend-tracking [part="timeline"]');

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startServer({ dev: true });
  browser = await launchBrowser();
  const created = await api('/api/v1/shipments', {
    trackingNumber: 'E2E0000000001',
    carrier: 'bring',
    reference: 'ORDER-SECRET-77',
    recipient: {
      name: 'Ingrid Marie Holm',
      email: 'ingrid.holm@example.dk',
      phone: '+4522334455',
      postalCode: '0150',
      country: 'NO',
    },
  });
  link = created.links.page;
  await api('/api/v1/events', {
    trackingNumber: 'E2E0000000001',
    carrier: 'bring',
    events: [
      { occurredAt: '2026-12-01T08:00:00+01:00', category: 'Internal', description: 'Picker Ulla Bay 7' },
      {
        occurredAt: '2026-12-01T09:15:00+01:00',
        category: 'InTransit',
        code: 'HANDED_IN',
        description: 'The shipment has been handed in at the terminal.',
        location: { city: 'Oslo', country: 'NO' },
      },
      { occurredAt: '2026-12-01T09:16:00+01:00', category: 'System', description: 'Webhook 4411 replayed' },
      {
        occurredAt: '2026-12-02T13:40:00+01:00',
        category: 'AvailableForPickup',
        code: 'READY_FOR_PICKUP',
        description: 'Ready for pickup, ask for Ingrid Marie Holm.',
        location: { name: 'Coop Extra Grønland', city: 'Oslo', country: 'NO' },
      },
    ],
  });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

describe('a merchant page with only the script tag and the element', { timeout: 120_000 }, () => {
  it('shows the shipment in English, with the timeline and a real carrier link', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const { page } = await open(context, `${server.url}/demo/order.html`);
    await timeline(page).waitFor();
    assert.match(await page.locator('smartsend-tracking [part="status"]').innerText(), /In transit/);
    const link = page.locator('smartsend-tracking a[part="link"]');
    assert.match((await link.getAttribute('href'))!, /^https:\/\/www\.postnord\.dk\/.*00370712345678901234/);
    assert.equal(await link.getAttribute('target'), '_blank');
    assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
    await page.screenshot({ path: join(SHOTS, 'demo-order-desktop-light.png'), fullPage: true });
    await context.close();
  });

  it('speaks Danish on a page that says lang="da"', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const { page } = await open(context, `${server.url}/demo/ordre.html`);
    await timeline(page).waitFor();
    assert.match(await page.locator('smartsend-tracking [part="status"]').innerText(), /Ude til levering|levering/i);
    await context.close();
  });

  it('works from another origin, as on a real shop', async () => {
    const shop: Server = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', Connection: 'close' });
      res.end(`<!doctype html><html lang="en"><title>Shop</title>
<script type="module" src="${server.url}/widget/smartsend-tracking.js"></script>
<smartsend-tracking tracking-number="E2E0000000001"></smartsend-tracking>`);
    });
    after(() => new Promise((r) => shop.close(r)));
    const port = await new Promise<number>((resolve, reject) => {
      shop.once('error', reject);
      shop.listen(0, '127.0.0.1', () => resolve((shop.address() as { port: number }).port));
    });
    const context = await browser.newContext();
    // Listen before the page runs: the element may well load before a listener added afterwards.
    await context.addInitScript(
      `document.addEventListener('smartsend-tracking-load', (e) => { window.loaded = e.detail.status; })`,
    );
    const { page } = await open(context, `http://127.0.0.1:${port}/`);
    await timeline(page).waitFor();
    await page.waitForFunction('window.loaded !== undefined');
    assert.equal(
      await page.evaluate('window.loaded'),
      'AvailableForPickup',
      'the load event carries the PublicTracking',
    );
    assert.match(await page.locator('smartsend-tracking [part="status"]').innerText(), /Coop Extra Grønland/);
    await context.close();
  });
});

describe('the hosted page from an email link', { timeout: 180_000 }, () => {
  it('shows the tracking, and never anything hidden or personal, in the DOM or on the wire', async () => {
    const context = await browser.newContext();
    const { page, bodies } = await open(context, link);
    await timeline(page).waitFor();
    await page.waitForLoadState('networkidle');
    const text = await visibleText(page);
    assert.match(text, /Ready for pickup/);
    for (const secret of SECRET_TEXT) {
      assert.ok(!text.includes(secret), `DOM shows ${secret}`);
      for (const body of bodies) assert.ok(!body.includes(secret), `a response carries ${secret}`);
    }
    await context.close();
  });

  it('speaks Danish with ?lang=da, and from Accept-Language', async () => {
    for (const [url, locale] of [
      [`${link}?lang=da`, 'en-US'],
      [link, 'da-DK'],
    ] as const) {
      const context = await browser.newContext({ locale });
      const { page } = await open(context, url);
      await timeline(page).waitFor();
      assert.equal(await page.getAttribute('html', 'lang'), 'da');
      assert.match(await page.locator('smartsend-tracking [part="status"]').innerText(), /Klar til afhentning/);
      await context.close();
    }
  });

  it('shows status and events with JavaScript turned off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const { page } = await open(context, link);
    const text = await page.locator('main').innerText();
    assert.match(text, /Ready for pickup/);
    assert.match(text, /handed in at the terminal/);
    assert.match(text, /Coop Extra Grønland/);
    assert.equal(await page.locator('.fallback time').count(), 2);
    await context.close();
  });

  it('renders from the inlined data without asking the API again', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const apiCalls: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/')) apiCalls.push(r.url());
    });
    await page.goto(link);
    await timeline(page).waitFor();
    assert.deepEqual(apiCalls, []);
    await context.close();
  });

  it('answers a tampered link with a friendly page in the reader’s language', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const tampered = link.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    const page = await context.newPage();
    const res = await page.goto(tampered);
    assert.equal(res?.status(), 404);
    assert.match(await page.locator('h1').innerText(), /Den här spårningslänken fungerar inte/);
    assert.equal(await page.locator('form input[name="n"]').count(), 1);
    await context.close();
  });

  it('blocks an injected inline script with its Content-Security-Policy', async () => {
    const context = await browser.newContext();
    const { page } = await open(context, link);
    await timeline(page).waitFor();
    const blocked = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true });
          const script = document.createElement('script');
          script.textContent = 'window.__injected = true';
          document.body.append(script);
          // A script that ran would leave no violation behind: answer after it would have run.
          setTimeout(() => resolve('none'), 2_000);
        }),
    );
    assert.match(blocked, /^script-src/);
    assert.equal(await page.evaluate(() => (window as { __injected?: boolean }).__injected), undefined);
    await context.close();
  });

  it('passes an axe accessibility audit, light and dark', async () => {
    const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    for (const colorScheme of ['light', 'dark'] as const) {
      // axe is injected by the test; the page's CSP (rightly) would refuse it.
      const context = await browser.newContext({ bypassCSP: true, colorScheme });
      const { page } = await open(context, link);
      await timeline(page).waitFor();
      await page.evaluate(axe);
      const violations = await page.evaluate(async () => {
        const result = await (
          window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }
        ).axe.run();
        return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
      });
      assert.deepEqual(violations, [], `${colorScheme}: ${violations.join(', ')}`);
      await context.close();
    }
  });
});

describe('the lookup form', { timeout: 60_000 }, () => {
  it('finds a shipment by number and postal code', async () => {
    const context = await browser.newContext();
    const { page } = await open(context, `${server.url}/track`);
    await page.fill('input[name="n"]', 'e2e 0000 0000 01');
    await page.fill('input[name="postalCode"]', '0150');
    await page.click('button[type="submit"]');
    await timeline(page).waitFor();
    assert.match(page.url(), /\/track\/E2E0000000001\?/);
    assert.match(await page.locator('smartsend-tracking [part="status"]').innerText(), /Ready for pickup/);
    await context.close();
  });
});

describe('screenshots for the README', { timeout: 180_000 }, () => {
  it('are taken of the demo page and the hosted page, light and dark, desktop and 375 px', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const [width, label] of [
        [1280, 'desktop'],
        [375, 'mobile'],
      ] as const) {
        const context = await browser.newContext({
          colorScheme,
          viewport: { width, height: 900 },
          deviceScaleFactor: width < 500 ? 2 : 1,
        });
        for (const [name, url] of [
          ['demo-order', `${server.url}/demo/order.html`],
          ['hosted', link],
        ] as const) {
          const { page } = await open(context, url);
          await timeline(page).waitFor();
          const path = join(SHOTS, `${name}-${label}-${colorScheme}.png`);
          await page.screenshot({ path, fullPage: true });
          assert.ok(readFileSync(path).length > 10_000, `${path} has content`);
        }
        await context.close();
      }
    }
  });
});
