import { expect, html, waitUntil } from '@open-wc/testing';
import { allLocales, targetLocales } from '../src/generated/locale-codes.js';
import * as da from '../src/generated/locales/da.js';
import * as de from '../src/generated/locales/de.js';
import * as es from '../src/generated/locales/es.js';
import * as fi from '../src/generated/locales/fi.js';
import * as fr from '../src/generated/locales/fr.js';
import * as is from '../src/generated/locales/is.js';
import * as it_ from '../src/generated/locales/it.js';
import * as nb from '../src/generated/locales/nb.js';
import * as nl from '../src/generated/locales/nl.js';
import * as pl from '../src/generated/locales/pl.js';
import * as sv from '../src/generated/locales/sv.js';
import type { SmartsendTrackingElement } from '../src/smartsend-tracking-element.js';
import { FIXTURES, mount, text, texts, tracking } from './helpers.js';

type Target = (typeof targetLocales)[number];
const GENERATED: Record<Target, { templates: Record<string, unknown> }> = {
  da,
  de,
  es,
  fi,
  fr,
  is,
  it: it_,
  nb,
  nl,
  pl,
  sv,
};

interface Unit {
  id: string;
  source: string;
  /** The translation with placeholders written `{0}`; undefined when missing or empty. */
  target: string | undefined;
}

/** The trans-units of a checked-in XLIFF file. */
async function xliff(locale: Target): Promise<{ language: string | null; units: Unit[] }> {
  const response = await fetch(new URL(`../xliff/${locale}.xlf`, import.meta.url));
  const doc = new DOMParser().parseFromString(await response.text(), 'application/xml');
  const flatten = (node: Element | null) => {
    if (!node) return undefined;
    let out = '';
    for (const child of node.childNodes) {
      out += child.nodeType === Node.TEXT_NODE ? child.textContent : `{${(child as Element).getAttribute('id')}}`;
    }
    return out.trim() || undefined;
  };
  const units = [...doc.querySelectorAll('trans-unit')].map((unit) => ({
    id: unit.getAttribute('id')!,
    source: flatten(unit.querySelector('source'))!,
    target: flatten(unit.querySelector('target')),
  }));
  return { language: doc.querySelector('file')?.getAttribute('target-language') ?? null, units };
}

/** A generated template as text with `{n}` placeholders, to compare with the XLIFF. */
function generatedText(template: unknown): string {
  if (typeof template === 'string') return template;
  const { strings, values } = template as { strings: readonly string[]; values: number[] };
  return strings.reduce((out, s, i) => out + (i ? `{${values[i - 1]}}` : '') + s, '');
}

describe('languages', () => {
  it('speaks the twelve languages of the contract', () => {
    expect([...allLocales]).to.have.members(['en', 'da', 'sv', 'nb', 'fi', 'is', 'de', 'nl', 'fr', 'es', 'it', 'pl']);
  });

  for (const locale of targetLocales) {
    it(`${locale}: every source message has a translation, and the built module matches the XLIFF`, async () => {
      const { language, units } = await xliff(locale);
      const generated = GENERATED[locale].templates;
      expect(language).to.equal(locale);
      // lit-localize build writes every message of the source into each module (English where a target is missing).
      expect(units.map((u) => u.id)).to.have.members(Object.keys(generated));
      expect(
        units.filter((u) => !u.target).map((u) => u.source),
        'untranslated',
      ).to.deep.equal([]);
      for (const unit of units) expect(generatedText(generated[unit.id]), unit.source).to.equal(unit.target);
    });
  }

  /** Every text that comes from a message, in a rendered element. */
  const MESSAGE_TEXT = '.label, .sentence, .step-label, .flag, .event-label, dt, a[part="link"]';

  for (const locale of allLocales) {
    it(`${locale}: every state renders in ${locale} only`, async () => {
      const translations =
        locale === 'en'
          ? undefined
          : (await xliff(locale)).units.map((u) => (u.target ?? '').replace(/[.*+?^$()|[\]\\]/g, '\\$&'));
      const patterns = translations?.map((t) => new RegExp(`^${t.replace(/\{\d+\}/g, '.+')}$`));
      for (const name of FIXTURES) {
        const el = await mount(html`<smartsend-tracking lang=${locale} .data=${tracking(name)}></smartsend-tracking>`);
        for (const shown of texts(el, MESSAGE_TEXT)) {
          const plain = shown.replace(/\s*\(.*\)$/, ''); // the link's "(opens in a new tab)" is its own message
          if (patterns)
            expect(
              patterns.some((p) => p.test(plain)),
              `${name}: "${plain}"`,
            ).to.be.true;
        }
        expect(el.shadowRoot!.querySelector('.card')!.getAttribute('lang')).to.equal(locale);
      }
    });
  }
});

describe('which language', () => {
  const data = tracking('in-transit');
  const label = (el: SmartsendTrackingElement) => text(el, '.label');
  let savedLang: string | null;
  beforeEach(() => {
    // The test page's own <html lang> must not decide for the element unless a test says so.
    savedLang = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
  });
  afterEach(() => {
    if (savedLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', savedLang);
    delete (navigator as { languages?: unknown }).languages;
  });

  it('follows lang on the element', async () => {
    const el = await mount(html`<smartsend-tracking lang="da" .data=${data}></smartsend-tracking>`);
    expect(label(el)).to.equal('Undervejs');
    expect(text(el, '.sentence')).to.equal('Din pakke er på vej.');
  });

  it('follows the nearest [lang] ancestor', async () => {
    const el = await mount(
      html`<div lang="fr"><section lang="de"><smartsend-tracking .data=${data}></smartsend-tracking></section></div>`,
    );
    expect(label(el)).to.equal('Unterwegs');
  });

  it('follows a change of its own lang', async () => {
    const el = await mount(html`<smartsend-tracking lang="da" .data=${data}></smartsend-tracking>`);
    el.setAttribute('lang', 'fi');
    await waitUntil(() => label(el) === 'Kuljetuksessa', 'did not switch to Finnish');
    expect(el.shadowRoot!.querySelector('.card')!.getAttribute('lang')).to.equal('fi');
  });

  it("follows a change of an ancestor's lang, and of the page's", async () => {
    const el = await mount(html`<div lang="sv"><smartsend-tracking .data=${data}></smartsend-tracking></div>`);
    expect(label(el)).to.equal('Under transport');
    el.parentElement!.setAttribute('lang', 'pl');
    await waitUntil(() => label(el) === 'W drodze', 'did not switch to Polish');
    el.parentElement!.removeAttribute('lang');
    document.documentElement.setAttribute('lang', 'nl');
    await waitUntil(() => label(el) === 'Onderweg', 'did not follow <html lang>');
  });

  it('serves no, nn and nb-NO as Norwegian Bokmål', async () => {
    for (const lang of ['no', 'nn', 'nb-NO']) {
      const el = await mount(html`<smartsend-tracking lang=${lang} .data=${data}></smartsend-tracking>`);
      expect(label(el), lang).to.equal('Underveis');
    }
  });

  it("falls back to the browser's languages, skipping those it does not speak", async () => {
    Object.defineProperty(navigator, 'languages', { configurable: true, get: () => ['ja-JP', 'is-IS', 'en'] });
    const el = await mount(html`<smartsend-tracking .data=${data}></smartsend-tracking>`);
    expect(label(el)).to.equal('Á leiðinni');
  });

  it('reads a lang that names a property of every object (constructor) as a language it does not speak', async () => {
    const el = await mount(html`<smartsend-tracking lang="constructor" .data=${data}></smartsend-tracking>`);
    expect(label(el)).to.equal('In transit');
  });

  it('falls back to English for a language it does not speak, dates included', async () => {
    const el = await mount(html`<smartsend-tracking lang="ja" .data=${data}></smartsend-tracking>`);
    expect(label(el)).to.equal('In transit');
    expect(texts(el, '.day-label')[0]).to.equal('Monday, October 26');
    expect(el.shadowRoot!.querySelector('.card')!.getAttribute('lang')).to.equal('en');
  });

  it("keeps the page's region for dates: en-GB writes 24-hour times, day before month", async () => {
    const el = await mount(html`<smartsend-tracking lang="en-GB" .data=${data}></smartsend-tracking>`);
    expect(label(el)).to.equal('In transit');
    expect(texts(el, '.day-label')[0]).to.equal('Monday 26 October');
    expect(texts(el, '.time')[0]).to.equal('07:12');
  });

  it('lets two elements on one page speak different languages', async () => {
    const first = await mount(
      html`<div><smartsend-tracking lang="de" .data=${data}></smartsend-tracking
        ><smartsend-tracking lang="es" .data=${data}></smartsend-tracking></div>`,
    );
    const second = first.nextElementSibling as SmartsendTrackingElement;
    await second.updateComplete;
    expect(label(first)).to.equal('Unterwegs');
    expect(label(second)).to.equal('En tránsito');
  });
});
