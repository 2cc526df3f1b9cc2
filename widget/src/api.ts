/** Talks to the public tracking API: builds the URL, makes a conditional GET, and turns every answer into a result. */
import type { PublicTracking, TrackingProblem } from './types.js';

export type FetchResult =
  | { kind: 'tracking'; tracking: PublicTracking; etag: string | null; maxAge: number }
  | { kind: 'not-modified'; maxAge: number }
  | { kind: 'problem'; problem: TrackingProblem; retryAfter: number };

/** The API route for a signed link token (preferred) or a tracking number; undefined without either. */
export function endpoint(apiBase: string, token?: string, trackingNumber?: string): string | undefined {
  const [route, ref] = token?.trim() ? ['links', token] : ['tracking', trackingNumber];
  if (!ref?.trim()) return undefined;
  try {
    const base = new URL(apiBase.replace(/\/?$/, '/'), location.href);
    return new URL(`api/v1/${route}/${encodeURIComponent(ref.trim())}`, base).href;
  } catch {
    return undefined;
  }
}

/**
 * One GET. Same-origin requests carry `If-None-Match` themselves and may get a 304. Cross-origin ones leave
 * revalidation to the browser's HTTP cache (`no-cache`), because a custom header would cost a CORS preflight;
 * an unchanged ETag then counts as not modified. Never throws, except when `signal` aborts.
 */
export async function fetchTracking(url: string, etag: string | null, signal: AbortSignal): Promise<FetchResult> {
  const sameOrigin = new URL(url).origin === location.origin;
  let response: Response;
  try {
    response = await fetch(
      url,
      sameOrigin && etag ? { signal, headers: { 'If-None-Match': etag } } : { signal, cache: 'no-cache' },
    );
  } catch (error) {
    if (signal.aborted) throw error;
    return {
      kind: 'problem',
      problem: { type: 'urn:smartsend-tracking:problem:network', title: 'Network error', detail: String(error) },
      retryAfter: 0,
    };
  }
  const header = (name: string) => response.headers.get(name);
  const maxAge = Number(/max-age=(\d+)/i.exec(header('Cache-Control') ?? '')?.[1] ?? 0);
  const body = response.status === 304 ? null : await response.json().catch(() => null);
  const tracking = response.ok ? parseTracking(body) : undefined;
  if (response.status === 304 || (tracking && !sameOrigin && etag && header('ETag') === etag)) {
    return { kind: 'not-modified', maxAge };
  }
  if (tracking) return { kind: 'tracking', tracking, etag: header('ETag'), maxAge };
  // The API's own problem where it sent one; else one made from the status (a 200 that is not tracking, a proxy's 502).
  const problem: TrackingProblem = {
    type: 'about:blank',
    title: response.ok ? 'Invalid response' : response.statusText || `HTTP ${response.status}`,
    status: response.status,
    ...(!response.ok && typeof body === 'object' && body),
  };
  const retryAfter = header('Retry-After') ?? '';
  return {
    kind: 'problem',
    problem,
    retryAfter: /^\d+$/.test(retryAfter) ? +retryAfter : Math.max(0, (Date.parse(retryAfter) - Date.now()) / 1000) || 0,
  };
}

/**
 * Accepts JSON in the `PublicTracking` shape (from the API, a property or the page) and drops events it could not
 * place in time. Everything is rendered as text, so a field of the wrong type shows oddly but never breaks out.
 */
export function parseTracking(value: unknown): PublicTracking | undefined {
  const v = value as PublicTracking | null;
  if (typeof v?.trackingNumber !== 'string' || typeof v.carrier !== 'object' || !Array.isArray(v.events)) {
    return undefined;
  }
  return {
    ...v,
    carrier: { ...v.carrier },
    status: v.status ?? null,
    events: v.events.filter((e) => typeof e?.id === 'string' && !Number.isNaN(Date.parse(e.occurredAt))),
  };
}
