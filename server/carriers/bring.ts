/** Bring: everything this service knows about Bring lives in this file. */
import type { CarrierInfo } from './types.js';

export const bring: CarrierInfo = {
  code: 'bring',
  name: 'Bring',
  trackingUrl: (n) => `https://tracking.bring.com/tracking/${encodeURIComponent(n)}`,
};
