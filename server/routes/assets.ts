/**
 * Static assets served from memory: the widget bundle (`/widget/…`) and the demo pages. Read once at start,
 * compressed once (gzip and brotli), answered with ETags; the widget with CORS `*` so any shop can load it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Context } from 'hono';
import { matchesIfNoneMatch } from '../http/cache.js';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.js', '.mjs', '.json', '.html', '.css', '.svg', '.map']);

export interface Asset {
  body: Uint8Array;
  gzip?: Uint8Array;
  br?: Uint8Array;
  etag: string;
  type: string;
  cacheControl: string;
}

/**
 * Every file under `dir`, keyed by its path relative to `dir` with forward slashes. A file whose name carries
 * a content hash (`name-AbC123xy.js`) never changes, so it may be cached for a year.
 */
export function loadAssets(dir: string, cacheControl: (path: string) => string): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  if (!existsSync(dir)) return assets;
  for (const entry of readdirSync(dir, { recursive: true })) {
    const file = join(dir, String(entry));
    if (!statSync(file).isFile()) continue;
    const path = relative(dir, file).split(sep).join('/');
    const ext = extname(path);
    const body = readFileSync(file);
    const asset: Asset = {
      body,
      etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
      type: TYPES[ext] ?? 'application/octet-stream',
      cacheControl: cacheControl(path),
    };
    if (COMPRESSIBLE.has(ext) && body.length > 512) {
      asset.gzip = gzipSync(body, { level: 9 });
      asset.br = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
    }
    assets.set(path, asset);
  }
  return assets;
}

/** The one file whose URL merchants paste: never treated as hashed, whatever its name looks like. */
export const WIDGET_ENTRY = 'smartsend-tracking.js';
export const HASHED_NAME = /-[A-Za-z0-9_-]{8,}\.m?js$/;

export function widgetCacheControl(path: string): string {
  return path !== WIDGET_ENTRY && HASHED_NAME.test(path)
    ? 'public, max-age=31536000, immutable'
    : // The entry's URL is pasted into shops: short, so a release reaches them within minutes.
      'public, max-age=300, stale-while-revalidate=86400';
}

/** Answers with the asset, compressed as the client accepts, or 304 when that representation's ETag matches. */
export function sendAsset(c: Context, asset: Asset, extraHeaders: Record<string, string> = {}): Response {
  const accepts = c.req.header('Accept-Encoding') ?? '';
  const encoding =
    asset.br && /\bbr\b/.test(accepts) ? 'br' : asset.gzip && /\bgzip\b/.test(accepts) ? 'gzip' : undefined;
  // Each encoding is its own representation, so each has its own strong ETag.
  const etag = encoding ? `${asset.etag.slice(0, -1)}-${encoding}"` : asset.etag;
  const headers: Record<string, string> = {
    'Content-Type': asset.type,
    'Cache-Control': asset.cacheControl,
    ETag: etag,
    'X-Content-Type-Options': 'nosniff',
    ...extraHeaders,
  };
  if (asset.gzip) headers.Vary = 'Accept-Encoding';
  if (matchesIfNoneMatch(c.req.header('If-None-Match'), etag)) return c.body(null, 304, headers);
  const body = encoding === 'br' ? asset.br! : encoding === 'gzip' ? asset.gzip! : asset.body;
  if (encoding) headers['Content-Encoding'] = encoding;
  return c.body(body as Uint8Array<ArrayBuffer>, 200, headers);
}
