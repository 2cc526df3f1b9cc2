/** RFC 9457 problem details: the only shape an error takes under /api/. */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  [extension: string]: unknown;
}

interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: { path: string; message: string }[];
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Problem types beyond plain HTTP semantics; each names what the client should fix. */
export const PROBLEM_TYPES = {
  validation: 'urn:smartsend-tracking:problem:validation',
  malformedBody: 'urn:smartsend-tracking:problem:malformed-body',
  carrierError: 'urn:smartsend-tracking:problem:carrier-error',
} as const;

export function problemBody(
  status: number,
  detail: string,
  extra: { type?: string; title?: string; [key: string]: unknown } = {},
): ProblemBody {
  const { type = 'about:blank', title = TITLES[status] ?? 'Error', ...rest } = extra;
  return { type, title, status, detail, ...rest };
}

/** A problem response; typed, so OpenAPI routes accept it as their declared `application/problem+json`. */
export function problem<S extends ContentfulStatusCode>(
  c: Context,
  status: S,
  detail: string,
  extra: { type?: string; title?: string; errors?: { path: string; message: string }[] } = {},
  headers: Record<string, string> = {},
) {
  return c.json(problemBody(status, detail, extra) as Problem, status, {
    'Content-Type': 'application/problem+json',
    'Cache-Control': 'no-store',
    ...headers,
  });
}
