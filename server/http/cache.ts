/** Conditional GET for public JSON: a strong ETag from the body, `304` on `If-None-Match`, a short shared cache. */
import { createHash } from 'node:crypto';
import type { Context } from 'hono';

/** Short enough that a recipient sees a new scan within a minute, long enough for a CDN to absorb a mail-out. */
const PUBLIC_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=30';

export function etagOf(body: string): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

/** RFC 9110 §13.1.2: weak comparison, a list of tags, or `*`. */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** A body serialized (and hashed) ahead of time, answered 304 when the client has it already. */
export function cachedJson(c: Context, body: string | Uint8Array, etag: string): Response {
  const headers = { ETag: etag, 'Cache-Control': PUBLIC_CACHE_CONTROL };
  if (matchesIfNoneMatch(c.req.header('If-None-Match'), etag)) return c.body(null, 304, headers);
  return c.body(body as string, 200, { ...headers, 'Content-Type': 'application/json; charset=utf-8' });
}
