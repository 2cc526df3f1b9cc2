/** Parsing timestamps that must carry the offset at which they happened. */

const OFFSET_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|z|[+-]\d{2}(?::?\d{2})?)$/;

export interface ParsedTime {
  /** The same moment, written `YYYY-MM-DDTHH:mm:ss[.sss]±HH:MM` (or `Z`), keeping the original offset. */
  iso: string;
  epochMs: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Parses an ISO 8601 date-time with an offset (`Z`, `+02:00`, `+0200` or `+02`), as carriers write them.
 * Returns null for anything else, including a time without an offset: such a time is local to some place,
 * and guessing UTC would silently move it by hours.
 */
export function parseOffsetDateTime(input: string): ParsedTime | null {
  const m = OFFSET_DATE_TIME.exec(input.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s = '00', frac, zone] = m as unknown as string[];
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  const millis = frac ? Number(frac.slice(0, 3).padEnd(3, '0')) : 0;

  let offsetMinutes = 0;
  let offsetText = 'Z';
  if (zone !== 'Z' && zone !== 'z') {
    const sign = zone!.startsWith('-') ? -1 : 1;
    const digits = zone!.slice(1).replace(':', '');
    const oh = Number(digits.slice(0, 2));
    const om = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
    if (oh > 18 || om > 59) return null;
    offsetMinutes = sign * (oh * 60 + om);
    offsetText = `${sign < 0 ? '-' : '+'}${pad(oh)}:${pad(om)}`;
  }
  const epochMs = Date.UTC(year, month - 1, day, hour, minute, second, millis) - offsetMinutes * 60_000;
  const fraction = millis ? `.${pad(millis, 3)}` : '';
  const iso = `${y}-${mo}-${d}T${h}:${mi}:${pad(second)}${fraction}${offsetText}`;
  return { iso, epochMs };
}

/** The offset of an ISO 8601 time in minutes east of UTC (`Z` is 0), or null without one. */
export function offsetMinutesOf(iso: string): number | null {
  const m = /(Z|z|([+-])(\d{2}):?(\d{2})?)$/.exec(iso);
  if (!m) return null;
  if (!m[2]) return 0;
  return (m[2] === '-' ? -1 : 1) * (Number(m[3]) * 60 + Number(m[4] ?? 0));
}

/** Writes an instant as ISO 8601 at a given offset: `2026-11-30T14:05:00+01:00` (`Z` for 0 when asked). */
export function formatAtOffset(epochMs: number, offsetMinutes: number, zeroAsZ = false): string {
  const local = new Date(epochMs + offsetMinutes * 60_000);
  const ms = local.getUTCMilliseconds();
  const abs = Math.abs(offsetMinutes);
  const zone =
    offsetMinutes === 0 && zeroAsZ
      ? 'Z'
      : `${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return (
    `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    `${ms ? `.${pad(ms, 3)}` : ''}${zone}`
  );
}
