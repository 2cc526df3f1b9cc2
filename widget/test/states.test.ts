import { expect, html } from '@open-wc/testing';
import { http } from 'msw';
import {
  API,
  deferred,
  type FixtureName,
  freeze,
  mount,
  ok,
  problem,
  settled,
  text,
  texts,
  thaw,
  tracking,
  worker,
} from './helpers.js';

/** Mounts the element for one fixture, served by the mocked API, and waits for it to render. */
async function show(name: FixtureName) {
  const body = tracking(name);
  worker.use(http.get(`${API}/api/v1/tracking/${body.trackingNumber}`, () => ok(body)));
  const el = await mount(
    html`<smartsend-tracking lang="en" api-base=${API} tracking-number=${body.trackingNumber}></smartsend-tracking>`,
  );
  await settled(el);
  return el;
}

/** Each progress step as "label [flag] (state)". */
function steps(el: Element): string[] {
  return [...(el.shadowRoot?.querySelectorAll('[part="step"]') ?? [])].map((li) => {
    const state =
      li.getAttribute('aria-current') === 'step' ? 'current' : li.classList.contains('done') ? 'done' : 'upcoming';
    const flag = li.querySelector('.flag')?.textContent;
    return `${li.querySelector('.step-label')?.textContent}${flag ? ` [${flag}]` : ''} (${state})`;
  });
}

describe('states', () => {
  afterEach(() => {
    worker.resetHandlers();
    thaw();
  });

  it('in transit: status, when it happened, progress, the timeline by day and the carrier link', async () => {
    freeze('2026-10-26T09:12:00+01:00');
    const el = await show('in-transit');
    expect(text(el, '.label')).to.equal('In transit');
    expect(text(el, '.sentence')).to.equal('Your parcel is on its way.');
    expect(text(el, '.when')).to.equal('2 hours ago');
    expect(el.shadowRoot!.querySelector('.when time')!.getAttribute('datetime')).to.equal('2026-10-26T07:12:00+01:00');
    expect(steps(el)).to.deep.equal([
      'Registered (done)',
      'In transit (current)',
      'Out for delivery (upcoming)',
      'Delivered (upcoming)',
    ]);
    expect(texts(el, '.day-label')).to.deep.equal(['Monday, October 26', 'Sunday, October 25', 'Saturday, October 24']);
    expect(texts(el, '[part="event"]')).to.deep.equal([
      '7:12 AM In transit The parcel has reached the parcel center. GLS Pakkecenter Kolding, 6000 Kolding, Denmark',
      '2:30 AM In transit The parcel has left the parcel center. 2605 Brøndby, Denmark',
      '2:30 AM In transit The parcel has reached the parcel center. 2605 Brøndby, Denmark',
      '6:45 PM Information The parcel data was entered into the GLS IT system; the parcel was not yet handed over to GLS.',
    ]);
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="link"]')!;
    expect(link.href).to.equal('https://gls-group.com/DK/da/find-pakke?match=57239148365');
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.equal('noopener noreferrer');
    expect(text(el, 'a')).to.equal('Open tracking at GLS (opens in a new tab)');
    expect(texts(el, '.carrier dd')).to.deep.equal(['GLS', '57239148365']);
  });

  it('uses semantic lists and times: an <ol> of steps, an <ol> of days each with an <ol> of events', async () => {
    const el = await show('out-for-delivery');
    const root = el.shadowRoot!;
    expect(root.querySelector('[part="progress"]')!.localName).to.equal('ol');
    expect(root.querySelector('[part="timeline"]')!.localName).to.equal('ol');
    expect(root.querySelectorAll('[part="timeline"] > li > ol > li[part="event"]')).to.have.length(4);
    const times = [...root.querySelectorAll('[part="event"] time')].map((t) => t.getAttribute('datetime'));
    expect(times).to.deep.equal(tracking('out-for-delivery').events.map((e) => e.occurredAt));
    expect([...root.querySelectorAll('.day-label time')].map((t) => t.getAttribute('datetime'))).to.deep.equal([
      '2026-11-30',
      '2026-11-29',
    ]);
  });

  it('out for delivery: the third step is current', async () => {
    const el = await show('out-for-delivery');
    expect(text(el, '.label')).to.equal('Out for delivery');
    expect(text(el, '.sentence')).to.equal('Your parcel is out for delivery.');
    expect(steps(el)).to.deep.equal([
      'Registered (done)',
      'In transit (done)',
      'Out for delivery (current)',
      'Delivered (upcoming)',
    ]);
  });

  it('ready for pickup: names the service point and switches to the pickup route', async () => {
    const el = await show('ready-for-pickup');
    expect(text(el, '.label')).to.equal('Ready for pickup');
    expect(text(el, '.sentence')).to.equal('Your parcel is ready for pickup at Netto Nørrebrogade.');
    expect(steps(el)).to.deep.equal([
      'Registered (done)',
      'In transit (done)',
      'Ready for pickup (current)',
      'Picked up (upcoming)',
    ]);
    // The newest event is a notification, but the status stays where the parcel is.
    expect(texts(el, '.event-label')[0]).to.equal('Notification sent');
    expect(texts(el, '[part="event"] .muted')).to.include('Netto Nørrebrogade, 2200 København N, Denmark');
  });

  it('delivered: every step done, the last one current', async () => {
    const el = await show('delivered');
    expect(text(el, '.label')).to.equal('Delivered');
    expect(text(el, '.sentence')).to.equal('Your parcel has been delivered.');
    expect(steps(el)).to.deep.equal([
      'Registered (done)',
      'In transit (done)',
      'Out for delivery (done)',
      'Delivered (current)',
    ]);
  });

  it('delivery failure: the out-for-delivery step carries the failure, in words and not only in colour', async () => {
    const el = await show('delivery-failure');
    expect(text(el, '.label')).to.equal('Delivery attempt failed');
    expect(text(el, '.sentence')).to.equal('The carrier tried to deliver your parcel, but could not.');
    expect(steps(el)).to.deep.equal([
      'Registered (done)',
      'In transit (done)',
      'Out for delivery [Delivery attempt failed] (current)',
      'Delivered (upcoming)',
    ]);
    expect(el.shadowRoot!.querySelector('[aria-current="step"] .marker svg'), 'an icon marks the branch').to.exist;
  });

  it('delayed: the parcel stays in transit, marked delayed', async () => {
    const el = await show('delayed');
    expect(text(el, '.label')).to.equal('Delayed');
    expect(text(el, '.sentence')).to.equal('Your parcel is delayed, but it is still on its way.');
    expect(steps(el)).to.deep.equal([
      'Registered (done)',
      'In transit [Delayed] (current)',
      'Out for delivery (upcoming)',
      'Delivered (upcoming)',
    ]);
  });

  it('exception: shown where the parcel got to, with what may happen next', async () => {
    const el = await show('exception');
    expect(text(el, '.label')).to.equal('Needs attention');
    expect(text(el, '.sentence')).to.equal(
      'Something out of the ordinary happened. The parcel may be sent back, or the carrier may contact you.',
    );
    expect(steps(el)).to.deep.equal([
      'Registered (done)',
      'In transit (done)',
      'Out for delivery [Needs attention] (current)',
      'Delivered (upcoming)',
    ]);
  });

  it('expired: says no more updates will come; dates of another year show the year', async () => {
    freeze('2027-01-10T12:00:00+01:00');
    const el = await show('expired');
    expect(text(el, '.label')).to.equal('In transit', 'the status stays where the parcel was last seen');
    expect(text(el, '.sentence')).to.equal('Tracking for this parcel has expired and will not be updated.');
    expect(steps(el)[1]).to.equal('In transit [Tracking expired] (current)');
    expect(texts(el, '.day-label')[0]).to.equal('Tuesday, September 15, 2026');
  });

  it('no events yet: says the carrier has not scanned the parcel, and still links to the carrier', async () => {
    const el = await show('no-events');
    expect(text(el, '.label')).to.equal('Registered');
    expect(text(el, '.sentence')).to.equal('The carrier has not scanned the parcel yet.');
    expect(el.shadowRoot!.querySelector('.when')).to.be.null;
    expect(el.shadowRoot!.querySelector('[part="timeline"]')).to.be.null;
    expect(steps(el)[0]).to.equal('Registered (current)');
    expect(el.shadowRoot!.querySelector('a[part="link"]')).to.exist;
  });

  it('never shows Internal or System events, even if they arrive', async () => {
    const body = tracking('in-transit');
    body.status = 'System';
    body.events.unshift(
      { id: 'x1', category: 'Internal', occurredAt: '2026-10-26T08:00:00+01:00', description: 'Packed at warehouse 3' },
      { id: 'x2', category: 'System', occurredAt: '2026-10-26T08:01:00+01:00', description: 'Webhook retried' },
    );
    worker.use(http.get(`${API}/api/v1/tracking/:number`, () => ok(body)));
    const el = await mount(
      html`<smartsend-tracking lang="en" api-base=${API} tracking-number="57239148365"></smartsend-tracking>`,
    );
    await settled(el);
    expect(text(el, '.label')).to.equal('In transit');
    expect(text(el)).not.to.contain('warehouse 3');
    expect(text(el)).not.to.contain('Webhook');
    expect(el.shadowRoot!.querySelectorAll('[part="event"]')).to.have.length(4);
  });

  it('loading: a skeleton that holds the space and says it is loading', async () => {
    const held = deferred();
    worker.use(
      http.get(`${API}/api/v1/tracking/:number`, async () => {
        await held.promise;
        return ok(tracking('out-for-delivery'));
      }),
    );
    const el = await mount(
      html`<smartsend-tracking lang="en" api-base=${API} tracking-number="00370712345678901234"></smartsend-tracking>`,
    );
    const card = el.shadowRoot!.querySelector('.card')!;
    expect(card.getAttribute('part')).to.equal('base skeleton');
    expect(card.getAttribute('aria-busy')).to.equal('true');
    expect(text(el, '.vh')).to.equal('Loading tracking information…');
    const skeleton = el.getBoundingClientRect().height;
    held.resolve();
    await settled(el);
    const loaded = el.getBoundingClientRect().height;
    expect(skeleton, 'the skeleton is as tall as the loaded view, within a line or two').to.be.closeTo(loaded, 60);
  });

  it('not found: says what to check, and offers no retry', async () => {
    worker.use(http.get(`${API}/api/v1/tracking/:number`, () => problem(404, 'No shipment was found.')));
    const el = await mount(
      html`<smartsend-tracking lang="en" api-base=${API} tracking-number="NOPE123"></smartsend-tracking>`,
    );
    await settled(el);
    expect(text(el, '.label')).to.equal('We could not find this parcel');
    expect(text(el, '.sentence')).to.equal(
      'Check that the tracking number is correct. A new parcel can take a few hours to appear.',
    );
    expect(el.shadowRoot!.querySelector('button')).to.be.null;
  });

  it('not found for a link token: says the link is invalid or expired', async () => {
    worker.use(http.get(`${API}/api/v1/links/:token`, () => problem(404, 'No shipment was found.')));
    const el = await mount(
      html`<smartsend-tracking lang="en" api-base=${API} token="expired.token"></smartsend-tracking>`,
    );
    await settled(el);
    expect(text(el, '.sentence')).to.equal(
      'This tracking link is invalid or has expired. Use the tracking number from your order confirmation instead.',
    );
  });

  it('a malformed number (400) reads as not found', async () => {
    worker.use(http.get(`${API}/api/v1/tracking/:number`, () => problem(400, 'Not a tracking number.')));
    const el = await mount(
      html`<smartsend-tracking lang="en" api-base=${API} tracking-number="??"></smartsend-tracking>`,
    );
    await settled(el);
    expect(text(el, '.label')).to.equal('We could not find this parcel');
  });

  it('server error: says so and offers to try again', async () => {
    worker.use(http.get(`${API}/api/v1/tracking/:number`, () => problem(500, 'Something went wrong on our side.')));
    const el = await mount(
      html`<smartsend-tracking lang="en" api-base=${API} tracking-number="00370712345678901234"></smartsend-tracking>`,
    );
    await settled(el);
    expect(text(el, '.label')).to.equal('Tracking information could not be loaded');
    expect(text(el, '.sentence')).to.equal('Please try again in a moment.');
    expect(text(el, 'button')).to.equal('Try again');
  });

  it('network failure: asks to check the connection', async () => {
    worker.use(http.get(`${API}/api/v1/tracking/:number`, () => Response.error()));
    const el = await mount(
      html`<smartsend-tracking lang="en" api-base=${API} tracking-number="00370712345678901234"></smartsend-tracking>`,
    );
    await settled(el);
    expect(text(el, '.sentence')).to.equal('Check your internet connection and try again.');
    expect(text(el, 'button')).to.equal('Try again');
  });

  it('renders nothing until it has a tracking number, token or data', async () => {
    const el = await mount(html`<smartsend-tracking lang="en"></smartsend-tracking>`);
    expect(el.shadowRoot!.querySelector('.card')).to.be.null;
  });
});
