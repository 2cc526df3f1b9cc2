import { expect, html } from '@open-wc/testing';
import type { PublicTracking } from '../src/types.js';
import { freeze, mount, text, texts, thaw, tracking } from './helpers.js';

/** The in-transit fixture's events straddle the end of summer time in Copenhagen: 03:00 CEST became 02:00 CET. */
describe('dates and times, in the viewer’s time zone', () => {
  afterEach(thaw);

  it('runs in the pinned zone (web-test-runner.config.mjs)', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('Europe/Copenhagen');
  });

  it('shows both 02:30s of the night the clocks went back, newest first, under one day', async () => {
    const el = await mount(html`<smartsend-tracking lang="en" .data=${tracking('in-transit')}></smartsend-tracking>`);
    expect(texts(el, '.day-label')).to.deep.equal(['Monday, October 26', 'Sunday, October 25', 'Saturday, October 24']);
    expect(texts(el, '.time')).to.deep.equal(['7:12 AM', '2:30 AM', '2:30 AM', '6:45 PM']);
    const datetimes = [...el.shadowRoot!.querySelectorAll('.time')].map((t) => t.getAttribute('datetime'));
    expect(datetimes).to.deep.equal([
      '2026-10-26T07:12:00+01:00',
      '2026-10-25T02:30:00+01:00',
      '2026-10-25T02:30:00+02:00',
      '2026-10-24T18:45:00+02:00',
    ]);
  });

  it('writes them the Danish way in Danish', async () => {
    const el = await mount(html`<smartsend-tracking lang="da" .data=${tracking('in-transit')}></smartsend-tracking>`);
    expect(texts(el, '.day-label')).to.deep.equal(['mandag 26. oktober', 'søndag 25. oktober', 'lørdag 24. oktober']);
    expect(texts(el, '.time')).to.deep.equal(['07.12', '02.30', '02.30', '18.45']);
  });

  it('groups by the local calendar day, not by the day in the offset the carrier used', async () => {
    const data: PublicTracking = {
      ...tracking('in-transit'),
      events: [
        // 23:30 UTC on the 25th is 00:30 on the 26th in Copenhagen (CET).
        { id: 'c', category: 'InTransit', occurredAt: '2026-10-25T23:30:00+00:00' },
        // 08:00 in New York is 13:00 in Copenhagen.
        { id: 'b', category: 'InTransit', occurredAt: '2026-10-25T08:00:00-04:00' },
        // 23:30 UTC on the 24th is 01:30 on the 25th in Copenhagen (CEST).
        { id: 'a', category: 'Info', occurredAt: '2026-10-24T23:30:00Z' },
      ],
    };
    const el = await mount(html`<smartsend-tracking lang="en-GB" .data=${data}></smartsend-tracking>`);
    expect(texts(el, '.day-label')).to.deep.equal(['Monday 26 October', 'Sunday 25 October']);
    expect(texts(el, '.time')).to.deep.equal(['00:30', '13:00', '01:30']);
    expect(
      [...el.shadowRoot!.querySelectorAll('.day-label time')].map((t) => t.getAttribute('datetime')),
    ).to.deep.equal(['2026-10-26', '2026-10-25']);
  });

  it('says how long ago the status changed, in words', async () => {
    const data = tracking('in-transit'); // status since 2026-10-26T07:12+01:00
    const cases: [string, string, string][] = [
      ['2026-10-26T07:12:30+01:00', 'en', 'now'],
      ['2026-10-26T07:40:00+01:00', 'en', '28 minutes ago'],
      ['2026-10-26T09:12:00+01:00', 'en', '2 hours ago'],
      ['2026-10-26T09:12:00+01:00', 'da', 'for 2 timer siden'],
      ['2026-10-26T09:12:00+01:00', 'de', 'vor 2 Stunden'],
      ['2026-10-27T08:00:00+01:00', 'en', 'yesterday'],
      ['2026-10-30T08:00:00+01:00', 'fr', 'il y a 4 jours'],
      ['2026-11-16T08:00:00+01:00', 'en', '3 weeks ago'],
      // A clock running slightly behind the carrier's must not say "in 5 minutes".
      ['2026-10-26T07:07:00+01:00', 'en', 'now'],
    ];
    for (const [now, lang, expected] of cases) {
      freeze(now);
      const el = await mount(html`<smartsend-tracking lang=${lang} .data=${data}></smartsend-tracking>`);
      expect(text(el, '.when'), `${now} ${lang}`).to.equal(expected);
    }
  });
});
