import { expect, html } from '@open-wc/testing';
import { http } from 'msw';
import { API, mount, ok, settled, text, texts, tracking, worker } from './helpers.js';

describe('carrier text is inert', () => {
  afterEach(() => worker.resetHandlers());

  it('renders a description holding markup as text: no <img>, no handler, no script', async () => {
    const body = tracking('hostile');
    worker.use(http.get(`${API}/api/v1/tracking/:number`, () => ok(body)));
    const el = await mount(
      html`<smartsend-tracking lang="en" api-base=${API} tracking-number="1"></smartsend-tracking>`,
    );
    await settled(el);
    const root = el.shadowRoot!;
    expect(root.querySelector('img')).to.be.null;
    expect(root.querySelector('script')).to.be.null;
    expect(root.querySelector('b')).to.be.null;
    expect(root.querySelectorAll('[onerror]')).to.have.length(0);
    expect(texts(el, '[part="event"] p:not(.event-label):not(.muted)')).to.deep.equal([
      '<img src=x onerror=alert(1)>',
      'Delivered to "<b>reception</b>" & co.',
    ]);
    expect(text(el, '[part="event"] .muted')).to.equal('<script>alert(2)</script>, 7000 Taulov, Denmark');
  });

  it('never links a javascript: tracking URL, and still names the carrier', async () => {
    const el = await mount(html`<smartsend-tracking lang="en" .data=${tracking('hostile')}></smartsend-tracking>`);
    expect(el.shadowRoot!.querySelector('a')).to.be.null;
    expect(el.shadowRoot!.querySelector('[href]')).to.be.null;
    expect(texts(el, '.carrier dd')).to.deep.equal(['PostNord', '00370712345678900000']);
  });

  it('links only https: URLs', async () => {
    const cases: [string, string | null][] = [
      [
        'https://www.postnord.dk/varktojer/track-trace?shipmentId=1',
        'https://www.postnord.dk/varktojer/track-trace?shipmentId=1',
      ],
      ['http://www.postnord.dk/track', null],
      ['  JavaScript:alert(1)', null],
      ['data:text/html,<script>alert(1)</script>', null],
      ['//evil.example/track', null],
      ['not a url', null],
    ];
    for (const [trackingUrl, expected] of cases) {
      const data = tracking('out-for-delivery');
      data.carrier.trackingUrl = trackingUrl;
      const el = await mount(html`<smartsend-tracking lang="en" .data=${data}></smartsend-tracking>`);
      expect(el.shadowRoot!.querySelector('a')?.getAttribute('href') ?? null, trackingUrl).to.equal(expected);
    }
  });

  it('keeps carrier fields of the wrong type as text instead of breaking', async () => {
    const data = tracking('out-for-delivery') as unknown as Record<string, unknown>;
    data.events = [
      { id: 'a', category: 'InTransit', occurredAt: '2026-11-30T08:05:00+01:00', description: { html: '<img>' } },
      { id: 'b', category: 'Bogus', occurredAt: 'yesterday' },
      null,
      { id: 'c', category: 'Mystery', occurredAt: '2026-11-29T08:05:00+01:00' },
    ];
    const el = await mount(html`<smartsend-tracking lang="en" .data=${data}></smartsend-tracking>`);
    expect(el.shadowRoot!.querySelector('img')).to.be.null;
    // An event with no usable date is dropped; an unknown category is shown as a plain update.
    expect(texts(el, '.event-label')).to.deep.equal(['In transit', 'Update']);
  });
});
