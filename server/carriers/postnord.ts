/** PostNord: everything this service knows about PostNord lives in this file. */
import type { CarrierInfo } from './types.js';

export const postnord: CarrierInfo = {
  code: 'postnord',
  name: 'PostNord',
  trackingUrl: (n) => `https://www.postnord.dk/varktojer/track-trace?shipmentId=${encodeURIComponent(n)}`,
};
