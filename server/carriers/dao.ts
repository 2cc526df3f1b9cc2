/** DAO: everything this service knows about DAO lives in this file. */
import type { CarrierInfo } from './types.js';

export const dao: CarrierInfo = {
  code: 'dao',
  name: 'DAO',
  trackingUrl: (n) => `https://www.dao.as/privat/find-din-pakke?stregkode=${encodeURIComponent(n)}`,
};
