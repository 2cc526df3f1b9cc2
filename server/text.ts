/** Turning whatever text a carrier or merchant sends into plain text that can never become markup. */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  aring: 'å',
  Aring: 'Å',
  aelig: 'æ',
  AElig: 'Æ',
  oslash: 'ø',
  Oslash: 'Ø',
  auml: 'ä',
  Auml: 'Ä',
  ouml: 'ö',
  Ouml: 'Ö',
  uuml: 'ü',
  Uuml: 'Ü',
  szlig: 'ß',
  eacute: 'é',
  Eacute: 'É',
  egrave: 'è',
  ndash: '–',
  mdash: '—',
  hellip: '…',
};

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '';
    }
    return NAMED_ENTITIES[body] ?? whole;
  });
}

// A tag, a comment or a doctype: anything a browser would read as markup.
const TAG = /<\/?([a-z][a-z0-9]*)[^<>]*>?|<!--[\s\S]*?(?:-->|$)|<![^<>]*>?|<\?[^<>]*>?/gi;
// Phrasing elements sit inside a word's flow (`<span title="…">avsender</span>.`): they go without a space.
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'cite',
  'code',
  'em',
  'font',
  'i',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'u',
]);
const stripTags = (s: string) =>
  s.replace(TAG, (_tag, name?: string) => (name && INLINE.has(name.toLowerCase()) ? '' : ' '));
// C0/C1 controls, bidi overrides and other invisible format characters a description never needs.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g;

// Anything plainText would change: markup or entity openers, invisible characters, runs or ends of whitespace.
const NOT_PLAIN = new RegExp(`[<&]|${INVISIBLE.source}|\\s\\s|^\\s|\\s$`);

/**
 * Plain text from carrier text: tags removed, entities decoded, controls dropped, whitespace collapsed.
 * Decoding runs before the last tag pass, so `&lt;img onerror=…&gt;` cannot come back as a tag.
 */
export function plainText(input: string, maxLength = 500): string {
  // Most text is plain already (adapters store it so): nothing to take apart, nothing to do.
  if (input.length <= maxLength && !NOT_PLAIN.test(input)) return input;
  let s = decodeEntities(stripTags(input));
  let previous: string;
  do {
    previous = s;
    s = stripTags(s);
  } while (s !== previous);
  // What is left of a '<' can still open a tag or comment in an HTML parser; a space after it never does.
  s = s.replace(/<(?=[a-z/!?])/gi, '< ');
  s = s.replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim();
  if (s.length > maxLength) s = `${s.slice(0, maxLength - 1).trimEnd()}…`;
  return s;
}

/**
 * A function that cuts the given personal values out of free text: whole values and, for names, each word of
 * three letters or more ("J. Hansen", or the surname alone), whole words only, ignoring case. Carriers write
 * recipients and signees into descriptions ("Delivered to Jens Hansen"). A phone number is found however it is
 * spaced or prefixed: its last eight digits, with any separators between them.
 */
export function redactor(values: readonly (string | null | undefined)[]): (text: string) => string {
  const key = values.join('\u0000');
  let redact = redactors.get(key);
  if (!redact) {
    redact = compileRedactor(values);
    // Projections of the same shipment (and of a merchant's repeat customers) reuse it; a bounded memo.
    if (redactors.size >= 1_000) redactors.delete(redactors.keys().next().value!);
    redactors.set(key, redact);
  }
  return redact;
}

const redactors = new Map<string, (text: string) => string>();

function compileRedactor(values: readonly (string | null | undefined)[]): (text: string) => string {
  const alternatives: string[] = [];
  // Cheap tests first: the regex runs only on text that could hold a secret.
  const needles: string[] = [];
  let phone = false;
  for (const raw of values) {
    const value = raw?.trim() ?? '';
    if (value.length < 2) continue;
    const digits = value.replace(/[\s().+-]/g, '');
    if (/^\d{6,}$/.test(digits)) {
      // Whatever stands before them (a country code, a trunk 0: up to five digits and a +) goes with them.
      const last8 = [...digits.slice(-8)].join('[\\s().-]*');
      alternatives.push(`(?<![\\d+])\\+?(?:\\d[\\s().-]*){0,5}${last8}(?!\\d)`);
      phone = true;
      continue;
    }
    const words = value.includes('@') ? [] : value.split(/\s+/).filter((w) => w.replace(/\W/g, '').length >= 3);
    for (const text of new Set([value, ...words])) {
      alternatives.push(`(?<![\\p{L}\\p{N}])${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`);
      needles.push(text.toLowerCase());
    }
  }
  if (!alternatives.length) return (text) => text;
  // Longest first, so a whole name goes before one of its words.
  alternatives.sort((a, b) => b.length - a.length);
  const pattern = new RegExp(alternatives.join('|'), 'giu');
  return (text) => {
    const lower = text.toLowerCase();
    const maybe = needles.some((n) => lower.includes(n)) || (phone && EIGHT_DIGITS.test(text));
    return maybe ? text.replace(pattern, '…') : text;
  };
}

const EIGHT_DIGITS = /(?:\d\D{0,3}){8}/;
