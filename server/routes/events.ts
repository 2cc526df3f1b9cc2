/** Private: events already in Smart Send's categories. */
import { createRoute } from '@hono/zod-openapi';
import type { Deps } from '../context.js';
import { router } from '../http/validation.js';
import { ingest } from '../ingest.js';
import { EventsPayload, IngestResult, ProblemContent, toDomainEvent } from '../schemas.js';

const postEvents = createRoute({
  method: 'post',
  path: '/api/v1/events',
  tags: ['Private'],
  summary: "Store events already in Smart Send's categories",
  description:
    'The batch is stored whole or not at all. The same event twice (same id, else same time, category and code) is stored once. ' +
    'A shipment that was never registered is registered on the way in.',
  security: [{ bearer: [] }],
  request: { body: { required: true, content: { 'application/json': { schema: EventsPayload } } } },
  responses: {
    200: { description: 'Stored durably', content: { 'application/json': { schema: IngestResult } } },
    400: { description: 'Invalid payload; nothing was stored', content: ProblemContent },
    401: { description: 'Missing or wrong API key', content: ProblemContent },
    413: { description: 'Body too large', content: ProblemContent },
    415: { description: 'Not JSON', content: ProblemContent },
  },
});

export function eventRoutes(deps: Deps) {
  return router().openapi(postEvents, async (c) => {
    const { carrier, trackingNumber, events } = c.req.valid('json');
    const outcome = await ingest(deps.store, [
      {
        carrier,
        trackingNumber,
        events: events.map(toDomainEvent),
      },
    ]);
    return c.json(outcome, 200);
  });
}
