/** The carriers this service knows, by code: each one's name, tracking page and payload adapter. */
import type { CarrierCode } from '../domain.js';
import { bring } from './bring.js';
import { dao } from './dao.js';
import { dhl } from './dhl.js';
import { gls } from './gls.js';
import { postnord } from './postnord.js';
import type { CarrierAdapter, CarrierInfo } from './types.js';
import { ups } from './ups.js';

const CARRIERS = { postnord, gls, bring, dao, dhl, ups } as Record<CarrierCode, CarrierAdapter>;

export function carrierInfo(code: CarrierCode): CarrierInfo {
  return CARRIERS[code];
}

export function carrierAdapter(code: CarrierCode): CarrierAdapter {
  return CARRIERS[code];
}
