import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { http } from 'msw';
import type { SmartsendTrackingElement } from '../src/smartsend-tracking-element.js';
import { API, deferred, FIXTURES, mount, ok, problem, settled, tracking, worker } from './helpers.js';

/** Every visual state, each mounted against the mocked API. */
const STATES: [string, () => Promise<SmartsendTrackingElement>][] = [
  ...FIXTURES.map((name): [string, () => Promise<SmartsendTrackingElement>] => [
    name,
    async () => {
      const body = tracking(name);
      worker.use(http.get(`${API}/api/v1/tracking/:number`, () => ok(body)));
      const el = await mount(
        html`<smartsend-tracking lang="en" api-base=${API} tracking-number="1"></smartsend-tracking>`,
      );
      await settled(el);
      return el;
    },
  ]),
  [
    'loading',
    async () => {
      worker.use(http.get(`${API}/api/v1/tracking/:number`, () => deferred<Response>().promise));
      return mount(html`<smartsend-tracking lang="en" api-base=${API} tracking-number="1"></smartsend-tracking>`);
    },
  ],
  [
    'not found',
    async () => {
      worker.use(http.get(`${API}/api/v1/tracking/:number`, () => problem(404, 'No shipment was found.')));
      const el = await mount(
        html`<smartsend-tracking lang="en" api-base=${API} tracking-number="1"></smartsend-tracking>`,
      );
      await settled(el);
      return el;
    },
  ],
  [
    'error',
    async () => {
      worker.use(http.get(`${API}/api/v1/tracking/:number`, () => problem(500, 'Something went wrong.')));
      const el = await mount(
        html`<smartsend-tracking lang="en" api-base=${API} tracking-number="1"></smartsend-tracking>`,
      );
      await settled(el);
      return el;
    },
  ],
  [
    'stale (refresh failed)',
    async () => {
      const el = await mount(
        html`<smartsend-tracking lang="en" api-base=${API} tracking-number="1"></smartsend-tracking>`,
      );
      el.data = tracking('out-for-delivery');
      worker.use(http.get(`${API}/api/v1/tracking/:number`, () => Response.error()));
      await el.refresh();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.notice')).to.exist;
      return el;
    },
  ],
];

for (const scheme of ['light', 'dark'] as const) {
  describe(`accessibility, ${scheme} colour scheme`, () => {
    before(() => emulateMedia({ colorScheme: scheme }));
    after(() => emulateMedia({ colorScheme: 'light' }));
    afterEach(() => worker.resetHandlers());

    it(`follows the ${scheme} scheme`, async () => {
      const el = await mount(html`<smartsend-tracking lang="en" .data=${tracking('in-transit')}></smartsend-tracking>`);
      const background = getComputedStyle(el.shadowRoot!.querySelector('.card')!).backgroundColor;
      expect(background).to.equal(scheme === 'dark' ? 'rgb(28, 29, 33)' : 'rgb(255, 255, 255)');
    });

    for (const [name, setup] of STATES) {
      it(`passes axe: ${name}`, async () => {
        const el = await setup();
        await expect(el).to.be.accessible();
      });
    }
  });
}
