/**
 * The privacy check every public response in this suite goes through: nothing seeded as a secret (hidden event
 * text, the recipient's name, email, phone or street, the merchant's own ids, keys) appears in it, however it is
 * spelled there (raw, JSON-escaped, HTML-escaped, percent-encoded), and no `Internal`/`System` event is listed.
 */
import { strict as assert } from 'node:assert';

/** Shorter strings would match by accident; secrets seeded by the tests are long and distinctive. */
const MIN_SECRET_LENGTH = 4;

const HIDDEN_CATEGORY = /"category"\s*:\s*"(?:Internal|System)"/;

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeHtml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] !== '#') return NAMED[body.toLowerCase()] ?? whole;
    const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function decodeJsonEscapes(s: string): string {
  return s
    .replace(/\\u([0-9a-f]{4})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    .replace(/\\(["\\/])/g, '$1');
}

function decodePercent(s: string): string {
  return s.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

/** Every way a reader of the body could turn it back into text: as served, and each encoding undone. */
function readings(body: string): string[] {
  const html = decodeHtml(body);
  const json = decodeJsonEscapes(body);
  return [body, html, json, decodeJsonEscapes(html), decodeHtml(json), decodePercent(body), decodePercent(html)].map(
    (s) => s.normalize('NFC').toLowerCase(),
  );
}

export type BodyLike = string | Uint8Array | ArrayBuffer;

function text(body: BodyLike): string {
  if (typeof body === 'string') return body;
  return Buffer.from(body instanceof ArrayBuffer ? new Uint8Array(body) : body).toString('utf8');
}

/** The secrets found in the body, and a note when it lists a hidden event; empty when the body is public-safe. */
export function leaksIn(body: BodyLike, secrets: Iterable<string>): string[] {
  const views = readings(text(body));
  const found: string[] = [];
  for (const secret of secrets) {
    const needle = secret.normalize('NFC').toLowerCase().trim();
    if (needle.length < MIN_SECRET_LENGTH) continue;
    if (views.some((v) => v.includes(needle))) found.push(secret);
  }
  if (views.some((v) => HIDDEN_CATEGORY.test(v))) found.push('(an Internal or System event)');
  return found;
}

/** Fails naming each secret the body of a public response gives away. */
export function assertPublicSafe(body: BodyLike, secrets: Iterable<string>, where: string): void {
  const leaks = leaksIn(body, secrets);
  assert.deepEqual(leaks, [], `${where} gives away ${leaks.map((s) => JSON.stringify(s)).join(', ')}`);
}

/** The same for a whole response: its headers as well as its body. Resolves to the body text. */
export async function assertPublicResponseSafe(
  response: Response,
  secrets: Iterable<string>,
  where: string,
): Promise<string> {
  const body = await response.text();
  const list = [...secrets];
  assertPublicSafe(body, list, where);
  const headers = [...response.headers].map(([name, value]) => `${name}: ${value}`).join('\n');
  assertPublicSafe(headers, list, `${where} (headers)`);
  return body;
}

/**
 * The secrets a recipient's details make: the whole name and each of its words (carriers print "J. Hansen"),
 * the email, the phone, the street line.
 */
export function recipientSecrets(recipient: {
  name?: string;
  email?: string;
  phone?: string;
  street?: string;
}): string[] {
  const out: string[] = [];
  if (recipient.name) out.push(recipient.name, ...recipient.name.split(/\s+/));
  for (const value of [recipient.email, recipient.phone, recipient.street]) if (value) out.push(value);
  return out.filter((s) => s.length >= MIN_SECRET_LENGTH);
}
