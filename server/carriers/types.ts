/** What every carrier module provides, and what an adapter hands to ingest. */
import type { CarrierCode, EventInput } from '../domain.js';

export interface CarrierInfo {
  code: CarrierCode;
  /** The name a recipient knows the carrier by. */
  name: string;
  /** The carrier's own public tracking page for a number: always `https:`, the number URL-encoded. */
  trackingUrl(trackingNumber: string): string;
}

/** One parcel found in a carrier payload, its events already in Smart Send's categories. */
export interface ParsedShipment {
  trackingNumber: string;
  events: EventInput[];
}

export interface ParsedPayload {
  shipments: ParsedShipment[];
  /** Carrier codes the mapping table does not know; their events were stored as `Info`. */
  unmapped: string[];
}

export interface ParseContext {
  /** `?trackingNumber=`: names the shipment where the payload itself does not (DAO). */
  trackingNumber?: string;
}

export interface CarrierAdapter extends CarrierInfo {
  /** Reads the carrier's own tracking payload. Throws `PayloadShapeError` (400) or `CarrierReportedError` (422). */
  parse(payload: unknown, context: ParseContext): ParsedPayload;
}
