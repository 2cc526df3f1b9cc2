/** DHL: everything this service knows about DHL lives in this file. */
import type { CarrierInfo } from './types.js';

export const dhl: CarrierInfo = {
  code: 'dhl',
  name: 'DHL',
  trackingUrl: (n) =>
    `https://www.dhl.com/dk-en/home/tracking/tracking-parcel.html?submit=1&tracking-id=${encodeURIComponent(n)}`,
};
