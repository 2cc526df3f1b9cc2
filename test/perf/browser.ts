/**
 * Section 5: the hosted page `/t/{token}` in headless Chromium, cold and warm cache, against a plain static HTML
 * page with the same text (the floor). Times are from navigation start (`performance.now()` in the page).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { launchBrowser } from '../e2e/harness.js';
import type { BenchContext } from './context.js';
import { carrierOf, shipmentAt } from './data.js';
import { BENCH_API_KEY, type Running, startBaseline, startServer } from './processes.js';
import { fmt, type Row, ratio } from './report.js';

/**
 * Runs in every document before its own scripts: marks the first frame in which the timeline is laid out (the
 * widget's shadow `[part~=timeline]`, or on a page without the widget its `<ol>`), first contentful paint, and
 * the widget's `smartsend-tracking-load` event (bubbling and composed, so it reaches window).
 */
const PROBE = `(() => {
  const marks = { timeline: null, fcp: null, loadEvent: null, widget: false };
  window.__bench = marks;
  addEventListener('smartsend-tracking-load', () => { if (marks.loadEvent === null) marks.loadEvent = performance.now(); });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') marks.fcp = e.startTime;
    }).observe({ type: 'paint', buffered: true });
  } catch {}
  const shown = (el) => { if (!el) return false; const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
  const poll = () => {
    const host = document.querySelector('smartsend-tracking');
    const timeline = host ? host.shadowRoot && host.shadowRoot.querySelector('[part~="timeline"]') : document.querySelector('ol');
    if (shown(timeline)) { marks.timeline = performance.now(); marks.widget = Boolean(host); return; }
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})();`;

type Marks = { timeline: number; fcp: number | null; loadEvent: number | null };
type Probed = { __bench?: Marks };

interface Visit {
  timelineMs: number;
  fcpMs: number | null;
  loadEventMs: number | null;
  /** Bytes received over the network (CDP encodedDataLength, headers included). */
  bytes: number;
  requests: number;
  fromCache: number;
  /** Each response: status, URL path and bytes received. */
  resources: string[];
}

const median = (values: number[]) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)]! : Number.NaN;
};

async function visit(page: Page, cdp: CDPSession, url: string): Promise<Visit> {
  let bytes = 0;
  let requests = 0;
  let fromCache = 0;
  const urls = new Map<string, string>();
  const resources: string[] = [];
  const finished = (e: { requestId: string; encodedDataLength: number }) => {
    const url = urls.get(e.requestId) ?? '?';
    // The browser asks for /favicon.ico on its own schedule, after the page: not part of the page.
    if (url.endsWith(' /favicon.ico')) return;
    bytes += e.encodedDataLength;
    requests++;
    resources.push(`${url} ${e.encodedDataLength} B`);
  };
  const cached = () => fromCache++;
  const diskCache = (e: { requestId: string; response: { url: string; status: number; fromDiskCache?: boolean } }) => {
    urls.set(e.requestId, `${e.response.status} ${new URL(e.response.url).pathname.replace(/^\/t\/.*/, '/t/<token>')}`);
    if (e.response.fromDiskCache) fromCache++;
  };
  cdp.on('Network.loadingFinished', finished);
  cdp.on('Network.requestServedFromCache', cached);
  cdp.on('Network.responseReceived', diskCache);
  try {
    await page.goto(url, { waitUntil: 'load' });
    // Functions, not strings: the page's CSP forbids eval, and the bench does not weaken it.
    await page.waitForFunction(() => (globalThis as Probed).__bench?.timeline != null, null, { timeout: 20_000 });
    await page.waitForLoadState('networkidle');
    const marks = await page.evaluate(() => (globalThis as Probed).__bench!);
    return {
      timelineMs: marks.timeline,
      fcpMs: marks.fcp,
      loadEventMs: marks.loadEvent,
      bytes,
      requests,
      fromCache,
      resources,
    };
  } finally {
    cdp.off('Network.loadingFinished', finished);
    cdp.off('Network.requestServedFromCache', cached);
    cdp.off('Network.responseReceived', diskCache);
  }
}

/** A fresh context (empty cache) per round: the first visit is cold, the second, in the same context, warm. */
async function rounds(browser: Browser, url: string, count: number) {
  const cold: Visit[] = [];
  const warm: Visit[] = [];
  for (let i = 0; i < count; i++) {
    const context = await browser.newContext({ locale: 'da-DK' });
    try {
      await context.addInitScript({ content: PROBE });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      cold.push(await visit(page, cdp, url));
      warm.push(await visit(page, cdp, url));
    } finally {
      await context.close();
    }
  }
  const pick = (visits: Visit[]) => ({
    timelineMs: median(visits.map((v) => v.timelineMs)),
    fcpMs: median(visits.map((v) => v.fcpMs ?? Number.NaN)),
    loadEventMs: median(visits.map((v) => v.loadEventMs ?? Number.NaN)),
    bytes: median(visits.map((v) => v.bytes)),
    requests: median(visits.map((v) => v.requests)),
    fromCache: median(visits.map((v) => v.fromCache)),
  });
  return { cold: pick(cold), warm: pick(warm), visits: { cold, warm } };
}

/** Registers shipment `i` with its events through the private API and returns its signed page link. */
async function hostedShipment(server: Running, i: number): Promise<string> {
  const s = shipmentAt(i);
  const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${BENCH_API_KEY}` };
  const post = async (path: string, body: unknown) => {
    const response = await fetch(server.url + path, { method: 'POST', headers, body: JSON.stringify(body) });
    const json = (await response.json()) as Record<string, unknown>;
    if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${JSON.stringify(json)}`);
    return json;
  };
  const created = (await post('/api/v1/shipments', {
    trackingNumber: s.trackingNumber,
    carrier: s.carrier,
    reference: s.reference,
    ...(s.recipient && { recipient: JSON.parse(s.recipient) }),
  })) as { links: { page: string } };
  await post('/api/v1/events', {
    trackingNumber: s.trackingNumber,
    carrier: s.carrier,
    events: s.events.map((e) => ({
      ...(e.sourceId && { id: e.sourceId }),
      occurredAt: e.occurredAt,
      category: e.category,
      ...(e.code && { code: e.code }),
      description: e.description,
      ...(e.location && { location: JSON.parse(e.location) }),
    })),
  });
  return created.links.page;
}

/** The hosted page without its scripts and with a plain <div> for the element: the same text, nothing to run. */
function staticCopy(html: string): string {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*/g, '')
    .replace(/<smartsend-tracking\b[^>]*>/, '<div class="tracking">')
    .replace('</smartsend-tracking>', '</div>');
}

export async function hostedPage(ctx: BenchContext) {
  const server = await startServer(join(ctx.tmp, 'hosted.db'));
  let floor: Running | undefined;
  let browser: Browser | undefined;
  try {
    // A PostNord parcel with Internal/System events among its own (every third shipment has them).
    let i = 0;
    while (carrierOf(i) !== 'postnord' || i % 3 !== 0) i++;
    const page = await hostedShipment(server, i);
    const html = await (await fetch(page, { headers: { 'Accept-Language': 'da-DK,da;q=0.9' } })).text();
    const file = join(ctx.tmp, 'static.html');
    writeFileSync(file, staticCopy(html));
    floor = await startBaseline('static', file, {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'public, max-age=60',
    });
    browser = await launchBrowser();
    const count = ctx.quick ? 2 : 7;
    ctx.log(`  ${count} rounds each (cold, then warm in the same context): hosted page, static floor`);
    const ours = await rounds(browser, page, count);
    const base = await rounds(browser, `${floor.url}/static.html`, count);
    const section = `5. Hosted page /t/{token} in headless Chromium (lang da), median of ${count}; floor: the same text as static HTML from a bare node:http process`;
    const rows: Row[] = [];
    for (const cache of ['cold', 'warm'] as const) {
      const o = ours[cache];
      const b = base[cache];
      rows.push(
        {
          section,
          measure: `${cache} cache: timeline visible (widget's shadow timeline laid out)`,
          ours: fmt.ms(o.timelineMs),
          baseline: `static <ol> ${fmt.ms(b.timelineMs)}`,
          ratio: ratio(o.timelineMs, b.timelineMs),
          target: '',
          met: null,
        },
        {
          section,
          measure: `${cache} cache: first contentful paint (server-rendered text)`,
          ours: fmt.ms(o.fcpMs),
          baseline: `static ${fmt.ms(b.fcpMs)}`,
          ratio: ratio(o.fcpMs, b.fcpMs),
          target: '',
          met: null,
        },
        {
          section,
          measure: `${cache} cache: bytes transferred (requests, from cache)`,
          ours: `${fmt.bytes(o.bytes)} (${o.requests}, ${o.fromCache} cached)`,
          baseline: `static ${fmt.bytes(b.bytes)} (${b.requests}, ${b.fromCache} cached)`,
          ratio: ratio(o.bytes, b.bytes),
          target: '',
          met: null,
        },
      );
    }
    return {
      rows,
      details: {
        page: page.replace(/\/t\/.*/, '/t/<token>'),
        htmlBytes: Buffer.byteLength(html),
        staticBytes: Buffer.byteLength(staticCopy(html)),
        ours,
        floor: base,
        loadEventFired: Number.isFinite(ours.cold.loadEventMs),
      },
    };
  } finally {
    await browser?.close();
    await Promise.all([server.stop(), floor?.stop()]);
  }
}
