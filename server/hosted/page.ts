/**
 * The hosted tracking page, server-rendered: readable with JavaScript off (an email client's in-app browser),
 * taken over by <smartsend-tracking> when it runs. Every value is escaped by `html`; the inlined JSON is made
 * safe to sit inside a <script> element.
 */
import { createHash } from 'node:crypto';
import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { PublicEvent, PublicTracking } from '../projection.js';
import { offsetMinutesOf } from '../time.js';
import { PAGE_MESSAGES, type PageLocale } from './messages.js';
import { widgetText } from './widget-text.js';

export interface Brand {
  name: string;
  /** A CSS hex colour. */
  accent: string;
  /** An https: URL. */
  logoUrl?: string;
}

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** JSON that can sit inside <script>: no `</script>`, no HTML comment openers, no JS line separators. */
export function scriptJson(value: unknown): HtmlEscapedString {
  const json = JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return raw(json);
}

/** The page's stylesheet; constant per brand, so its hash goes into the CSP instead of 'unsafe-inline'. */
export function pageStyles(brand: Brand): { css: string; hash: string } {
  const css = `
:root{color-scheme:light dark;--accent:${brand.accent};font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;line-height:1.5}
body{margin:0;background:Canvas;color:CanvasText}
.brand{display:flex;align-items:center;gap:.75rem;padding:.875rem 1.25rem;border-block-end:3px solid var(--accent)}
.brand img{max-block-size:2rem;inline-size:auto}
.brand span{font-weight:700;font-size:1.125rem}
main{max-inline-size:40rem;margin:0 auto;padding:1.25rem 1rem 3rem}
h1{font-size:1.5rem;margin:.25rem 0 1rem}
a{color:LinkText}
smartsend-tracking{display:block;min-block-size:12rem}
.fallback .status{border-inline-start:4px solid var(--accent);padding:.5rem .875rem;margin:0 0 1rem}
.fallback .status strong{display:block;font-size:1.25rem}
.fallback ol{list-style:none;margin:0;padding:0}
.fallback li{padding:.5rem 0;border-block-start:1px solid color-mix(in srgb,CanvasText 15%,transparent)}
.fallback h2{font-size:1rem;margin:1.25rem 0 .25rem}
.fallback time{font-variant-numeric:tabular-nums;margin-inline-end:.5rem}
.fallback .place{display:block;opacity:.8;font-size:.875rem}
form{display:grid;gap:.75rem;max-inline-size:24rem}
label{display:grid;gap:.25rem;font-weight:600}
input{font:inherit;padding:.625rem .75rem;border:1px solid color-mix(in srgb,CanvasText 45%,transparent);border-radius:6px;background:Canvas;color:CanvasText}
button{font:inherit;font-weight:600;padding:.625rem 1rem;border:0;border-radius:6px;background:var(--accent);color:#fff;cursor:pointer;justify-self:start}
:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.error{color:#b91c1c;font-weight:600}
@media (prefers-color-scheme:dark){.error{color:#fca5a5}}
@media (forced-colors:active){button{border:1px solid ButtonText}}
`.trim();
  return { css, hash: `sha256-${createHash('sha256').update(css).digest('base64')}` };
}

function layout(opts: { locale: PageLocale; brand: Brand; title: string; head?: Html; body: Html }): Html {
  const { css } = pageStyles(opts.brand);
  return html`<!doctype html>
<html lang="${opts.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="no-referrer">
<meta name="color-scheme" content="light dark">
<title>${opts.title}</title>
<style>${raw(css)}</style>
${opts.head ?? ''}
</head>
<body>
<header class="brand">${opts.brand.logoUrl ? html`<img src="${opts.brand.logoUrl}" alt="">` : ''}<span>${opts.brand.name}</span></header>
<main>
${opts.body}
</main>
</body>
</html>`;
}

/** Date and time as the clocks read where the event happened: the server does not know the viewer's zone. */
function atEventOffset(iso: string): Date {
  return new Date(Date.parse(iso) + (offsetMinutesOf(iso) ?? 0) * 60_000);
}

const formats = new Map<string, Intl.DateTimeFormat>();
function format(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formats.set(key, f);
  }
  return f;
}

function placeOf(e: PublicEvent): string {
  const l = e.location;
  if (!l) return '';
  return [l.name, [l.postalCode, l.city].filter(Boolean).join(' '), l.country].filter(Boolean).join(', ');
}

function fallback(tracking: PublicTracking, locale: PageLocale): Html {
  const status = tracking.status;
  const pickup =
    status === 'AvailableForPickup' ? tracking.events.find((e) => e.category === 'AvailableForPickup') : undefined;
  const days: { key: string; label: string; events: PublicEvent[] }[] = [];
  for (const e of tracking.events) {
    const local = atEventOffset(e.occurredAt);
    const key = local.toISOString().slice(0, 10);
    const last = days.at(-1);
    if (last?.key === key) last.events.push(e);
    else days.push({ key, label: format(locale, { dateStyle: 'full' }).format(local), events: [e] });
  }
  // As the element says it: an Expired event last keeps the status, and tells that no more updates will come.
  const closed = tracking.events[0]?.category === 'Expired' && status !== 'Delivered';
  const sentence = closed
    ? widgetText.statusSentence(locale, 'Expired')
    : widgetText.statusSentence(locale, status, pickup?.location?.name);
  const url = tracking.carrier.trackingUrl;
  const carrierLink = /^https:\/\//i.test(url)
    ? html`<p><a href="${url}" target="_blank" rel="noopener noreferrer">${tracking.carrier.name}: ${tracking.trackingNumber}</a></p>`
    : html`<p>${tracking.carrier.name}: ${tracking.trackingNumber}</p>`;
  return html`<div class="fallback">
<p class="status" role="status"><strong>${widgetText.categoryLabel(locale, status)}</strong>${sentence}</p>
${carrierLink}
${days.map(
  (day) => html`<h2>${day.label}</h2>
<ol>${day.events.map(
    (e) =>
      html`<li><time datetime="${e.occurredAt}">${format(locale, { timeStyle: 'short' }).format(atEventOffset(e.occurredAt))}</time><strong>${widgetText.categoryLabel(locale, e.category)}</strong>${e.description ? html` – ${e.description}` : ''}${placeOf(e) ? html`<span class="place">${placeOf(e)}</span>` : ''}</li>`,
  )}</ol>`,
)}
</div>`;
}

/** schema.org/ParcelDelivery, for mail clients and tools that read structured data. */
function jsonLd(tracking: PublicTracking, pageUrl: string): Record<string, unknown> {
  const latest = tracking.events.find((e) => e.category === tracking.status);
  return {
    '@context': 'https://schema.org',
    '@type': 'ParcelDelivery',
    trackingNumber: tracking.trackingNumber,
    trackingUrl: tracking.carrier.trackingUrl,
    url: pageUrl,
    provider: { '@type': 'Organization', name: tracking.carrier.name },
    ...(tracking.status && {
      deliveryStatus: {
        '@type': 'DeliveryEvent',
        name: tracking.status,
        description: widgetText.statusSentence('en', tracking.status, latest?.location?.name),
        ...(latest && { startDate: latest.occurredAt }),
      },
    }),
  };
}

export interface TrackingPageOptions {
  tracking: PublicTracking;
  locale: PageLocale;
  brand: Brand;
  /** How the element finds the same tracking again when it refreshes. */
  source: { token: string } | { trackingNumber: string };
  pageUrl: string;
  apiBase: string;
  /** The widget's message chunk for this locale (`chunks/da-….js`), fetched with the entry instead of after it. */
  localeChunk?: string | undefined;
}

export function trackingPage(o: TrackingPageOptions): Html {
  const t = PAGE_MESSAGES[o.locale];
  const source =
    'token' in o.source ? html`token="${o.source.token}"` : html`tracking-number="${o.source.trackingNumber}"`;
  return layout({
    locale: o.locale,
    brand: o.brand,
    title: `${t.title} · ${o.tracking.trackingNumber}`,
    head: html`<script type="module" src="${o.apiBase}/widget/smartsend-tracking.js"></script>
${o.localeChunk ? html`<link rel="modulepreload" href="${o.apiBase}/widget/${o.localeChunk}">` : ''}
<script type="application/ld+json">${scriptJson(jsonLd(o.tracking, o.pageUrl))}</script>`,
    body: html`<h1>${t.title}</h1>
<smartsend-tracking ${source} lang="${o.locale}" api-base="${o.apiBase}">
<script type="application/json">${scriptJson(o.tracking)}</script>
${fallback(o.tracking, o.locale)}
</smartsend-tracking>
<p><a href="/track?lang=${o.locale}">${t.trackAnother}</a></p>`,
  });
}

function lookupForm(locale: PageLocale, value = '', error?: string): Html {
  const t = PAGE_MESSAGES[locale];
  return html`<form method="get" action="/track" novalidate>
<input type="hidden" name="lang" value="${locale}">
<label>${t.trackingNumber}<input name="n" value="${value}" required autocomplete="off" autocapitalize="characters" spellcheck="false" inputmode="text" maxlength="100"${error ? html` aria-invalid="true" aria-describedby="n-error"` : ''}></label>
${error ? html`<p id="n-error" class="error">${error}</p>` : ''}
<label>${t.postalCode}<input name="postalCode" autocomplete="postal-code" maxlength="20"></label>
<button type="submit">${t.submit}</button>
</form>`;
}

export function lookupPage(locale: PageLocale, brand: Brand, value?: string, error?: string): Html {
  const t = PAGE_MESSAGES[locale];
  return layout({
    locale,
    brand,
    title: t.title,
    body: html`<h1>${t.title}</h1>
<p>${t.lookupIntro}</p>
${lookupForm(locale, value, error)}`,
  });
}

export function notFoundPage(locale: PageLocale, brand: Brand, kind: 'number' | 'link'): Html {
  const t = PAGE_MESSAGES[locale];
  const [title, body] = kind === 'link' ? [t.badLinkTitle, t.badLinkBody] : [t.notFoundTitle, t.notFoundBody];
  return layout({
    locale,
    brand,
    title,
    body: html`<h1>${title}</h1>
<p>${body}</p>
${lookupForm(locale)}`,
  });
}

export function tooManyRequestsPage(locale: PageLocale, brand: Brand): Html {
  const t = PAGE_MESSAGES[locale];
  return layout({
    locale,
    brand,
    title: t.busyTitle,
    body: html`<h1>${t.busyTitle}</h1>
<p>${t.busyBody}</p>`,
  });
}
