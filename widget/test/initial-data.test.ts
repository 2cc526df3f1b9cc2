import { expect, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { http, passthrough } from 'msw';
import type { SmartsendTrackingElement } from '../src/smartsend-tracking-element.js';
import { API, deferred, mount, ok, settled, text, tracking, worker } from './helpers.js';

/** Counts the element's calls to fetch (synchronous with its decision to ask, unlike the network). */
function countFetches() {
  const real = window.fetch;
  const calls: string[] = [];
  window.fetch = (input, init) => {
    calls.push(String(input instanceof Request ? input.url : input));
    return real(input, init);
  };
  return { calls, restore: () => (window.fetch = real) };
}

/** Markup as the hosted page serves it: the element, a no-JavaScript fallback, and the data as JSON. */
function hostedPage(lang: string, json: string): HTMLElement {
  const page = document.createElement('main');
  page.innerHTML = `<smartsend-tracking lang="${lang}" api-base="${API}" tracking-number="00057128400012345678">
      <div class="fallback"><p>Klar til afhentning</p><p>Netto Nørrebrogade</p></div>
      <script type="application/json">${json.replace(/</g, '\\u003c')}</script>
    </smartsend-tracking>`;
  document.body.append(page);
  return page;
}

describe('initial data', () => {
  let fetches: ReturnType<typeof countFetches>;
  beforeEach(() => {
    fetches = countFetches();
  });
  afterEach(() => {
    fetches.restore();
    worker.resetHandlers();
    fixtureCleanup();
    for (const page of document.querySelectorAll('main')) page.remove();
  });

  it('renders the JSON of a child <script> at once, without a request', async () => {
    const page = hostedPage('en', JSON.stringify(tracking('ready-for-pickup')));
    const el = page.querySelector('smartsend-tracking')!;
    await el.updateComplete;
    expect(text(el, '.label')).to.equal('Ready for pickup');
    expect(text(el, '.sentence')).to.equal('Your parcel is ready for pickup at Netto Nørrebrogade.');
    expect(fetches.calls).to.deep.equal([]);
    // The server-rendered fallback is not slotted: it takes no space once the element runs.
    expect(page.querySelector('.fallback')!.getClientRects()).to.have.length(0);
  });

  it('keeps the fallback on screen until its language has loaded, then replaces it', async () => {
    // Hold the Italian messages on their way, to look at the page in between.
    const italian = deferred();
    worker.use(
      http.get('*/generated/locales/it.*', async () => {
        await italian.promise;
        return passthrough();
      }),
    );
    const page = hostedPage('it', JSON.stringify(tracking('ready-for-pickup')));
    const el = page.querySelector('smartsend-tracking')!;
    const fallback = page.querySelector('.fallback')!;
    await waitUntil(() => el.shadowRoot?.querySelector('slot'), 'the fallback was not slotted while Italian loaded');
    expect(fallback.getClientRects().length).to.be.greaterThan(0);
    italian.resolve();
    await el.updateComplete;
    expect(text(el, '.label')).to.equal('Pronto per il ritiro');
    expect(fallback.getClientRects()).to.have.length(0);
    expect(fetches.calls).to.deep.equal([]);
  });

  it('renders the data property without a request', async () => {
    const el = await mount(
      html`<smartsend-tracking lang="en" api-base=${API} tracking-number="70722150312345678" .data=${tracking('delivered')}></smartsend-tracking>`,
    );
    expect(text(el, '.label')).to.equal('Delivered');
    expect(fetches.calls).to.deep.equal([]);
  });

  it('fetches when the page data is not valid JSON', async () => {
    worker.use(http.get(`${API}/api/v1/tracking/:number`, () => ok(tracking('ready-for-pickup'))));
    const page = hostedPage('en', '{"trackingNumber": ');
    const el = page.querySelector('smartsend-tracking') as SmartsendTrackingElement;
    await settled(el);
    expect(fetches.calls).to.deep.equal([`${API}/api/v1/tracking/00057128400012345678`]);
    expect(text(el, '.label')).to.equal('Ready for pickup');
  });

  it('shows data set later in place of what it had', async () => {
    const el = await mount(
      html`<smartsend-tracking lang="en" .data=${tracking('out-for-delivery')}></smartsend-tracking>`,
    );
    el.data = tracking('delivered');
    await el.updateComplete;
    expect(text(el, '.label')).to.equal('Delivered');
  });
});
