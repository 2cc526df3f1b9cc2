/** The Hono app, built apart from the Node entry so tests can call `app.request()` without a port. */
import { HTTPException } from 'hono/http-exception';
import type { AppConfig, Deps } from './context.js';
import { notFoundPage, tooManyRequestsPage } from './hosted/page.js';
import { bearerAuth } from './http/auth.js';
import { publicCors } from './http/cors.js';
import { jsonBody } from './http/json-body.js';
import { problem } from './http/problem.js';
import { publicRateLimits } from './http/rate-limit.js';
import { type AppEnv, router } from './http/validation.js';
import { PublicViews } from './public-view.js';
import { loadAssets, sendAsset, widgetCacheControl } from './routes/assets.js';
import { carrierRoutes } from './routes/carriers.js';
import { demoRoutes } from './routes/demo.js';
import { eventRoutes } from './routes/events.js';
import { hostedRoutes, pageLocale } from './routes/hosted.js';
import { publicRoutes } from './routes/public.js';
import { shipmentRoutes } from './routes/shipments.js';
import type { Store } from './store/types.js';

export interface AppOptions {
  store: Store;
  config: AppConfig;
  /** The clock links are signed and checked against; tests move it. */
  now?: () => Date;
  /** Where unexpected errors are reported; defaults to stderr. */
  log?: (message: string, error?: unknown) => void;
}

const PUBLIC_API_PATHS = ['/api/v1/tracking/*', '/api/v1/links/*'];
const PRIVATE_PATHS = [
  '/api/v1/shipments',
  '/api/v1/shipments/*',
  '/api/v1/events',
  '/api/v1/carriers/*',
  '/api/v1/openapi.json',
];
const JSON_POST_PATHS = ['/api/v1/shipments', '/api/v1/events', '/api/v1/carriers/:carrier/events'];

export function createApp({ store, config, now = () => new Date(), log = defaultLog }: AppOptions) {
  const deps: Deps = { store, views: new PublicViews(store, config.viewCacheBytes), config, now, log };
  const app = router();

  app.onError((error, c) => {
    if (error instanceof HTTPException && error.status < 500) return problem(c, error.status as 400, error.message);
    // The client hung up, or framed its body so that Node gave up on it: its fault, not ours, and not worth a log line.
    if ((c.env as AppEnv['Bindings'] | undefined)?.incoming?.destroyed) {
      return problem(c, 400, 'The request body was cut off or badly framed.');
    }
    log(`${c.req.method} ${c.req.path} failed`, error);
    return problem(c, 500, 'Something went wrong on our side. It has been logged; please try again.');
  });
  app.notFound((c) => {
    // A person who followed a broken link gets a page; a program gets problem JSON.
    if (!c.req.path.startsWith('/api/') && /text\/html/.test(c.req.header('Accept') ?? '')) {
      return c.html(notFoundPage(pageLocale(c), config.brand, 'number'), 404);
    }
    return problem(c, 404, `There is no ${c.req.method} ${c.req.path}.`);
  });

  const rateLimits = publicRateLimits(config.rateLimit, config.trustProxy, (c) =>
    c.html(tooManyRequestsPage(pageLocale(c), config.brand), 429),
  );
  for (const path of PUBLIC_API_PATHS) app.use(path, publicCors, ...rateLimits.api);

  const auth = bearerAuth(config.apiKeys);
  for (const path of PRIVATE_PATHS) app.use(path, auth);
  const [limitBody, parseBody] = jsonBody(config.maxBodyBytes);
  app.on('POST', JSON_POST_PATHS, limitBody, parseBody);

  app.get('/healthz', async (c) => {
    try {
      await store.ping();
      return c.json({ status: 'ok' }, 200, { 'Cache-Control': 'no-store' });
    } catch (error) {
      log('health check: the database does not answer', error);
      return problem(c, 503, 'The database does not answer.');
    }
  });

  const widget = loadAssets(config.widgetDir, widgetCacheControl);
  app.get('/widget/*', (c) => {
    const asset = widget.get(c.req.path.slice('/widget/'.length));
    if (!asset) return problem(c, 404, 'No such widget file. Was the widget built (npm run build)?');
    return sendAsset(c, asset, { 'Access-Control-Allow-Origin': '*', 'Cross-Origin-Resource-Policy': 'cross-origin' });
  });

  // The message chunk of each locale, found once: `chunks/da-<hash>.js` → da.
  const chunks = new Map(
    [...widget.keys()].flatMap((path) => {
      const locale = /^chunks\/([a-z]{2,3})-[\w-]+\.js$/.exec(path)?.[1];
      return locale ? [[locale, path] as const] : [];
    }),
  );
  const localeChunk = (locale: string) => chunks.get(locale);
  app.route('/', hostedRoutes(deps, rateLimits.page, localeChunk));
  if (config.demoDir) app.route('/', demoRoutes(deps, config.demoDir));
  app.route('/', publicRoutes(deps));
  app.route('/', shipmentRoutes(deps));
  app.route('/', eventRoutes(deps));
  app.route('/', carrierRoutes(deps));

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'One of the keys in API_KEY.',
  });
  app.doc31('/api/v1/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Smart Send tracking',
      version: '1.0.0',
      description: "Public-safe shipment tracking across carriers, in Smart Send's 14 categories.",
    },
    servers: [{ url: config.publicBaseUrl }],
  });
  return app;
}

export type { AppEnv };

function defaultLog(message: string, error?: unknown): void {
  console.error(`[smartsend-tracking] ${message}`, error ?? '');
}
