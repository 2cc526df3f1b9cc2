/**
 * `npm start` only: the demo merchant's pages (/demo/order.html, /demo/ordre.html), the shipping email with a
 * real signed link (/demo/email.html), and a list of the demo shipments with their hosted links (/demo/).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Hono } from 'hono';
import { html } from 'hono/html';
import { carrierInfo } from '../carriers/registry.js';
import type { Deps } from '../context.js';
import { readDemoShipments } from '../demo.js';
import type { AppEnv } from '../http/validation.js';
import { shipmentLinks } from './links.js';

const STATIC_PAGES = new Set(['order.html', 'ordre.html']);

export function demoRoutes(deps: Deps, demoDir: string) {
  const demos = readDemoShipments(join(demoDir, 'shipments.json'));
  const app = new Hono<AppEnv>();

  app.get('/demo', (c) => c.redirect('/demo/', 301));

  app.get('/demo/', async (c) => {
    const rows = [];
    for (const d of demos) {
      const shipment = await deps.store.shipmentByTrackingNumber(d.trackingNumber);
      if (!shipment) continue;
      const hidden = shipment.events.filter((e) => e.category === 'Internal' || e.category === 'System').length;
      rows.push({ d, links: shipmentLinks(deps, shipment.id), hidden });
    }
    return c.html(html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Smart Send tracking – demo</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;line-height:1.5}table{border-collapse:collapse;width:100%}td,th{text-align:start;padding:.4rem .5rem;border-bottom:1px solid #ddd;vertical-align:top}code{font-size:.9em}</style>
</head><body>
<h1>Smart Send tracking – demo</h1>
<p>The two ways recipients meet the widget:</p>
<ul>
<li><a href="/demo/order.html">A merchant's order-status page</a> (English) and <a href="/demo/ordre.html">a Danish one</a>: one <code>&lt;script type="module"&gt;</code> and one <code>&lt;smartsend-tracking&gt;</code>.</li>
<li><a href="/demo/email.html">A shipping email</a> with a signed link to the hosted tracking page; and <a href="/track">the lookup form</a>.</li>
</ul>
<h2>Demo shipments</h2>
<table><thead><tr><th>Shipment</th><th>Carrier</th><th>Tracking number</th><th>Open</th></tr></thead><tbody>
${rows.map(
  ({
    d,
    links,
    hidden,
  }) => html`<tr><td>${d.title}${hidden ? html`<br><small>${hidden} Internal/System event(s) stored, never shown</small>` : ''}</td>
<td>${carrierInfo(d.carrier).name}</td><td><code>${d.trackingNumber}</code></td>
<td><a href="${links.page}">hosted page</a> · <a href="${links.page}?lang=da">dansk</a> · <a href="/track/${d.trackingNumber}">by number</a> · <a href="/api/v1/tracking/${d.trackingNumber}">JSON</a></td></tr>`,
)}
</tbody></table>
</body></html>`);
  });

  app.get('/demo/email.html', async (c) => {
    const first = demos[0];
    const shipment = first ? await deps.store.shipmentByTrackingNumber(first.trackingNumber) : undefined;
    if (!first || !shipment) return c.text('No demo shipments loaded.', 404);
    const fields: Record<string, string> = {
      trackingLink: shipmentLinks(deps, shipment.id).page,
      trackingNumber: shipment.trackingNumber,
      carrierName: carrierInfo(shipment.carrier).name,
    };
    const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
    const page = readFileSync(join(demoDir, 'email.html'), 'utf8').replace(/\{\{(\w+)\}\}/g, (m, key: string) =>
      key in fields ? escapeHtml(fields[key]!) : m,
    );
    return c.html(page);
  });

  app.get('/demo/:page', (c) => {
    const page = c.req.param('page');
    if (!STATIC_PAGES.has(page)) return c.notFound();
    return c.html(readFileSync(join(demoDir, page), 'utf8'));
  });

  return app;
}
