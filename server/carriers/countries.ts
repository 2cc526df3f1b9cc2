/** Country codes as carriers write them (alpha-2, alpha-3, sometimes names), as ISO 3166-1 alpha-2. */

const ALPHA3: Record<string, string> = {
  DNK: 'DK',
  SWE: 'SE',
  NOR: 'NO',
  FIN: 'FI',
  ISL: 'IS',
  FRO: 'FO',
  GRL: 'GL',
  ALA: 'AX',
  DEU: 'DE',
  NLD: 'NL',
  BEL: 'BE',
  LUX: 'LU',
  FRA: 'FR',
  ESP: 'ES',
  PRT: 'PT',
  ITA: 'IT',
  AUT: 'AT',
  CHE: 'CH',
  LIE: 'LI',
  POL: 'PL',
  CZE: 'CZ',
  SVK: 'SK',
  HUN: 'HU',
  SVN: 'SI',
  HRV: 'HR',
  ROU: 'RO',
  BGR: 'BG',
  GRC: 'GR',
  EST: 'EE',
  LVA: 'LV',
  LTU: 'LT',
  GBR: 'GB',
  IRL: 'IE',
  UKR: 'UA',
  TUR: 'TR',
  CHN: 'CN',
  HKG: 'HK',
  JPN: 'JP',
  KOR: 'KR',
  IND: 'IN',
  SGP: 'SG',
  ARE: 'AE',
  USA: 'US',
  CAN: 'CA',
  MEX: 'MX',
  BRA: 'BR',
  AUS: 'AU',
  NZL: 'NZ',
};

/** `SWE` → `SE`, `se` → `SE`; anything else → undefined. */
export function toAlpha2(code: string | undefined | null): string | undefined {
  if (!code) return undefined;
  const c = code.trim().toUpperCase();
  if (/^[A-Z]{2}$/.test(c)) return c;
  return ALPHA3[c];
}
