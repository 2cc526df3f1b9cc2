/** What every adapter shares: reading a payload, the two errors, code tables, carrier text and places. */
import { type ZodType, z } from 'zod';
import type { Category, EventInput, Location } from '../domain.js';
import { formatPath } from '../http/validation.js';
import { plainText } from '../text.js';
import { toAlpha2 } from './countries.js';

/** The payload is not what this carrier sends: answered 400, naming what was wrong. */
export class PayloadShapeError extends Error {
  constructor(
    message: string,
    readonly issues: { path: string; message: string }[] = [{ path: '', message }],
  ) {
    super(message);
  }
}

/** The carrier itself reports an error inside the payload (often with HTTP 200): answered 422, nothing stored. */
export class CarrierReportedError extends Error {}

const ProblemBody = z.object({ status: z.number(), title: z.string().nullish(), detail: z.string().nullish() });

/**
 * Carriers answer a bad call with an RFC 7807 problem body instead of their tracking response. Such a payload
 * (a status of 400 or more, without the response's own `responseKey`) is the carrier reporting an error.
 */
export function rejectProblemBody(payload: unknown, responseKey: string): void {
  const problem = ProblemBody.safeParse(payload);
  if (!problem.success || problem.data.status < 400 || responseKey in (payload as object)) return;
  const { status, title, detail } = problem.data;
  throw new CarrierReportedError([title, detail].filter(Boolean).join(': ') || `status ${status}`);
}

/** Validates a payload against the adapter's schema of what the carrier sends. */
export function readPayload<T>(schema: ZodType<T>, payload: unknown, carrier: string): T {
  const result = schema.safeParse(payload);
  if (result.success) return result.data;
  const issues = result.error.issues
    .slice(0, 20)
    .map((i) => ({ path: formatPath(i.path) || '(body)', message: i.message }));
  const first = issues[0]!;
  throw new PayloadShapeError(`This is not a ${carrier} tracking payload: ${first.path}: ${first.message}`, issues);
}

/**
 * Looks a carrier code up in an adapter's table. An unknown code becomes `Info` and is reported back, so the
 * route can list it in `unmapped` and an operator can extend the table.
 */
export function mapCode(table: Readonly<Record<string, Category>>, code: string, unmapped: Set<string>): Category {
  const category = Object.hasOwn(table, code) ? table[code] : undefined;
  if (category) return category;
  unmapped.add(code);
  return 'Info';
}

/** Carrier text as stored: plain text (HTML and entities resolved), or undefined when nothing is left. */
export function carrierText(raw: string | null | undefined, maxLength = 2000): string | undefined {
  return raw ? plainText(raw, maxLength) || undefined : undefined;
}

/** A place from carrier fields, each cleaned to plain text; undefined when none is given. */
export function place(fields: {
  name?: string | null;
  city?: string | null;
  postalCode?: string | null;
  country?: string | null;
}): Location | undefined {
  const out: Location = {};
  const name = carrierText(fields.name, 200);
  const city = carrierText(fields.city, 100);
  const postalCode = carrierText(fields.postalCode, 20);
  const country = toAlpha2(fields.country);
  if (name) out.name = name;
  if (city) out.city = city;
  if (postalCode) out.postalCode = postalCode;
  if (country) out.country = country;
  return Object.keys(out).length ? out : undefined;
}

/** An event as adapters hand it on: only the fields that have a value. */
export function carrierEvent(fields: {
  occurredAt: string;
  category: Category;
  code?: string | undefined;
  description?: string | undefined;
  location?: Location | undefined;
}): EventInput {
  const event: EventInput = { occurredAt: fields.occurredAt, category: fields.category };
  if (fields.code) event.code = fields.code;
  if (fields.description) event.description = fields.description;
  if (fields.location) event.location = fields.location;
  return event;
}
