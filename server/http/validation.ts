/** Routers whose validation failures are 400 problems naming each field that was wrong. */

import type { HttpBindings } from '@hono/node-server';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { ZodError } from 'zod';
import { PROBLEM_TYPES, problem } from './problem.js';

export type AppEnv = { Bindings: Partial<HttpBindings> };

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

export function validationProblem(c: Context, error: ZodError, target: string) {
  const errors = error.issues.slice(0, 20).map((issue) => ({
    path: formatPath(issue.path) || target,
    message: issue.message,
  }));
  const first = errors[0];
  const detail = first ? `${first.path}: ${first.message}` : 'The request is not valid.';
  return problem(c, 400, errors.length > 1 ? `${detail} (and ${errors.length - 1} more)` : detail, {
    type: PROBLEM_TYPES.validation,
    title: 'Invalid request',
    errors,
  });
}

export function router(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) return validationProblem(c, result.error as ZodError, result.target);
    },
  });
}
