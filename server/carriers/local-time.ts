/**
 * Carrier times without an offset are local to the place of the event. They are resolved in that place's
 * time zone through Intl (the tz database) and written with the offset that applied there, never as UTC.
 */
import { formatAtOffset, parseOffsetDateTime } from '../time.js';

/**
 * Each country's zone. Where a country spans several, the zone most parcels pass through is named
 * (a carrier that ships there gives offsets or GMT fields in practice, e.g. UPS).
 */
const COUNTRY_ZONES: Record<string, string> = {
  DK: 'Europe/Copenhagen',
  SE: 'Europe/Stockholm',
  NO: 'Europe/Oslo',
  FI: 'Europe/Helsinki',
  IS: 'Atlantic/Reykjavik',
  FO: 'Atlantic/Faroe',
  GL: 'America/Nuuk',
  AX: 'Europe/Mariehamn',
  DE: 'Europe/Berlin',
  NL: 'Europe/Amsterdam',
  BE: 'Europe/Brussels',
  LU: 'Europe/Luxembourg',
  FR: 'Europe/Paris',
  ES: 'Europe/Madrid',
  PT: 'Europe/Lisbon',
  IT: 'Europe/Rome',
  AT: 'Europe/Vienna',
  CH: 'Europe/Zurich',
  LI: 'Europe/Vaduz',
  PL: 'Europe/Warsaw',
  CZ: 'Europe/Prague',
  SK: 'Europe/Bratislava',
  HU: 'Europe/Budapest',
  SI: 'Europe/Ljubljana',
  HR: 'Europe/Zagreb',
  RO: 'Europe/Bucharest',
  BG: 'Europe/Sofia',
  GR: 'Europe/Athens',
  EE: 'Europe/Tallinn',
  LV: 'Europe/Riga',
  LT: 'Europe/Vilnius',
  GB: 'Europe/London',
  IE: 'Europe/Dublin',
  UA: 'Europe/Kyiv',
  TR: 'Europe/Istanbul',
  CN: 'Asia/Shanghai',
  HK: 'Asia/Hong_Kong',
  JP: 'Asia/Tokyo',
  KR: 'Asia/Seoul',
  IN: 'Asia/Kolkata',
  SG: 'Asia/Singapore',
  AE: 'Asia/Dubai',
  US: 'America/Chicago',
  CA: 'America/Toronto',
  MX: 'America/Mexico_City',
  BR: 'America/Sao_Paulo',
  AU: 'Australia/Sydney',
  NZ: 'Pacific/Auckland',
};

export function zoneForCountry(country: string | undefined): string | undefined {
  return country ? COUNTRY_ZONES[country.toUpperCase()] : undefined;
}

/**
 * Where an activity has no GMT fields, its local `date`/`time` is read in the zone of its place. The US and
 * Canada span several zones, so their state or province picks one (the zone most of it keeps).
 */
const REGION_ZONES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries({
    'America/New_York':
      'US-CT US-DC US-DE US-FL US-GA US-IN US-KY US-MA US-MD US-ME US-MI US-NC US-NH US-NJ US-NY US-OH US-PA US-RI US-SC US-VA US-VT US-WV',
    'America/Chicago':
      'US-AL US-AR US-IA US-IL US-KS US-LA US-MN US-MO US-MS US-ND US-NE US-OK US-SD US-TN US-TX US-WI',
    'America/Denver': 'US-CO US-ID US-MT US-NM US-UT US-WY CA-AB CA-NT',
    'America/Phoenix': 'US-AZ',
    'America/Los_Angeles': 'US-CA US-NV US-OR US-WA CA-BC CA-YT',
    'America/Anchorage': 'US-AK',
    'Pacific/Honolulu': 'US-HI',
    'America/Puerto_Rico': 'US-PR',
    'America/Toronto': 'CA-ON CA-QC CA-NU',
    'America/Winnipeg': 'CA-MB',
    'America/Regina': 'CA-SK',
    'America/Halifax': 'CA-NB CA-NS CA-PE',
    'America/St_Johns': 'CA-NL',
  }).flatMap(([zone, regions]) => regions.split(' ').map((region) => [region, zone])),
);

/** The zone of a place: its state or province where the country spans several zones (UPS gives one), else its country. */
export function zoneForPlace(country: string | undefined, region?: string | null): string | undefined {
  const byRegion =
    country && region ? REGION_ZONES[`${country.toUpperCase()}-${region.trim().toUpperCase()}`] : undefined;
  return byRegion ?? zoneForCountry(country);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Minutes east of UTC in `timeZone` at the instant `epochMs`. */
export function zoneOffsetMinutes(timeZone: string, epochMs: number): number {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(new Date(epochMs)).map((x) => [x.type, x.value]));
  const local = Date.UTC(
    Number(p.year),
    Number(p.month) - 1,
    Number(p.day),
    Number(p.hour),
    Number(p.minute),
    Number(p.second),
  );
  return Math.round((local - (epochMs - (epochMs % 1000))) / 60_000);
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?$/;

/**
 * `2024-07-31T00:41:00` in `Europe/Copenhagen` → `2024-07-31T00:41:00+02:00`. At a fall-back transition the
 * local time exists twice and the first (summer-time) reading is taken; in a spring-forward gap the clock
 * reading is taken with the offset from before the gap, which lands just after it (02:30 → 03:30+02:00).
 */
export function localToOffset(local: string, timeZone: string): string | null {
  const m = LOCAL.exec(local.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s = '0', frac = '0'] = m as unknown as string[];
  const ms = Number(frac.slice(0, 3).padEnd(3, '0'));
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
  if (Number.isNaN(wall) || Number(mo) > 12 || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return null;
  // The offsets in force half a day either side cover any transition near this wall-clock time.
  const candidates = [
    ...new Set([zoneOffsetMinutes(timeZone, wall - 43_200_000), zoneOffsetMinutes(timeZone, wall + 43_200_000)]),
  ];
  const valid = candidates.filter((o) => zoneOffsetMinutes(timeZone, wall - o * 60_000) === o);
  const instant = wall - (valid.length ? Math.max(...valid) : candidates[0]!) * 60_000;
  // Written as the clocks there read at that instant: in a gap, just after it, with the new offset.
  const iso = formatAtOffset(instant, zoneOffsetMinutes(timeZone, instant));
  return parseOffsetDateTime(iso) ? iso : null;
}

/**
 * A carrier's time with its offset: kept when it has one (`+0200` and `+02:00` alike), else read in the zone
 * of the first country given that has one (the event's place, then the shipment's destination…).
 */
export function resolveCarrierTime(raw: string, countries: readonly (string | undefined)[]): string | null {
  const withOffset = parseOffsetDateTime(raw);
  if (withOffset) return withOffset.iso;
  for (const country of countries) {
    const zone = zoneForCountry(country);
    if (zone) return localToOffset(raw, zone);
  }
  return null;
}
