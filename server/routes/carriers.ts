/** Private: a carrier's own tracking payload, mapped to Smart Send's categories on the way in. */
import { createRoute, z } from '@hono/zod-openapi';
import { CarrierReportedError, PayloadShapeError } from '../carriers/adapter-kit.js';
import { carrierAdapter } from '../carriers/registry.js';
import type { Deps } from '../context.js';
import type { CarrierCode } from '../domain.js';
import { PROBLEM_TYPES, problem } from '../http/problem.js';
import { router, validationProblem } from '../http/validation.js';
import { ingest } from '../ingest.js';
import { AdapterShipments, Carrier, ProblemContent, TrackingNumber } from '../schemas.js';

const CarrierPayload = z.looseObject({}).openapi('CarrierPayload', {
  description:
    "The carrier's tracking API response as it delivers it: PostNord findByIdentifier (v5/v7), GLS Track And Trace V1, " +
    'Bring Tracking API or Event Cast webhook, DAO TrackNTrace, DHL Shipment Tracking Unified, UPS Track API.',
});

const CarrierIngestResult = z
  .object({
    accepted: z.number().int(),
    duplicates: z.number().int(),
    unmapped: z.array(z.string()).openapi({ description: 'Carrier codes with no mapping yet; stored as Info.' }),
  })
  .openapi('CarrierIngestResult');

const postCarrierEvents = createRoute({
  method: 'post',
  path: '/api/v1/carriers/{carrier}/events',
  tags: ['Private'],
  summary: "Store a carrier's own tracking payload",
  description:
    'Each parcel in the payload becomes its own shipment; each carrier code is mapped to a category. ' +
    'A payload in which the carrier reports an error is answered 422 and nothing is stored.',
  security: [{ bearer: [] }],
  request: {
    params: z.object({ carrier: Carrier.openapi({ param: { name: 'carrier', in: 'path' } }) }),
    query: z.object({
      trackingNumber: TrackingNumber.optional().openapi({
        param: { name: 'trackingNumber', in: 'query' },
        description: 'Names the shipment where the payload does not carry the number (DAO).',
      }),
    }),
    body: { required: true, content: { 'application/json': { schema: CarrierPayload } } },
  },
  responses: {
    200: { description: 'Stored durably', content: { 'application/json': { schema: CarrierIngestResult } } },
    400: { description: "Not this carrier's payload; nothing was stored", content: ProblemContent },
    401: { description: 'Missing or wrong API key', content: ProblemContent },
    413: { description: 'Body too large', content: ProblemContent },
    415: { description: 'Not JSON', content: ProblemContent },
    422: { description: 'The carrier reports an error in the payload; nothing was stored', content: ProblemContent },
  },
});

export function carrierRoutes(deps: Deps) {
  const reported = new Set<string>();
  const reportUnmapped = (carrier: CarrierCode, codes: readonly string[]) => {
    for (const code of codes) {
      const key = `${carrier}\u0000${code}`;
      if (reported.has(key) || reported.size > 10_000) continue;
      reported.add(key);
      deps.log(
        `unmapped ${carrier} code ${JSON.stringify(code)}: stored as Info; add it to server/carriers/${carrier}.ts`,
      );
    }
  };

  return router().openapi(postCarrierEvents, async (c) => {
    const { carrier } = c.req.valid('param');
    const { trackingNumber } = c.req.valid('query');
    const adapter = carrierAdapter(carrier);
    let parsed: ReturnType<typeof adapter.parse>;
    try {
      parsed = adapter.parse(c.req.valid('json'), trackingNumber ? { trackingNumber } : {});
    } catch (error) {
      if (error instanceof CarrierReportedError) {
        return problem(c, 422, `${adapter.name} reports: ${error.message}`, {
          type: PROBLEM_TYPES.carrierError,
          title: 'The carrier reports an error',
        });
      }
      if (error instanceof PayloadShapeError) {
        return problem(c, 400, error.message, {
          type: PROBLEM_TYPES.validation,
          title: 'Invalid request',
          errors: error.issues,
        });
      }
      throw error;
    }
    // What an adapter makes of carrier data meets the same rules as events sent to /api/v1/events.
    const checked = AdapterShipments.safeParse(parsed.shipments);
    if (!checked.success) return validationProblem(c, checked.error, 'body');
    const outcome = await ingest(
      deps.store,
      checked.data.map((s) => ({ carrier, ...s })),
    );
    reportUnmapped(carrier, parsed.unmapped);
    return c.json({ ...outcome, unmapped: parsed.unmapped }, 200);
  });
}
