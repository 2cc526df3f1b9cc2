/** What every widget test shares: the element, the fixtures, msw's worker, a frozen clock and text helpers. */
import '../src/smartsend-tracking.js';
import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import type { SmartsendTrackingElement } from '../src/smartsend-tracking-element.js';
import type { PublicTracking } from '../src/types.js';

/** A cross-origin API, as a merchant's page sees the tracking server. */
export const API = 'https://track.example.test';
/** What the server sends with every public answer. */
export const CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=30';

export const FIXTURES = [
  'in-transit',
  'out-for-delivery',
  'ready-for-pickup',
  'delivered',
  'delivery-failure',
  'delayed',
  'exception',
  'expired',
  'no-events',
  'hostile',
] as const;
export type FixtureName = (typeof FIXTURES)[number];

const fixtures = new Map<FixtureName, PublicTracking>();
for (const name of FIXTURES) {
  const response = await fetch(new URL(`../../test/fixtures/public/${name}.json`, import.meta.url));
  fixtures.set(name, await response.json());
}

/** A fresh copy of a `PublicTracking` fixture from `test/fixtures/public/`. */
export function tracking(name: FixtureName): PublicTracking {
  return structuredClone(fixtures.get(name)!);
}

export const worker = setupWorker();
await worker.start({ onUnhandledRequest: 'bypass', quiet: true });

/** A 200 as the server sends it, with a strong ETag of the body. */
export function ok(body: PublicTracking, headers: Record<string, string> = {}): Response {
  return HttpResponse.json(body, { headers: { 'Cache-Control': CACHE_CONTROL, ETag: etag(body), ...headers } });
}

function etag(body: unknown): string {
  let hash = 5381;
  for (const char of JSON.stringify(body)) hash = (Math.imul(hash, 33) ^ char.charCodeAt(0)) >>> 0;
  return `"${hash.toString(36)}"`;
}

/** An RFC 9457 problem as the server sends it. */
export function problem(status: number, detail: string, headers: Record<string, string> = {}): Response {
  const title = { 400: 'Bad Request', 404: 'Not Found', 429: 'Too Many Requests', 500: 'Internal Server Error' }[
    status
  ];
  return HttpResponse.json(
    { type: 'about:blank', title, status, detail },
    { status, headers: { 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store', ...headers } },
  );
}

/** A promise with its resolver outside, to hold a response until the test says so. */
export function deferred<T = void>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/** Mounts a template and returns the `<smartsend-tracking>` in it (the template's root or a descendant). */
export async function mount(template: TemplateResult): Promise<SmartsendTrackingElement> {
  const root = await fixture<HTMLElement>(template);
  const el = (root.localName === 'smartsend-tracking' ? root : root.querySelector('smartsend-tracking')) as
    | SmartsendTrackingElement
    | undefined;
  if (!el) throw new Error('the template has no <smartsend-tracking>');
  await el.updateComplete;
  return el;
}

/** Waits until the element shows an answer (tracking, not found or error) instead of the skeleton. */
export async function settled(el: SmartsendTrackingElement): Promise<void> {
  await waitUntil(() => el.shadowRoot?.querySelector('.card:not(.skeleton)'), 'the element did not settle', {
    timeout: 4000,
  });
  await el.updateComplete;
}

/** The visible text of the first match in the element's shadow root, whitespace collapsed. */
export function text(el: Element, selector = '.card'): string {
  return clean(el.shadowRoot?.querySelector(selector)?.textContent);
}

/** The text of every match in the element's shadow root. */
export function texts(el: Element, selector: string): string[] {
  return [...(el.shadowRoot?.querySelectorAll(selector) ?? [])].map((node) => clean(node.textContent));
}

const clean = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();

const realNow = Date.now;
/** Freezes `Date.now()` (what "2 hours ago" is measured from); `thaw()` restores it. */
export function freeze(iso: string): void {
  const at = Date.parse(iso);
  Date.now = () => at;
}
export function thaw(): void {
  Date.now = realNow;
}

/** Pretends the tab was hidden or shown again, as the browser reports it. */
export function setVisibility(state: DocumentVisibilityState): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}
export function restoreVisibility(): void {
  delete (document as { visibilityState?: unknown }).visibilityState;
}
