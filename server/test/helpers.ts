/** What the server tests share: an app over a fresh in-memory store, keys, and request shortcuts. */
import { strict as assert } from 'node:assert';
import { createApp } from '../app.js';
import type { AppConfig } from '../context.js';
import { openSqliteStore } from '../store/sqlite.js';
import type { Store } from '../store/types.js';

export const API_KEY = 'test-key-0123456789abcdef';
export const OLD_API_KEY = 'old-key-0123456789abcdef';
export const LINK_SECRET = 'test-link-secret-0123456789abcdef-0123456789';

export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    apiKeys: [API_KEY, OLD_API_KEY],
    linkSecrets: [LINK_SECRET],
    publicBaseUrl: 'https://track.example.com',
    linkTtlSeconds: 180 * 86_400,
    rateLimit: 0,
    trustProxy: false,
    maxBodyBytes: 1024 * 1024,
    brand: { name: 'Nordic Coffee Co.', accent: '#7a3e12' },
    frameAncestors: "'none'",
    // Tests that need widget files give their own folder; the real build may be changing under them.
    widgetDir: '/nonexistent/widget',
    ...overrides,
  };
}

export interface TestServer {
  app: ReturnType<typeof createApp>;
  store: Store;
  clock: { now: Date };
  /** What the app reported as unexpected (its 500 path); notes such as unmapped carrier codes are left out. */
  errors: { message: string; error: unknown }[];
  /** An authorised JSON POST. */
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
  /** An authorised GET. */
  getPrivate(path: string): Promise<Response>;
}

export async function testServer(overrides: Partial<AppConfig> = {}, store?: Store): Promise<TestServer> {
  const s = store ?? (await openSqliteStore(':memory:'));
  const clock = { now: new Date('2026-12-01T12:00:00Z') };
  const errors: TestServer['errors'] = [];
  const app = createApp({
    store: s,
    config: testConfig(overrides),
    now: () => clock.now,
    log: (message, error) => {
      if (error !== undefined || / failed$/.test(message)) errors.push({ message, error });
    },
  });
  return {
    app,
    store: s,
    clock,
    errors,
    post: async (path, body, headers = {}) =>
      app.request(path, {
        method: 'POST',
        headers: { Authorization: `Bearer ${API_KEY}`, 'Content-Type': 'application/json', ...headers },
        body:
          typeof body === 'string'
            ? body
            : body instanceof Uint8Array
              ? (body as Uint8Array<ArrayBuffer>)
              : JSON.stringify(body),
      }),
    getPrivate: async (path) => app.request(path, { headers: { Authorization: `Bearer ${API_KEY}` } }),
  };
}

/** The body as JSON; loosely typed, as tests probe shapes the types would forbid. */
// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON.
export async function json<T = any>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

/** Asserts the response is an RFC 9457 problem with this status, and returns it. */
export async function expectProblem(response: Response, status: number) {
  const text = await response.text();
  assert.equal(response.status, status, `expected ${status}, got ${response.status}: ${text}`);
  assert.equal(response.headers.get('content-type'), 'application/problem+json');
  const body = JSON.parse(text) as { type: string; title: string; status: number; detail: string; errors?: unknown[] };
  assert.equal(body.status, status);
  assert.equal(typeof body.type, 'string');
  assert.equal(typeof body.title, 'string');
  assert.ok(body.detail.length > 0);
  assert.doesNotMatch(text, /\bat .+\(.+:\d+:\d+\)|node_modules/, 'a problem never carries a stack trace');
  return body;
}
