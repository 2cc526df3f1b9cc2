import { expect, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { http } from 'msw';
import { API, deferred, mount, tracking, worker } from './helpers.js';

const style = (el: Element, selector: string, pseudo?: string) =>
  getComputedStyle(el.shadowRoot!.querySelector(selector)!, pseudo);

describe('layout and theming', () => {
  afterEach(async () => {
    worker.resetHandlers();
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    await executeServerCommand('emulate-media-features', []);
  });

  it('fits 320 px without sideways scrolling, the progress line standing up', async () => {
    const el = await mount(
      html`<div style="inline-size: 320px"><smartsend-tracking lang="fi" .data=${tracking('delivery-failure')}></smartsend-tracking></div>`,
    );
    const card = el.shadowRoot!.querySelector('.card')!;
    expect(el.getBoundingClientRect().width).to.equal(320);
    expect(card.scrollWidth).to.be.at.most(card.clientWidth);
    for (const node of el.shadowRoot!.querySelectorAll('.card *')) {
      expect(node.getBoundingClientRect().right, node.className).to.be.at.most(el.getBoundingClientRect().right + 0.5);
    }
    const tops = [...el.shadowRoot!.querySelectorAll('[part="step"]')].map((s) => s.getBoundingClientRect().top);
    expect(new Set(tops).size, 'one step per row').to.equal(4);
  });

  it('lays the progress line out in a row on a desktop column', async () => {
    const el = await mount(
      html`<div style="inline-size: 640px"><smartsend-tracking lang="en" .data=${tracking('delivered')}></smartsend-tracking></div>`,
    );
    const tops = [...el.shadowRoot!.querySelectorAll('[part="step"]')].map((s) => s.getBoundingClientRect().top);
    expect(new Set(tops).size).to.equal(1);
  });

  it("inherits the page's font, and takes --smartsend-font instead when set", async () => {
    const inherited = await mount(
      html`<div style="font-family: Georgia, serif"><smartsend-tracking lang="en" .data=${tracking('delivered')}></smartsend-tracking></div>`,
    );
    expect(style(inherited, '.label').fontFamily).to.equal('Georgia, serif');
    const themed = await mount(
      html`<smartsend-tracking lang="en" style="--smartsend-font: monospace" .data=${tracking('delivered')}></smartsend-tracking>`,
    );
    expect(style(themed, '.label').fontFamily).to.equal('monospace');
  });

  it('takes its colours and radius from --smartsend-* custom properties', async () => {
    const el = await mount(
      html`<smartsend-tracking
        lang="en"
        style="--smartsend-accent: rgb(0, 80, 40); --smartsend-text: rgb(10, 10, 10); --smartsend-background: rgb(250, 245, 235); --smartsend-radius: 0px"
        .data=${tracking('out-for-delivery')}
      ></smartsend-tracking>`,
    );
    expect(style(el, 'a').color).to.equal('rgb(0, 80, 40)');
    expect(style(el, '.card').color).to.equal('rgb(10, 10, 10)');
    expect(style(el, '.card').backgroundColor).to.equal('rgb(250, 245, 235)');
    expect(style(el, '.card').borderRadius).to.equal('0px');
  });

  it('can be styled from the page through ::part()', async () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      'smartsend-tracking::part(base) { border-width: 3px } smartsend-tracking::part(link) { font-weight: 400 }',
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    try {
      const el = await mount(
        html`<smartsend-tracking lang="en" .data=${tracking('out-for-delivery')}></smartsend-tracking>`,
      );
      expect(style(el, '.card').borderTopWidth).to.equal('3px');
      expect(style(el, 'a').fontWeight).to.equal('400');
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    }
  });

  it('mirrors in a right-to-left page', async () => {
    const el = await mount(
      html`<div dir="rtl" style="inline-size: 640px"><smartsend-tracking lang="en" .data=${tracking('out-for-delivery')}></smartsend-tracking></div>`,
    );
    expect(style(el, '.events').borderRightWidth).to.equal('2px');
    expect(style(el, '.events').borderLeftWidth).to.equal('0px');
    const [first, second] = [...el.shadowRoot!.querySelectorAll('[part="step"]')].map(
      (s) => s.getBoundingClientRect().left,
    );
    expect(first, 'the first step is on the right').to.be.greaterThan(second!);
  });

  it('stops the skeleton pulsing for people who prefer reduced motion', async () => {
    worker.use(http.get(`${API}/api/v1/tracking/:number`, () => deferred<Response>().promise));
    const el = await mount(
      html`<smartsend-tracking lang="en" tracking-number="1" api-base=${API}></smartsend-tracking>`,
    );
    expect(style(el, '.bone').animationName).to.equal('pulse');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(style(el, '.bone').animationName).to.equal('none');
  });

  it('keeps the progress steps distinguishable in forced colours', async () => {
    const el = await mount(
      html`<smartsend-tracking lang="en" .data=${tracking('out-for-delivery')}></smartsend-tracking>`,
    );
    await executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }]);
    expect(matchMedia('(forced-colors: active)').matches).to.be.true;
    const done = style(el, '.step.done .marker').backgroundColor;
    const upcoming = style(el, '.step.upcoming .marker').backgroundColor;
    expect(done).not.to.equal(upcoming);
    expect(style(el, '.current .marker', '::after').backgroundColor).to.equal(done);
  });

  it('follows prefers-color-scheme: dark', async () => {
    const el = await mount(
      html`<smartsend-tracking lang="en" .data=${tracking('out-for-delivery')}></smartsend-tracking>`,
    );
    const light = style(el, '.card').backgroundColor;
    await emulateMedia({ colorScheme: 'dark' });
    expect(style(el, '.card').backgroundColor).not.to.equal(light);
    expect(style(el, '.card').color).to.equal('rgb(232, 234, 237)');
  });
});
