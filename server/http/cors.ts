/**
 * CORS for the public JSON routes: any origin, never credentials. Hand-written rather than hono/cors, which
 * writes its headers onto `c.res` before the handler runs and so forces every response off
 * @hono/node-server's fast path into a full web Response with a stream (a third of the time of a read).
 */
import type { MiddlewareHandler } from 'hono';

const EXPOSED = 'ETag, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset';

export const publicCors: MiddlewareHandler = async (c, next) => {
  if (c.req.method === 'OPTIONS') {
    const requested = c.req.header('Access-Control-Request-Headers');
    return c.body(null, 204, {
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
      // Only a request's own header names are echoed: with no credentials allowed, they grant nothing.
      ...(requested && /^[\w\s,-]{1,500}$/.test(requested) && { 'Access-Control-Allow-Headers': requested }),
      'Access-Control-Max-Age': '86400',
      Vary: 'Access-Control-Request-Headers',
    });
  }
  // c.header() before the handler prepares headers without creating a response.
  c.header('Access-Control-Allow-Origin', '*');
  c.header('Access-Control-Expose-Headers', EXPOSED);
  await next();
};
