/** The carriers this service knows, by code. */
import type { CarrierCode } from '../domain.js';
import { bring } from './bring.js';
import { dao } from './dao.js';
import { dhl } from './dhl.js';
import { gls } from './gls.js';
import { postnord } from './postnord.js';
import type { CarrierInfo } from './types.js';
import { ups } from './ups.js';

const CARRIERS: Record<CarrierCode, CarrierInfo> = { postnord, gls, bring, dao, dhl, ups };

export function carrierInfo(code: CarrierCode): CarrierInfo {
  return CARRIERS[code];
}
