/** Dates, times, places and durations through `Intl`, in the viewer's time zone and the element's locale. */
import type { PublicEvent, PublicLocation } from './types.js';

const cache = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.DisplayNames>();
function cached<T extends Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.DisplayNames>(
  key: string,
  make: () => T,
): T {
  let format = cache.get(key) as T | undefined;
  if (!format) {
    format = make();
    cache.set(key, format);
  }
  return format;
}

const dateTime = (locale: string, options: Intl.DateTimeFormatOptions) =>
  cached(`d ${locale} ${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));

/** `YYYY-MM-DD` of an instant in the viewer's time zone: the key events are grouped by, and a valid `datetime`. */
export function dayKey(date: Date): string {
  // Swedish writes dates the ISO 8601 way.
  return dateTime('sv', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

export interface Day {
  key: string;
  /** An instant on that day, for formatting it. */
  date: Date;
  events: PublicEvent[];
}

/** Consecutive events on the same local day, in the order given (newest first). */
export function groupByDay(events: readonly PublicEvent[]): Day[] {
  const days: Day[] = [];
  for (const event of events) {
    const date = new Date(event.occurredAt);
    const key = dayKey(date);
    const last = days.at(-1);
    if (last?.key === key) last.events.push(event);
    else days.push({ key, date, events: [event] });
  }
  return days;
}

/** "Sunday 25 October", with the year when it is not this year's. */
export function formatDay(date: Date, locale: string, now = Date.now()): string {
  const thisYear = new Date(now).getFullYear() === date.getFullYear();
  return dateTime(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: thisYear ? undefined : 'numeric',
  }).format(date);
}

export function formatTime(date: Date, locale: string): string {
  return dateTime(locale, { timeStyle: 'short' }).format(date);
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.34524],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/** "2 hours ago", "yesterday", "now": the largest unit that fits. The future reads as now (clocks drift). */
export function formatRelative(date: Date, locale: string, now = Date.now()): string {
  const rtf = cached(`r ${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  let amount = Math.min(0, (date.getTime() - now) / 1000);
  if (amount > -45) return rtf.format(0, 'second');
  for (const [unit, size] of UNITS) {
    if (Math.abs(amount) < size) return rtf.format(Math.round(amount), unit);
    amount /= size;
  }
  return rtf.format(Math.round(amount), 'year');
}

/** "Netto Nørrebrogade, 2200 København N, Danmark": whatever of the place is known. */
export function formatLocation(location: PublicLocation | undefined, locale: string): string {
  if (!location) return '';
  const { name, city, postalCode, country } = location;
  const town = [postalCode, city].filter(Boolean).join(' ');
  return [name, town, country && regionName(country, locale)].filter(Boolean).join(', ');
}

function regionName(code: string, locale: string): string {
  try {
    const names = cached(`n ${locale}`, () => new Intl.DisplayNames(locale, { type: 'region' }));
    return names.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
