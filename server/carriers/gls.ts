/** GLS: everything this service knows about GLS lives in this file. */
import type { CarrierInfo } from './types.js';

export const gls: CarrierInfo = {
  code: 'gls',
  name: 'GLS',
  trackingUrl: (n) => `https://gls-group.com/DK/da/find-pakke?match=${encodeURIComponent(n)}`,
};
