/** What every carrier module provides. */
import type { CarrierCode } from '../domain.js';

export interface CarrierInfo {
  code: CarrierCode;
  /** The name a recipient knows the carrier by. */
  name: string;
  /** The carrier's own public tracking page for a number: always `https:`, the number URL-encoded. */
  trackingUrl(trackingNumber: string): string;
}
