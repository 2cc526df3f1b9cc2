import { expect, html, oneEvent } from '@open-wc/testing';
import { http } from 'msw';
import type { PublicTracking, TrackingProblem } from '../src/types.js';
import { API, mount, ok, problem, tracking, worker } from './helpers.js';

describe('events', () => {
  afterEach(() => worker.resetHandlers());

  it('fires smartsend-tracking-load with the PublicTracking, bubbling out of shadow roots', async () => {
    const body = tracking('out-for-delivery');
    worker.use(http.get(`${API}/api/v1/tracking/:number`, () => ok(body)));
    // The element sits in another component's shadow root; the page listens on document.
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const loaded = oneEvent(document, 'smartsend-tracking-load') as Promise<CustomEvent<PublicTracking>>;
    shadow.innerHTML = `<smartsend-tracking lang="en" api-base="${API}" tracking-number="${body.trackingNumber}"></smartsend-tracking>`;
    const event = await loaded;
    host.remove();
    expect(event.detail).to.deep.equal(body);
    expect(event.bubbles).to.be.true;
    expect(event.composed).to.be.true;
  });

  it('fires smartsend-tracking-error with the problem the API answered', async () => {
    worker.use(
      http.get(`${API}/api/v1/tracking/:number`, () =>
        problem(429, 'Too many requests; try again in 30 seconds.', { 'Retry-After': '30' }),
      ),
    );
    const host = document.createElement('div');
    document.body.append(host);
    const failed = oneEvent(document, 'smartsend-tracking-error') as Promise<CustomEvent<TrackingProblem>>;
    host.innerHTML = `<smartsend-tracking lang="en" api-base="${API}" tracking-number="1"></smartsend-tracking>`;
    const event = await failed;
    host.remove();
    expect(event.detail).to.deep.equal({
      type: 'about:blank',
      title: 'Too Many Requests',
      status: 429,
      detail: 'Too many requests; try again in 30 seconds.',
    });
    expect(event.bubbles).to.be.true;
    expect(event.composed).to.be.true;
  });

  it('reports a network failure as a problem without a status', async () => {
    worker.use(http.get(`${API}/api/v1/tracking/:number`, () => Response.error()));
    const el = await mount(html`<smartsend-tracking lang="en" api-base=${API}></smartsend-tracking>`);
    const failed = oneEvent(el, 'smartsend-tracking-error') as Promise<CustomEvent<TrackingProblem>>;
    el.trackingNumber = '1';
    const { detail } = await failed;
    expect(detail.type).to.equal('urn:smartsend-tracking:problem:network');
    expect(detail.status).to.be.undefined;
    expect(detail.title).to.equal('Network error');
  });

  it('fires no load event for data it was given', async () => {
    let fired = 0;
    const el = await mount(
      html`<smartsend-tracking lang="en" @smartsend-tracking-load=${() => fired++} .data=${tracking('delivered')}></smartsend-tracking>`,
    );
    expect(el.shadowRoot!.querySelector('.label')!.textContent).to.equal('Delivered');
    expect(fired).to.equal(0);
  });
});
