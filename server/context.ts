/** What the routes need from the outside world, handed to `createApp` so tests can choose it. */
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
}

export interface Deps {
  store: Store;
  config: AppConfig;
  now: () => Date;
}
