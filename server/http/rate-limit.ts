/** The per-client limit on public routes: a fixed one-minute window, answered with 429 and `Retry-After`. */
import type { MiddlewareHandler } from 'hono';
import { rateLimiter } from 'hono-rate-limiter';
import { clientKey } from './client.js';
import { problem } from './problem.js';

export function publicRateLimit(perMinute: number, trustProxy: boolean): MiddlewareHandler {
  if (perMinute <= 0) return async (_c, next) => next();
  return rateLimiter({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-6',
    keyGenerator: (c) => clientKey(c, trustProxy),
    // The library has already set Retry-After on the context; problem() keeps it.
    handler: (c) =>
      problem(c, 429, `Too many requests: at most ${perMinute} a minute. Try again after Retry-After seconds.`),
  });
}
