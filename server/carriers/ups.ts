/** UPS: everything this service knows about UPS lives in this file. */
import type { CarrierInfo } from './types.js';

export const ups: CarrierInfo = {
  code: 'ups',
  name: 'UPS',
  trackingUrl: (n) => `https://www.ups.com/track?loc=da_DK&tracknum=${encodeURIComponent(n)}`,
};
