/** The `<smartsend-tracking>` element class. Importing it registers nothing; `smartsend-tracking-define.ts` does. */
import { msg, str } from '@lit/localize';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { endpoint, fetchTracking, parseTracking } from './api.js';
import { formatDay, formatLocation, formatRelative, formatTime, groupByDay } from './format.js';
import { sourceLocale } from './generated/locale-codes.js';
import { categoryIcon, icon } from './icons.js';
import { inLocale, isLoaded, loadLocale, localeFor, type ResolvedLocale, watchLanguage } from './localization.js';
import { categoryLabel, statusSentence } from './messages.js';
import { progressOf, type Step } from './progress.js';
import { styles } from './styles.js';
import type { Category, PublicEvent, PublicTracking, TrackingProblem } from './types.js';

/** How often an open page asks again, unless the server's `max-age` (or `Retry-After`) says to wait longer. */
const REFRESH_INTERVAL = 3 * 60_000;
/** Page data has no `Cache-Control` of its own: treat it as fresh for the server's usual `max-age`. */
const PAGE_DATA_MAX_AGE = 60_000;
/** Nothing more will happen to the parcel, so the element stops asking. */
const FINAL: ReadonlySet<string> = new Set(['Delivered', 'Expired']);

/**
 * Whether the carrier has closed this tracking. The server keeps the real last status (`InTransit`) when an
 * `Expired` event comes last, so the newest event says it, not the status.
 */
function expired(tracking: PublicTracking): boolean {
  return tracking.status === 'Expired' || tracking.events[0]?.category === 'Expired';
}
const HIDDEN: ReadonlySet<string> = new Set(['Internal', 'System']);
/** The API lives where the script came from, unless `api-base` says otherwise. */
const SCRIPT_ORIGIN = new URL(import.meta.url).origin;

/**
 * Shows a recipient where their parcel is: the current status, a progress line, every public event grouped by
 * day, and a link to the carrier's own tracking page, in the language of the page.
 *
 * Give it `tracking-number` or `token` and it fetches the tracking from the API, then keeps it current while the
 * page is open (never more often than the API's `Cache-Control` allows). Data the page already has can be passed
 * as the `data` property or as JSON in a child `<script type="application/json">`; it then renders without a
 * request. Other light-DOM children (a server-rendered fallback) are not shown once the element runs.
 *
 * @summary Shipment tracking for one parcel, in the recipient's language.
 *
 * @fires {CustomEvent<PublicTracking>} smartsend-tracking-load - New tracking arrived from the API; `detail` is the `PublicTracking`. Bubbles, composed.
 * @fires {CustomEvent<TrackingProblem>} smartsend-tracking-error - A request failed; `detail` is the RFC 9457 problem (`type`, `title`, `status`, `detail`; no `status` when the network failed). Bubbles, composed.
 *
 * @csspart base - The card around everything.
 * @csspart skeleton - The card while the first answer is loading (together with `base`).
 * @csspart status - The status header: icon, label, sentence and when it happened.
 * @csspart progress - The progress line (`<ol>`).
 * @csspart step - One step of the progress line.
 * @csspart timeline - The list of days (`<ol>`).
 * @csspart day - One day of the timeline.
 * @csspart event - One event of the timeline.
 * @csspart carrier - The carrier's name, the tracking number and the link.
 * @csspart link - The link to the carrier's tracking page.
 * @csspart message - A notice: not found, could not load, could not update.
 * @csspart button - The "Try again" button.
 *
 * @cssprop [--smartsend-accent=#0b57d0] - Links, the progress line, the button and the focus ring. Keep 4.5:1 against the background.
 * @cssprop [--smartsend-accent-dark] - The accent in dark mode; by default the accent mixed half-way to white, so a shop's dark brand colour stays legible.
 * @cssprop [--smartsend-text=#1b1d21 (dark: #e8eaed)] - Text colour; secondary text and lines are mixed from it.
 * @cssprop [--smartsend-background=#ffffff (dark: #1c1d21)] - The card's background.
 * @cssprop [--smartsend-radius=0.75rem] - Corner radius of the card (notices and the button use two thirds of it).
 * @cssprop [--smartsend-font=inherit] - Font family; by default the page's own.
 */
export class SmartsendTrackingElement extends LitElement {
  static override styles = styles;
  static override properties = {
    trackingNumber: { attribute: 'tracking-number' },
    token: {},
    apiBase: { attribute: 'api-base' },
    data: { attribute: false },
    locale: { state: true, attribute: false },
    loading: { state: true, attribute: false },
    problem: { state: true, attribute: false },
    updatedAt: { state: true, attribute: false },
    announced: { state: true, attribute: false },
  };

  /** The carrier's tracking number to show. */
  declare trackingNumber?: string;

  /** A signed tracking-link token (from an email); used instead of `tracking-number` when both are set. */
  declare token?: string;

  /** Origin (or base URL) of the tracking API; defaults to the origin this script was loaded from. */
  declare apiBase?: string;

  /** The `PublicTracking` shown. Set it to render without a request; every successful load replaces it. */
  declare data?: PublicTracking;

  declare private locale?: ResolvedLocale;
  private loading = false;
  /** Why the last request failed; cleared by the next success. */
  declare private problem?: TrackingProblem;
  /** When `data` was last known to be current (epoch ms). */
  declare private updatedAt?: number;
  /** A status that changed while the element was open, for the polite live region. */
  declare private announced?: Category | null;

  #endpoint?: string;
  #started = false;
  #fetched?: PublicTracking;
  #etag: string | null = null;
  #controller?: AbortController;
  #timer?: ReturnType<typeof setTimeout>;
  #lastRequest = 0;
  #notBefore = 0;
  #localeReady: Promise<void> = Promise.resolve();
  #unwatchLanguage?: () => void;
  #focusAfterLoad = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#unwatchLanguage = watchLanguage(() => this.#updateLocale());
    this.#updateLocale();
    document.addEventListener('visibilitychange', this.#onVisibilityChange);
    if (this.#started) this.#refreshIfDue();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unwatchLanguage?.();
    document.removeEventListener('visibilitychange', this.#onVisibilityChange);
    this.#cancel();
  }

  /** Fetches the tracking now, whatever the schedule says (the "Try again" button does this). */
  refresh(): Promise<void> {
    return this.#load();
  }

  /** Resolves once the element has rendered in its language, which may first have to load. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.#localeReady;
    return (await super.getUpdateComplete()) && done;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated && this.data === undefined) this.#readPageData();
    if (changed.has('data') && this.data !== this.#fetched) this.#adopt(this.data);
    if (changed.has('trackingNumber') || changed.has('token') || changed.has('apiBase')) this.#sourceChanged();
  }

  protected override updated(): void {
    if (this.#focusAfterLoad && !this.loading) {
      this.#focusAfterLoad = false;
      // The button that had focus is gone: give focus to the card, not to the page's <body>.
      if (!this.shadowRoot?.activeElement) this.renderRoot.querySelector<HTMLElement>('.card')?.focus();
    }
  }

  // ── data ────────────────────────────────────────────────────────────────────────────────────────────────

  /** JSON the page rendered into a child `<script type="application/json">`. */
  #readPageData(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (!script) return;
    try {
      this.#adopt(JSON.parse(script.textContent ?? ''));
    } catch {
      // Not JSON: the element fetches instead.
    }
  }

  /** Data from outside (property or page) is taken as current now. */
  #adopt(data: unknown): void {
    const parsed = parseTracking(data);
    this.data = this.#fetched = parsed;
    this.problem = undefined;
    this.updatedAt = parsed ? Date.now() : undefined;
  }

  #sourceChanged(): void {
    const next = endpoint(this.apiBase || SCRIPT_ORIGIN, this.token, this.trackingNumber);
    if (next === this.#endpoint) return;
    const first = !this.#started;
    this.#started = true;
    this.#endpoint = next;
    this.#cancel();
    if (!next) return;
    if (first && this.data) {
      // The page's own data stands in for the first request.
      this.#lastRequest = Date.now();
      this.#notBefore = this.#lastRequest + PAGE_DATA_MAX_AGE;
      this.#schedule();
      return;
    }
    if (!first) {
      this.data = this.#fetched = undefined;
      this.#etag = null;
      this.problem = this.updatedAt = this.announced = undefined;
    }
    void this.#load();
  }

  async #load(): Promise<void> {
    const url = this.#endpoint;
    if (!url) return;
    this.#cancel();
    const controller = new AbortController();
    this.#controller = controller;
    this.loading = true;
    let result: Awaited<ReturnType<typeof fetchTracking>>;
    try {
      result = await fetchTracking(url, this.#etag, controller.signal);
    } catch {
      return; // aborted: a newer request, a new source or a disconnect owns the element now
    }
    if (controller.signal.aborted) return;
    this.#controller = undefined;
    this.loading = false;
    const now = Date.now();
    this.#lastRequest = now;
    if (result.kind === 'problem') {
      this.problem = result.problem;
      this.#notBefore = now + result.retryAfter * 1000;
      emit(this, 'smartsend-tracking-error', result.problem);
    } else {
      this.problem = undefined;
      this.updatedAt = now;
      this.#notBefore = now + result.maxAge * 1000;
      if (result.kind === 'tracking') {
        const before = this.data;
        this.#etag = result.etag;
        this.data = this.#fetched = result.tracking;
        if (before && before.status !== result.tracking.status) this.announced = result.tracking.status;
        emit(this, 'smartsend-tracking-load', result.tracking);
      }
    }
    this.#schedule();
  }

  #cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#controller?.abort();
    this.#controller = undefined;
    this.loading = false;
  }

  /** Whether asking again can change anything: not after a final status, nor after "no such parcel". */
  #worthAsking(): boolean {
    const status = this.problem?.status;
    if (status && status >= 400 && status < 500 && status !== 429) return false;
    return !(this.data && !this.problem && (FINAL.has(this.data.status ?? '') || expired(this.data)));
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (!this.#endpoint || !this.isConnected || document.visibilityState === 'hidden' || !this.#worthAsking()) return;
    const at = Math.max(this.#lastRequest + REFRESH_INTERVAL, this.#notBefore);
    this.#timer = setTimeout(() => void this.#load(), at - Date.now());
  }

  #refreshIfDue(): void {
    if (!this.#endpoint || this.loading) return;
    if (!this.#lastRequest || (Date.now() >= this.#notBefore && this.#worthAsking())) void this.#load();
    else this.#schedule();
  }

  #onVisibilityChange = (): void => {
    if (document.visibilityState === 'hidden') {
      clearTimeout(this.#timer);
      this.#timer = undefined;
    } else {
      this.#refreshIfDue();
    }
  };

  // ── language ────────────────────────────────────────────────────────────────────────────────────────────

  #updateLocale(): void {
    const next = localeFor(this);
    if (next.messages === this.locale?.messages && next.intl === this.locale.intl) return;
    if (isLoaded(next.messages)) {
      this.locale = next;
      return;
    }
    // Until the new language arrives the element keeps speaking the old one (or shows the page's fallback).
    this.#localeReady = loadLocale(next.messages).then(
      () => {
        if (localeFor(this).messages === next.messages) this.locale = next;
      },
      () => {
        this.locale ??= { messages: sourceLocale, intl: sourceLocale }; // the chunk did not load: English
      },
    );
  }

  // ── rendering ───────────────────────────────────────────────────────────────────────────────────────────

  protected override render(): TemplateResult | typeof nothing {
    const locale = this.locale;
    if (!locale) {
      // The language is still loading: keep the page's own fallback on screen, or hold the space.
      if ([...this.children].some((child) => child.localName !== 'script')) return html`<slot></slot>`;
      return this.data || this.#endpoint
        ? html`<div class="card skeleton" part="base skeleton">${this.#bones()}</div>`
        : nothing;
    }
    const skeleton = !this.data && (!this.problem || this.loading);
    if (skeleton && !this.#endpoint) return nothing;
    return inLocale(
      locale.messages,
      () => html`<div
        class="card ${skeleton ? 'skeleton' : ''}"
        part=${skeleton ? 'base skeleton' : 'base'}
        lang=${locale.intl}
        tabindex="-1"
        aria-busy=${skeleton ? 'true' : nothing}
      >
        ${
          skeleton
            ? html`<p class="vh">${msg('Loading tracking information…', { desc: 'smartsend-tracking: while loading' })}</p>
              ${this.#bones()}`
            : this.data
              ? this.#tracking(this.data, locale.intl)
              : this.#problem(this.problem!)
        }
        <div class="vh" role="status">${this.#announcement()}</div>
      </div>`,
    );
  }

  #tracking(tracking: PublicTracking, intl: string): TemplateResult {
    const events = tracking.events.filter((e) => !HIDDEN.has(e.category));
    const status = HIDDEN.has(tracking.status ?? '') ? (events[0]?.category ?? null) : tracking.status;
    const since = status ? events.find((e) => e.category === status) : undefined;
    const place = since?.location?.name ?? formatLocation(since?.location, intl);
    // Failures and exceptions get the warning icon and colour; the label says the same in words.
    const statusIcon = categoryIcon(status);
    return html`
      ${this.problem ? this.#stale(intl) : nothing}
      <div class="status ${statusIcon === 'alert' ? 'warn' : ''}" part="status">
        <span class="badge">${icon(statusIcon)}</span>
        <div>
          <p class="label">${categoryLabel(status)}</p>
          <p class="sentence">${
            // Where the parcel was last seen stays the status; that nothing more will come is the news.
            expired(tracking) && status !== 'Delivered'
              ? statusSentence('Expired')
              : statusSentence(status, status === 'AvailableForPickup' ? place : undefined)
          }</p>
          ${
            since
              ? html`<p class="when">
                <time datetime=${since.occurredAt}>${formatRelative(new Date(since.occurredAt), intl)}</time>
              </p>`
              : nothing
          }
        </div>
      </div>
      ${this.#progress(progressOf({ ...tracking, status, events }))}
      ${events.length ? this.#timeline(events, intl) : nothing}
      ${this.#carrier(tracking)}
    `;
  }

  #progress(steps: Step[]): TemplateResult {
    return html`<ol class="progress" part="progress" aria-label=${msg('Progress', { desc: 'smartsend-tracking: name of the progress line' })}>
      ${steps.map(
        (step) => html`<li
          class="step ${step.state} ${step.branch ? 'branch' : ''}"
          part="step"
          aria-current=${step.current ? 'step' : nothing}
        >
          <span class="marker">${step.branch ? icon(categoryIcon(step.branch)) : step.state === 'done' ? icon('tick') : nothing}</span>
          <span class="step-label">${categoryLabel(step.kind)}</span>
          ${step.branch ? html`<span class="flag">${categoryLabel(step.branch)}</span>` : nothing}
          <span class="vh"
            >${
              step.state === 'done'
                ? `, ${msg('completed', { desc: 'smartsend-tracking: screen-reader note on a progress step that is done' })}`
                : step.current
                  ? `, ${msg('current step', { desc: 'smartsend-tracking: screen-reader note on the current progress step' })}`
                  : nothing
            }</span
          >
        </li>`,
      )}
    </ol>`;
  }

  #timeline(events: PublicEvent[], intl: string): TemplateResult {
    const latest = events[0];
    return html`<ol class="timeline" part="timeline" aria-label=${msg('Tracking history', { desc: 'smartsend-tracking: name of the list of events' })}>
      ${groupByDay(events).map(
        (day) => html`<li part="day">
          <p class="day-label"><time datetime=${day.key}>${formatDay(day.date, intl)}</time></p>
          <ol class="events">
            ${day.events.map((event) => {
              const place = formatLocation(event.location, intl);
              return html`<li class="event ${event === latest ? 'latest' : ''}" part="event">
                <time class="time" datetime=${event.occurredAt}>${formatTime(new Date(event.occurredAt), intl)}</time>
                <div>
                  <p class="event-label">${categoryLabel(event.category)}</p>
                  ${event.description ? html`<p>${event.description}</p>` : nothing}
                  ${place ? html`<p class="muted">${place}</p>` : nothing}
                </div>
              </li>`;
            })}
          </ol>
        </li>`,
      )}
    </ol>`;
  }

  #carrier({ carrier, trackingNumber }: PublicTracking): TemplateResult {
    const href = httpsUrl(carrier.trackingUrl);
    const carrierName = carrier.name || carrier.code;
    return html`<div class="carrier" part="carrier">
      <dl>
        ${
          carrier.name
            ? html`<div>
              <dt>${msg('Carrier', { desc: 'smartsend-tracking: term for the carrier name' })}</dt>
              <dd>${carrier.name}</dd>
            </div>`
            : nothing
        }
        <div>
          <dt>${msg('Tracking number', { desc: 'smartsend-tracking: term for the tracking number' })}</dt>
          <dd>${trackingNumber}</dd>
        </div>
      </dl>
      ${
        href
          ? html`<a part="link" href=${href} target="_blank" rel="noopener noreferrer"
            >${msg(str`Open tracking at ${carrierName}`, {
              desc: "smartsend-tracking: link to the carrier's tracking page; the value is the carrier's name",
            })}<span class="vh"> ${msg('(opens in a new tab)', { desc: 'smartsend-tracking: screen-reader note on the link' })}</span
            >${icon('external')}</a
          >`
          : nothing
      }
    </div>`;
  }

  /** After a failed refresh: the last good data stays, with this above it. */
  #stale(intl: string): TemplateResult {
    const when = this.updatedAt ? formatRelative(new Date(this.updatedAt), intl) : '';
    return html`<div class="notice" part="message">
      <p>
        ${msg('The tracking information could not be updated.', { desc: 'smartsend-tracking: a refresh failed' })}
        ${when ? msg(str`Last updated ${when}.`, { desc: 'smartsend-tracking: the value is a relative time, e.g. "5 minutes ago"' }) : nothing}
      </p>
      ${this.#retryButton()}
    </div>`;
  }

  /** Nothing to show: either no such parcel, or the request failed. */
  #problem(problem: TrackingProblem): TemplateResult {
    const notFound = problem.status === 404 || problem.status === 400;
    const text = notFound
      ? this.token
        ? msg(
            'This tracking link is invalid or has expired. Use the tracking number from your order confirmation instead.',
            {
              desc: 'smartsend-tracking: not found, when the element was given a link token',
            },
          )
        : msg('Check that the tracking number is correct. A new parcel can take a few hours to appear.', {
            desc: 'smartsend-tracking: not found, when the element was given a tracking number',
          })
      : problem.status
        ? msg('Please try again in a moment.', { desc: 'smartsend-tracking: the server failed or was busy' })
        : msg('Check your internet connection and try again.', { desc: 'smartsend-tracking: the network failed' });
    return html`<div class="status ${notFound ? '' : 'warn'}" part="message">
      <span class="badge">${icon(notFound ? 'info' : 'alert')}</span>
      <div>
        <p class="label">
          ${
            notFound
              ? msg('We could not find this parcel', { desc: 'smartsend-tracking: heading when the API answered 404' })
              : msg('Tracking information could not be loaded', {
                  desc: 'smartsend-tracking: heading when a request failed',
                })
          }
        </p>
        <p class="sentence">${text}</p>
        ${notFound ? nothing : this.#retryButton()}
      </div>
    </div>`;
  }

  #retryButton(): TemplateResult {
    return html`<button part="button" @click=${this.#retry}>
      ${msg('Try again', { desc: 'smartsend-tracking: button that repeats a failed request' })}
    </button>`;
  }

  #retry = (): void => {
    this.#focusAfterLoad = true;
    void this.#load();
  };

  #announcement(): string {
    if (this.announced === undefined) return '';
    const label = categoryLabel(this.announced);
    return `${msg(str`New status: ${label}.`, { desc: 'smartsend-tracking: announced to screen readers when the status changes' })} ${statusSentence(this.announced)}`;
  }

  /** Bones in the same boxes as the text they stand for: a typical parcel's four events, so little moves. */
  #bones(): TemplateResult {
    const bone = (width: string) => html`<span class="bone ${width}"></span>`;
    const event = html`<li class="event">
      ${bone('w1')}
      <p>${bone('w3')}<br>${bone('w4')}<br>${bone('w3')}</p>
    </li>`;
    return html`<div class="status" aria-hidden="true">
        <span class="badge"></span>
        <div>
          <p class="label">${bone('w3')}</p>
          <p class="sentence">${bone('w4')}</p>
          <p class="when">${bone('w2')}</p>
        </div>
      </div>
      <ol class="progress" aria-hidden="true">
        ${[1, 2, 3, 4].map(() => html`<li class="step"><span class="marker"></span>${bone('w2')}</li>`)}
      </ol>
      <ol class="timeline" aria-hidden="true">
        ${[1, 2].map(
          () => html`<li>
            <p class="day-label">${bone('w2')}</p>
            <ol class="events">${event}${event}</ol>
          </li>`,
        )}
      </ol>
      <p class="carrier" aria-hidden="true">${bone('w3')}${bone('w3')}</p>`;
  }
}

/** Events leave the shadow root and bubble to the page (`composed`), as a merchant's listener expects. */
function emit(target: Element, type: string, detail: PublicTracking | TrackingProblem): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

/** Only an `https:` URL becomes a link; anything else (`javascript:`, `http:`, garbage) is not rendered. */
function httpsUrl(value: string): string | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

declare global {
  interface HTMLElementEventMap {
    'smartsend-tracking-load': CustomEvent<PublicTracking>;
    'smartsend-tracking-error': CustomEvent<TrackingProblem>;
  }
}
