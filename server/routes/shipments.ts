/** Private: registering a shipment at booking, and the full internal view of one. */
import { createRoute } from '@hono/zod-openapi';
import type { Deps } from '../context.js';
import { HIDDEN_CATEGORIES, type Shipment } from '../domain.js';
import { problem } from '../http/problem.js';
import { router } from '../http/validation.js';
import { currentStatus, newestFirst } from '../projection.js';
import { ProblemContent, ShipmentCreated, ShipmentIdParam, ShipmentRegistration, ShipmentView } from '../schemas.js';
import { shipmentLinks } from './links.js';

const security = [{ bearer: [] }];

const register = createRoute({
  method: 'post',
  path: '/api/v1/shipments',
  tags: ['Private'],
  summary: 'Register a shipment at booking',
  security,
  request: { body: { required: true, content: { 'application/json': { schema: ShipmentRegistration } } } },
  responses: {
    201: { description: 'Registered', content: { 'application/json': { schema: ShipmentCreated } } },
    200: {
      description: 'Already registered for this carrier and number: the same shipment',
      content: { 'application/json': { schema: ShipmentCreated } },
    },
    400: { description: 'Invalid payload', content: ProblemContent },
    401: { description: 'Missing or wrong API key', content: ProblemContent },
    413: { description: 'Body too large', content: ProblemContent },
    415: { description: 'Not JSON', content: ProblemContent },
  },
});

const view = createRoute({
  method: 'get',
  path: '/api/v1/shipments/{id}',
  tags: ['Private'],
  summary: 'The full internal view of a shipment, every category included',
  security,
  request: { params: ShipmentIdParam },
  responses: {
    200: { description: 'The shipment', content: { 'application/json': { schema: ShipmentView } } },
    401: { description: 'Missing or wrong API key', content: ProblemContent },
    404: { description: 'No such shipment', content: ProblemContent },
  },
});

export function shipmentRoutes(deps: Deps) {
  return router()
    .openapi(register, async (c) => {
      const input = c.req.valid('json');
      const { shipment, created } = await deps.store.registerShipment(input);
      const body = {
        id: shipment.id,
        trackingNumber: shipment.trackingNumber,
        carrier: shipment.carrier,
        links: shipmentLinks(deps, shipment.id),
      };
      return created ? c.json(body, 201) : c.json(body, 200);
    })
    .openapi(view, async (c) => {
      const shipment = await deps.store.shipmentById(c.req.valid('param').id);
      if (!shipment) return problem(c, 404, 'No shipment has this id.');
      return c.json(internalView(deps, shipment), 200);
    });
}

function internalView(deps: Deps, s: Shipment) {
  return {
    id: s.id,
    trackingNumber: s.trackingNumber,
    carrier: s.carrier,
    reference: s.reference,
    recipient: s.recipient,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
    status: currentStatus(s.events.filter((e) => !HIDDEN_CATEGORIES.has(e.category))),
    links: shipmentLinks(deps, s.id),
    events: [...s.events].sort(newestFirst).map((e) => ({
      id: e.id,
      sourceId: e.sourceId,
      category: e.category,
      code: e.code,
      occurredAt: e.occurredAt,
      description: e.description,
      location: e.location,
      receivedAt: e.receivedAt,
    })),
  };
}
