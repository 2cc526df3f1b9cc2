import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import type { SmartsendTrackingElement } from '../src/smartsend-tracking-element.js';
import type { PublicTracking } from '../src/types.js';
import {
  API,
  freeze,
  mount,
  ok,
  problem,
  restoreVisibility,
  settled,
  setVisibility,
  text,
  thaw,
  tracking,
  worker,
} from './helpers.js';

const T0 = Date.parse('2026-11-30T09:00:00+01:00');
const at = (seconds: number) => new Date(T0 + seconds * 1000).toISOString();

/** Serves `answers` in turn (the last one repeats) and records every request. */
function serve(base: string, ...answers: (() => Response)[]) {
  const requests: Request[] = [];
  worker.use(
    http.get(`${base}/api/v1/tracking/:number`, ({ request }) => {
      requests.push(request);
      return answers[Math.min(requests.length, answers.length) - 1]!();
    }),
  );
  return requests;
}

/** Records the refresh timers the element sets (test helpers only wait for seconds), and lets a test fire them. */
function watchTimers() {
  const real = window.setTimeout;
  const timers: { ms: number; fire: () => void }[] = [];
  window.setTimeout = ((handler: () => void, ms = 0, ...rest: unknown[]) => {
    if (ms >= 10_000) timers.push({ ms, fire: handler });
    return real(handler, ms, ...rest);
  }) as typeof window.setTimeout;
  return { timers, restore: () => (window.setTimeout = real) };
}

async function mountAt(base: string | undefined, number = '00370712345678901234'): Promise<SmartsendTrackingElement> {
  const el = await mount(
    html`<smartsend-tracking lang="en" api-base=${base ?? ''} tracking-number=${number}></smartsend-tracking>`,
  );
  await settled(el);
  return el;
}

describe('refreshing', () => {
  let clock: ReturnType<typeof watchTimers>;
  beforeEach(() => {
    freeze(at(0));
    clock = watchTimers();
  });
  afterEach(() => {
    clock.restore();
    worker.resetHandlers();
    restoreVisibility();
    thaw();
  });

  it('tries again from the error state, and moves focus to the answer', async () => {
    const requests = serve(
      API,
      () => problem(500, 'Something went wrong.'),
      () => ok(tracking('out-for-delivery')),
    );
    const el = await mountAt(API);
    const button = el.shadowRoot!.querySelector('button')!;
    button.focus();
    button.click();
    await waitUntil(() => text(el, '.label') === 'Out for delivery', 'retry did not show the tracking');
    await el.updateComplete;
    expect(requests).to.have.length(2);
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('.card'));
  });

  it('keeps the last good data after a failed refresh, says since when, and recovers on retry', async () => {
    const requests = serve(
      API,
      () => ok(tracking('out-for-delivery')),
      () => HttpResponse.error(),
      () => ok(tracking('delivered')),
    );
    const el = await mountAt(API);
    freeze(at(5 * 60));
    await el.refresh();
    await el.updateComplete;
    expect(text(el, '.label')).to.equal('Out for delivery');
    expect(text(el, '.notice p')).to.equal(
      'The tracking information could not be updated. Last updated 5 minutes ago.',
    );
    el.shadowRoot!.querySelector<HTMLButtonElement>('.notice button')!.click();
    await waitUntil(() => text(el, '.label') === 'Delivered', 'retry did not load');
    expect(el.shadowRoot!.querySelector('.notice')).to.be.null;
    expect(requests).to.have.length(3);
  });

  it('refreshes when the tab becomes visible again, but not before max-age has passed', async () => {
    const requests = serve(API, () => ok(tracking('out-for-delivery')));
    await mountAt(API);
    setVisibility('hidden');
    freeze(at(30));
    setVisibility('visible');
    expect(requests, 'within max-age=60').to.have.length(1);
    setVisibility('hidden');
    freeze(at(61));
    setVisibility('visible');
    await waitUntil(() => requests.length === 2, 'no refresh on visibilitychange');
  });

  it('revalidates with If-None-Match on its own origin, and keeps the data on 304', async () => {
    const body = tracking('out-for-delivery');
    const requests = serve(
      location.origin,
      () => ok(body, { ETag: '"abc"' }),
      () => new HttpResponse(null, { status: 304, headers: { ETag: '"abc"', 'Cache-Control': 'max-age=60' } }),
    );
    let loads = 0;
    const el = await mountAt(undefined); // no api-base: the origin the script came from
    el.addEventListener('smartsend-tracking-load', () => loads++);
    expect(requests[0]!.url).to.equal(`${location.origin}/api/v1/tracking/00370712345678901234`);
    expect(requests[0]!.headers.get('If-None-Match')).to.be.null;
    freeze(at(120));
    await el.refresh();
    expect(requests[1]!.headers.get('If-None-Match')).to.equal('"abc"');
    expect(text(el, '.label')).to.equal('Out for delivery');
    expect(el.shadowRoot!.querySelector('.notice')).to.be.null;
    expect(loads, 'an unchanged answer is not a new load').to.equal(0);
  });

  it('sends no custom header across origins (no CORS preflight) and lets the HTTP cache revalidate', async () => {
    const requests = serve(API, () => ok(tracking('out-for-delivery')));
    const el = await mountAt(API);
    await el.refresh();
    expect(requests).to.have.length(2);
    expect(requests[1]!.headers.get('If-None-Match')).to.be.null;
    expect(requests[1]!.cache).to.equal('no-cache');
  });

  it('asks again every three minutes, or after max-age when that is longer', async () => {
    const requests = serve(
      API,
      () => ok(tracking('out-for-delivery')),
      () => ok(tracking('out-for-delivery'), { 'Cache-Control': 'public, max-age=600' }),
    );
    await mountAt(API);
    expect(clock.timers.map((t) => t.ms)).to.deep.equal([3 * 60_000]);
    freeze(at(180));
    clock.timers[0]!.fire();
    await waitUntil(() => clock.timers.length === 2, 'no timer after the second answer');
    expect(requests).to.have.length(2);
    expect(clock.timers[1]!.ms).to.equal(600_000);
  });

  it('waits as long as Retry-After says after 429', async () => {
    serve(API, () => problem(429, 'Slow down.', { 'Retry-After': '300' }));
    await mountAt(API);
    expect(clock.timers.map((t) => t.ms)).to.deep.equal([300_000]);
  });

  it('stops asking once the parcel is delivered, or when there is no such parcel', async () => {
    serve(API, () => ok(tracking('delivered')));
    await mountAt(API);
    serve(API, () => problem(404, 'No shipment was found.'));
    await mountAt(API, 'UNKNOWN1');
    expect(clock.timers).to.deep.equal([]);
  });

  it('sets no timer while the tab is hidden, and resumes when it is shown', async () => {
    const requests = serve(API, () => ok(tracking('out-for-delivery')));
    await mountAt(API);
    expect(clock.timers).to.have.length(1);
    setVisibility('hidden');
    freeze(at(30));
    setVisibility('visible');
    expect(clock.timers.map((t) => t.ms)).to.deep.equal([180_000, 150_000]);
    expect(requests).to.have.length(1);
  });

  it('announces a changed status politely, and only a change', async () => {
    const answers: PublicTracking[] = [
      tracking('out-for-delivery'),
      tracking('out-for-delivery'),
      tracking('delivered'),
    ];
    serve(API, ...answers.map((body, i) => () => ok(body, { ETag: `"v${i}"` })));
    const el = await mountAt(API);
    const live = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(live.textContent).to.equal('');
    await el.refresh();
    await el.updateComplete;
    expect(live.textContent).to.equal('');
    await el.refresh();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="status"]')).to.equal(live);
    expect(live.textContent).to.equal('New status: Delivered. Your parcel has been delivered.');
  });

  it('starts over when the tracking number changes', async () => {
    worker.use(
      http.get(`${API}/api/v1/tracking/:number`, ({ params }) =>
        params.number === '70722150312345678' ? ok(tracking('delivered')) : ok(tracking('out-for-delivery')),
      ),
    );
    const el = await mountAt(API);
    const loaded = oneEvent(el, 'smartsend-tracking-load');
    el.trackingNumber = '70722150312345678';
    await loaded;
    await el.updateComplete;
    expect(text(el, '.label')).to.equal('Delivered');
  });

  it('uses a token in preference to a tracking number', async () => {
    const requests: string[] = [];
    worker.use(
      http.get(`${API}/api/v1/*`, ({ request }) => {
        requests.push(new URL(request.url).pathname);
        return ok(tracking('delivered'));
      }),
    );
    const el = await mount(
      html`<smartsend-tracking lang="en" api-base=${API} token="v1.a/b+c" tracking-number="123"></smartsend-tracking>`,
    );
    await settled(el);
    expect(requests).to.deep.equal(['/api/v1/links/v1.a%2Fb%2Bc']);
  });
});
