/** Public routes: no credentials, CORS `*`, cacheable, rate-limited. Every answer goes through the projection. */
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Deps } from '../context.js';
import { cachedJson } from '../http/cache.js';
import { problem } from '../http/problem.js';
import { router } from '../http/validation.js';
import { verifyLink } from '../links.js';
import { ProblemContent, PublicTracking, TokenParam, TrackingNumberParam } from '../schemas.js';

const byNumber = createRoute({
  method: 'get',
  path: '/api/v1/tracking/{trackingNumber}',
  tags: ['Public'],
  summary: 'Public tracking for a tracking number',
  request: { params: TrackingNumberParam },
  responses: {
    200: { description: 'Public-safe tracking', content: { 'application/json': { schema: PublicTracking } } },
    304: { description: 'Not modified (If-None-Match)' },
    400: { description: 'Not a tracking number', content: ProblemContent },
    404: { description: 'No shipment has this number', content: ProblemContent },
    429: { description: 'Rate limit reached', content: ProblemContent },
  },
});

const byLink = createRoute({
  method: 'get',
  path: '/api/v1/links/{token}',
  tags: ['Public'],
  summary: 'Public tracking for a signed link',
  request: { params: TokenParam },
  responses: {
    200: { description: 'Public-safe tracking', content: { 'application/json': { schema: PublicTracking } } },
    304: { description: 'Not modified (If-None-Match)' },
    404: { description: 'Unknown, tampered or expired link: one answer for all', content: ProblemContent },
    429: { description: 'Rate limit reached', content: ProblemContent },
  },
});

/** One answer for every miss, so a caller cannot tell a forged token from an expired one or an unknown number. */
export function trackingNotFound(c: Context): Response {
  return problem(c, 404, 'No shipment was found for this tracking number or link.');
}

export function publicRoutes({ views, config, now }: Deps) {
  return router()
    .openapi(byNumber, async (c) => {
      const view = await views.byTrackingNumber(c.req.valid('param').trackingNumber);
      return view ? cachedJson(c, view.body, view.etag) : trackingNotFound(c);
    })
    .openapi(byLink, async (c) => {
      // A bad token still costs a lookup, so timing cannot tell it from a good token for no shipment.
      const id = verifyLink(c.req.valid('param').token, config.linkSecrets, now());
      const view = await views.byId(id ?? '');
      return view ? cachedJson(c, view.body, view.etag) : trackingNotFound(c);
    });
}
