/** Configuration from the environment (CONTRACT.md "Configuration"), with one-line reasons when it is wrong. */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { AppConfig } from './context.js';
import { DEFAULT_LINK_TTL_SECONDS } from './links.js';

export interface ServerConfig extends AppConfig {
  port: number;
  host: string;
  databaseUrl: string;
  /** Node's server timeouts: a client must send its headers, and its whole request, within these. */
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  keepAliveTimeoutMs: number;
  /** True when `npm start` made the keys, so they are printed for the developer. */
  generatedSecrets: boolean;
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max} (got ${JSON.stringify(raw)})`);
  }
  return n;
}

/**
 * `dev` (npm start) makes an API key and a link secret when none are given and keeps them under ./data/,
 * so links survive a restart; `production` (npm run serve) refuses to start without them.
 */
export function loadConfig(env: Env, mode: 'dev' | 'production', dataDir = resolve('data')): ServerConfig {
  const port = integer(env, 'PORT', 8787, 0, 65_535);
  const host = env.HOST?.trim() || '127.0.0.1';
  const databaseUrl = env.DATABASE_URL?.trim() || `file:${resolve(dataDir, 'tracking.db')}`;
  let apiKeys = list(env.API_KEY);
  let linkSecrets = list(env.LINK_SECRET);
  let generatedSecrets = false;

  if (mode === 'dev' && (!apiKeys.length || !linkSecrets.length)) {
    const dev = devSecrets(resolve(dataDir, 'dev-secrets.json'));
    if (!apiKeys.length) apiKeys = [dev.apiKey];
    if (!linkSecrets.length) linkSecrets = [dev.linkSecret];
    generatedSecrets = true;
  }
  if (!apiKeys.length) throw new ConfigError('API_KEY is not set: give one or more bearer keys, comma-separated');
  if (apiKeys.some((k) => k.length < 16)) throw new ConfigError('API_KEY: each key must be at least 16 characters');
  if (!linkSecrets.length)
    throw new ConfigError('LINK_SECRET is not set: give a random secret of 32 characters or more');
  if (linkSecrets.some((s) => s.length < 32)) {
    throw new ConfigError('LINK_SECRET: each secret must be at least 32 characters (try: openssl rand -base64 32)');
  }

  const base = env.PUBLIC_BASE_URL?.trim() || `http://localhost:${port}`;
  let publicBaseUrl: string;
  try {
    const url = new URL(base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error();
    publicBaseUrl = url.origin + url.pathname.replace(/\/+$/, '');
  } catch {
    throw new ConfigError(`PUBLIC_BASE_URL must be an http(s) URL (got ${JSON.stringify(base)})`);
  }

  const brand = {
    name: env.BRAND_NAME?.trim() || 'Smart Send',
    accent: env.BRAND_ACCENT?.trim() || '#1f5fbf',
    ...(env.BRAND_LOGO_URL?.trim() && { logoUrl: env.BRAND_LOGO_URL.trim() }),
  };
  if (!/^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(brand.accent)) {
    throw new ConfigError(`BRAND_ACCENT must be a hex colour such as #1f5fbf (got ${JSON.stringify(brand.accent)})`);
  }
  if (brand.logoUrl && !/^https:\/\/[^\s"'<>]+$/.test(brand.logoUrl)) {
    throw new ConfigError('BRAND_LOGO_URL must be an https: URL');
  }
  const frameAncestors = env.FRAME_ANCESTORS?.trim() || "'none'";
  if (!frameAncestors.split(/\s+/).every((s) => /^'(?:none|self)'$|^https:\/\/[\w.*:-]+$/.test(s))) {
    throw new ConfigError(`FRAME_ANCESTORS must be 'none', 'self' or https: origins, space-separated`);
  }

  return {
    port,
    host,
    databaseUrl,
    apiKeys,
    linkSecrets,
    publicBaseUrl,
    linkTtlSeconds: DEFAULT_LINK_TTL_SECONDS,
    rateLimit: integer(env, 'RATE_LIMIT', 300, 0, 1_000_000),
    trustProxy: Boolean(env.TRUST_PROXY?.trim()),
    maxBodyBytes: 1024 * 1024,
    brand,
    frameAncestors,
    widgetDir: resolve(env.WIDGET_DIR?.trim() || 'dist/widget'),
    ...(mode === 'dev' && { demoDir: resolve('demo') }),
    viewCacheBytes: integer(env, 'VIEW_CACHE_MB', 32, 0, 4096) * 1024 * 1024,
    headersTimeoutMs: integer(env, 'HEADERS_TIMEOUT_MS', 10_000, 100, 120_000),
    requestTimeoutMs: integer(env, 'REQUEST_TIMEOUT_MS', 30_000, 100, 600_000),
    keepAliveTimeoutMs: integer(env, 'KEEP_ALIVE_TIMEOUT_MS', 5_000, 100, 120_000),
    generatedSecrets,
  };
}

function devSecrets(path: string): { apiKey: string; linkSecret: string } {
  if (existsSync(path)) {
    const saved = JSON.parse(readFileSync(path, 'utf8')) as { apiKey?: string; linkSecret?: string };
    if (saved.apiKey && saved.linkSecret) return { apiKey: saved.apiKey, linkSecret: saved.linkSecret };
  }
  const secrets = {
    apiKey: `dev_${randomBytes(24).toString('base64url')}`,
    linkSecret: randomBytes(32).toString('base64url'),
  };
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  chmodSync(path, 0o600);
  return secrets;
}
