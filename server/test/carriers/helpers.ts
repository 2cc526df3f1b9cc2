/** Feeding carrier payloads through the real route and reading the public answer back. */
import type { CarrierCode } from '../../domain.js';
import { json, type TestServer, testServer } from '../helpers.js';

export interface Fed {
  server: TestServer;
  response: Response;
  /** The route's JSON answer. */
  body: { accepted: number; duplicates: number; unmapped: string[] } & Record<string, unknown>;
}

export async function feed(carrier: CarrierCode, payload: unknown, query = '', server?: TestServer): Promise<Fed> {
  const s = server ?? (await testServer());
  const response = await s.post(`/api/v1/carriers/${carrier}/events${query}`, payload);
  const body = await json(response.clone());
  return { server: s, response, body };
}

/** The public tracking for a number, as the widget would get it. */
export async function publicTracking(server: TestServer, trackingNumber: string) {
  const res = await server.app.request(`/api/v1/tracking/${encodeURIComponent(trackingNumber)}`);
  if (res.status !== 200) throw new Error(`tracking ${trackingNumber}: ${res.status} ${await res.text()}`);
  return json<{
    status: string | null;
    carrier: { code: string; name: string; trackingUrl: string };
    events: { category: string; occurredAt: string; description?: string; location?: Record<string, string> }[];
  }>(res);
}
