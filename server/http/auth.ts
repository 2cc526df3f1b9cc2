/** Bearer keys for the private routes, compared in constant time; several may be valid at once (rotation). */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { problem } from './problem.js';

const digest = (s: string) => createHash('sha256').update(s).digest();

export function bearerAuth(keys: readonly string[]): MiddlewareHandler {
  // Comparing digests gives equal lengths, so timingSafeEqual never short-cuts on a length mismatch.
  const expected = keys.map(digest);
  return async (c, next) => {
    const header = c.req.header('Authorization') ?? '';
    const match = /^Bearer[ ]+([\x21-\x7e]+)\s*$/i.exec(header);
    const given = digest(match?.[1] ?? '');
    let ok = false;
    for (const key of expected) ok = timingSafeEqual(key, given) || ok;
    if (!match || !ok) {
      return problem(
        c,
        401,
        match ? 'The API key is not valid.' : 'This route needs an API key: send "Authorization: Bearer <API_KEY>".',
        {},
        { 'WWW-Authenticate': 'Bearer realm="smartsend-tracking"' },
      );
    }
    await next();
  };
}
