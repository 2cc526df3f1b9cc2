/**
 * Reads a JSON request body strictly before validation: JSON content type, at most `maxBytes`, valid UTF-8,
 * well-formed JSON. Each failure is its own clear problem, never a 500.
 */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { PROBLEM_TYPES, problem } from './problem.js';

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;
const CHARSET = /;\s*charset\s*=\s*"?([^";\s]+)"?/i;

export function jsonBody(maxBytes: number): [MiddlewareHandler, MiddlewareHandler] {
  const limit = bodyLimit({
    maxSize: maxBytes,
    onError: (c) => problem(c, 413, `The body is larger than ${maxBytes} bytes.`),
  });
  const parse: MiddlewareHandler = async (c, next) => {
    const type = c.req.header('Content-Type') ?? '';
    const charset = CHARSET.exec(type)?.[1]?.toLowerCase();
    if (!JSON_TYPE.test(type) || (charset && charset !== 'utf-8' && charset !== 'utf8')) {
      return problem(c, 415, 'Send the body as JSON in UTF-8, with "Content-Type: application/json".');
    }
    const bytes = await c.req.arrayBuffer();
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return problem(c, 400, 'The body is not valid UTF-8.', { type: PROBLEM_TYPES.malformedBody });
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const reason = error instanceof SyntaxError ? error.message : 'it nests too deeply';
      return problem(c, 400, `The body is not well-formed JSON: ${reason}`, { type: PROBLEM_TYPES.malformedBody });
    }
    // Hand the parsed value to the validator, which would otherwise decode and parse the body again.
    c.req.bodyCache.json = Promise.resolve(value);
    await next();
  };
  return [limit, parse];
}
