/**
 * The per-client limit on public routes: a fixed one-minute window, answered with 429 and `Retry-After`.
 * One budget spans the JSON routes and the hosted pages (a shared store); the JSON routes answer with problem
 * JSON, the pages with a page. Behind several instances the store becomes hono-rate-limiter's RedisStore.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { MemoryStore, rateLimiter } from 'hono-rate-limiter';
import { clientKey } from './client.js';
import { problem } from './problem.js';

/** Each a list of middleware: empty when the limit is off, so a benchmark run pays nothing for it. */
export interface PublicRateLimits {
  api: MiddlewareHandler[];
  page: MiddlewareHandler[];
}

export function publicRateLimits(
  perMinute: number,
  trustProxy: boolean,
  pageAnswer: (c: Context) => Response | Promise<Response>,
): PublicRateLimits {
  if (perMinute <= 0) return { api: [], page: [] };
  const store = new MemoryStore();
  const limiter = (handler: (c: Context) => Response | Promise<Response>) =>
    rateLimiter({
      windowMs: 60_000,
      limit: perMinute,
      standardHeaders: 'draft-6',
      keyGenerator: (c) => clientKey(c, trustProxy),
      store,
      // The library has already set Retry-After on the context; the answers keep it.
      handler,
    });
  return {
    api: [
      limiter((c) =>
        problem(c, 429, `Too many requests: at most ${perMinute} a minute. Try again after Retry-After seconds.`),
      ),
    ],
    page: [limiter(pageAnswer)],
  };
}
