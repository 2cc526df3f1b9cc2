/** What the routes need from the outside world, handed to `createApp` so tests can choose it. */
import type { Brand } from './hosted/page.js';
import type { PublicViews } from './public-view.js';
import type { Store } from './store/types.js';

export interface AppConfig {
  /** Bearer keys accepted on the private routes. */
  apiKeys: readonly string[];
  /** Secrets for signed links; the first signs, all verify. */
  linkSecrets: readonly string[];
  /** Origin written into links, without a trailing slash. */
  publicBaseUrl: string;
  linkTtlSeconds: number;
  /** Requests a minute per client on public routes; 0 turns the limit off. */
  rateLimit: number;
  trustProxy: boolean;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
  /** The merchant brand on hosted pages. */
  brand: Brand;
  /** CSP `frame-ancestors` of hosted pages: who may frame them. */
  frameAncestors: string;
  /** The built widget (`vite build` output), served at /widget/. */
  widgetDir: string;
  /** Memory for serialized public views (0 turns the cache off). */
  viewCacheBytes?: number;
  /** `npm start` only: the demo folder, served at /demo/. */
  demoDir?: string;
}

export interface Deps {
  store: Store;
  /** Public tracking as JSON, cached per shipment version: what every public JSON route answers. */
  views: PublicViews;
  config: AppConfig;
  now: () => Date;
  /** Operator-facing log lines (unexpected errors, unmapped carrier codes). */
  log: (message: string, error?: unknown) => void;
}
