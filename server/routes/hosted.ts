/**
 * The hosted tracking page (`/t/{token}` from an email, `/track/{number}`) and the lookup form (`/track`).
 * Server-rendered, localized from `?lang=` or Accept-Language, strict CSP, no cookies, no third parties.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import type { Deps } from '../context.js';
import { normalizeTrackingNumber, type Shipment, TRACKING_NUMBER_PATTERN } from '../domain.js';
import { negotiateLocale, PAGE_MESSAGES, type PageLocale } from '../hosted/messages.js';
import { lookupPage, notFoundPage, pageStyles, trackingPage } from '../hosted/page.js';
import type { AppEnv } from '../http/validation.js';
import { verifyLink } from '../links.js';
import { toPublicTracking } from '../projection.js';

export function pageLocale(c: Context): PageLocale {
  return negotiateLocale(c.req.query('lang'), c.req.header('Accept-Language'));
}

/** The headers every hosted page carries. */
function pageHeaders(deps: Deps): MiddlewareHandler {
  const { brand, frameAncestors, publicBaseUrl } = deps.config;
  const origin = new URL(publicBaseUrl).origin;
  const csp = [
    "default-src 'none'",
    `script-src 'self' ${origin}`,
    `style-src '${pageStyles(brand).hash}'`,
    `img-src 'self' ${brand.logoUrl ? new URL(brand.logoUrl).origin : ''}`.trim(),
    `connect-src 'self' ${origin}`,
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
  return async (c, next) => {
    await next();
    const h = c.res.headers;
    if (!h.get('Content-Type')?.startsWith('text/html')) return;
    h.set('Content-Security-Policy', csp);
    // The token is in the URL: it must not leave in a Referer header.
    h.set('Referrer-Policy', 'no-referrer');
    h.set('X-Content-Type-Options', 'nosniff');
    h.set('X-Robots-Tag', 'noindex, nofollow');
    h.set('Vary', 'Accept-Language');
    if (!h.has('Cache-Control')) h.set('Cache-Control', 'no-store');
  };
}

/** Where the widget build put a locale's messages, if it did. */
export type LocaleChunks = (locale: PageLocale) => string | undefined;

export function hostedRoutes(deps: Deps, rateLimit: MiddlewareHandler[], localeChunk: LocaleChunks = () => undefined) {
  const { store, config, now } = deps;
  const { brand, publicBaseUrl } = config;

  const showTracking = (
    c: Context,
    shipment: Shipment,
    locale: PageLocale,
    source: { token: string } | { trackingNumber: string },
  ) =>
    c.html(
      trackingPage({
        tracking: toPublicTracking(shipment),
        locale,
        brand,
        source,
        pageUrl: `${publicBaseUrl}${c.req.path}`,
        apiBase: publicBaseUrl,
        localeChunk: localeChunk(locale),
      }),
      200,
      // Public-safe data only, like the JSON routes: a CDN may keep it as briefly.
      { 'Cache-Control': 'public, max-age=60' },
    );

  const app = new Hono<AppEnv>();
  // '/track/*' also matches '/track' itself: one registration, so each request counts once.
  // Pages are compressed (a tracking page is ~7 kB of HTML, ~2 kB gzipped); the JSON API is small and hot, and
  // stays on the server's fast path.
  const page = [pageHeaders(deps), ...rateLimit, compress()];
  app.use('/t/*', ...page);
  app.use('/track/*', ...page);

  app.get('/t/:token', async (c) => {
    const locale = pageLocale(c);
    const token = c.req.param('token');
    // A bad token still costs a lookup, so timing cannot tell it from a good token for no shipment.
    const id = verifyLink(token, config.linkSecrets, now());
    const shipment = await store.shipmentById(id ?? '');
    if (!shipment) return c.html(notFoundPage(locale, brand, 'link'), 404);
    return showTracking(c, shipment, locale, { token });
  });

  app.get('/track', (c) => {
    const locale = pageLocale(c);
    const raw = c.req.query('n');
    if (raw === undefined || raw.trim() === '') return c.html(lookupPage(locale, brand), 200);
    const number = normalizeTrackingNumber(raw);
    if (raw.length > 100 || !TRACKING_NUMBER_PATTERN.test(number)) {
      return c.html(lookupPage(locale, brand, raw.slice(0, 100), PAGE_MESSAGES[locale].invalidNumber), 400);
    }
    const params = new URLSearchParams({ lang: locale });
    const postalCode = c.req.query('postalCode')?.trim();
    if (postalCode) params.set('postalCode', postalCode.slice(0, 20));
    return c.redirect(`/track/${encodeURIComponent(number)}?${params}`, 303);
  });

  app.get('/track/:trackingNumber', async (c) => {
    const locale = pageLocale(c);
    const number = normalizeTrackingNumber(c.req.param('trackingNumber'));
    const shipment = TRACKING_NUMBER_PATTERN.test(number) ? await store.shipmentByTrackingNumber(number) : undefined;
    if (!shipment || !postalCodeMatches(shipment, c.req.query('postalCode'))) {
      return c.html(notFoundPage(locale, brand, 'number'), 404);
    }
    return showTracking(c, shipment, locale, { trackingNumber: number });
  });

  return app;
}

/** A postal code given with a lookup must be the recipient's, when the merchant told us theirs. */
function postalCodeMatches(shipment: Shipment, given: string | undefined): boolean {
  const expected = shipment.recipient?.postalCode;
  if (!given?.trim() || !expected) return true;
  const clean = (s: string) => s.replace(/[\s-]+/g, '').toUpperCase();
  return clean(given) === clean(expected);
}
