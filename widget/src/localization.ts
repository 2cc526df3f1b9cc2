/**
 * Which language an element speaks, and its messages. Each element renders in its own locale: runtime-mode
 * `configureLocalization` holds one locale for the whole page, but two elements on one page may differ
 * (`lang="da"` beside `lang="de"`). So this module installs the runtime lookup itself, pointed synchronously at
 * the templates of the element that is rendering: the same ids and `str` ordering as lit-localize's runtime, for
 * plain and `str` messages (the widget keeps markup outside `msg()`). Messages still come from `msg()`, XLIFF and
 * `lit-localize build`.
 */
import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import { joinStringsAndValues, type StrResult } from '@lit/localize/internal/str-tag.js';
import type { MsgFn, TemplateMap } from '@lit/localize/internal/types.js';
import { allLocales, sourceLocale } from './generated/locale-codes.js';

export type Locale = (typeof allLocales)[number];

/** Static imports so that every bundler (and the test server) sees each locale chunk. */
const loaders: Record<Exclude<Locale, typeof sourceLocale>, () => Promise<{ templates: TemplateMap }>> = {
  da: () => import('./generated/locales/da.js'),
  de: () => import('./generated/locales/de.js'),
  es: () => import('./generated/locales/es.js'),
  fi: () => import('./generated/locales/fi.js'),
  fr: () => import('./generated/locales/fr.js'),
  is: () => import('./generated/locales/is.js'),
  it: () => import('./generated/locales/it.js'),
  nb: () => import('./generated/locales/nb.js'),
  nl: () => import('./generated/locales/nl.js'),
  pl: () => import('./generated/locales/pl.js'),
  sv: () => import('./generated/locales/sv.js'),
};

/** Languages written with a code other than the one the messages are filed under. */
const ALIASES: Record<string, Locale> = { no: 'nb', nn: 'nb' };

export interface ResolvedLocale {
  /** Whose messages to show. */
  messages: Locale;
  /** The tag for `Intl`: the page's own (`en-GB`, `da-DK`) when its language is one we speak. */
  intl: string;
}

/** The first tag in `tags` whose language has messages, else English. */
export function resolveLocale(tags: readonly (string | null | undefined)[]): ResolvedLocale {
  for (const tag of tags) {
    const clean = tag?.trim().replace(/_/g, '-');
    if (!clean) continue;
    const language = clean.split('-')[0]!.toLowerCase();
    // Own keys only: `lang="constructor"` must not find Object's.
    const messages =
      (Object.hasOwn(ALIASES, language) ? ALIASES[language] : undefined) ??
      (allLocales as readonly string[]).find((l) => l === language);
    if (messages) return { messages: messages as Locale, intl: canonical(clean) ?? messages };
  }
  return { messages: sourceLocale, intl: sourceLocale };
}

function canonical(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** `lang` on the element or its nearest ancestor, across shadow roots; an empty `lang` says nothing. */
export function languageOf(element: Element): string | undefined {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang')?.trim();
    if (lang) return lang;
    node = node.parentElement ?? ((node.parentNode as ShadowRoot | null)?.host as Element | undefined) ?? null;
  }
  return undefined;
}

/** The locale for an element: its `lang`, else the nearest `[lang]`, else the browser's languages, else English. */
export function localeFor(element: Element): ResolvedLocale {
  const lang = languageOf(element);
  return resolveLocale(lang ? [lang] : navigator.languages?.length ? navigator.languages : [navigator.language]);
}

const loaded = new Map<Locale, TemplateMap | undefined>([[sourceLocale, undefined]]);
const loading = new Map<Locale, Promise<void>>();

export function isLoaded(locale: Locale): boolean {
  return loaded.has(locale);
}

/** Loads a locale's messages once; later calls share the same promise. */
export function loadLocale(locale: Locale): Promise<void> {
  if (loaded.has(locale)) return Promise.resolve();
  let pending = loading.get(locale);
  if (!pending) {
    pending = loaders[locale as keyof typeof loaders]().then(
      (module) => {
        loaded.set(locale, module.templates);
      },
      (error: unknown) => {
        loading.delete(locale); // a failed chunk request may succeed next time
        throw error;
      },
    );
    loading.set(locale, pending);
  }
  return pending;
}

let active: TemplateMap | undefined;
_installMsgImplementation(((template: string | StrResult, options?: { id?: string }) => {
  const plain = typeof template === 'string';
  const found = active?.[options?.id ?? generateMsgId(plain ? template : template.strings, false)];
  if (plain) return (found as string | undefined) ?? template;
  const localized = found as StrResult | undefined;
  return joinStringsAndValues(localized?.strings ?? template.strings, template.values, localized?.values as number[]);
}) as MsgFn);

/** Runs `render` with `msg()` answering in `locale`, which must be loaded. */
export function inLocale<T>(locale: Locale, render: () => T): T {
  const previous = active;
  active = loaded.get(locale);
  try {
    return render();
  } finally {
    active = previous;
  }
}

const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;
const notify = () => {
  for (const listener of listeners) listener();
};

/** Calls `listener` whenever a `lang` attribute in the document or the browser's languages change. */
export function watchLanguage(listener: () => void): () => void {
  if (!observer) {
    observer = new MutationObserver(notify);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    addEventListener('languagechange', notify);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size || !observer) return;
    observer.disconnect();
    observer = undefined;
    removeEventListener('languagechange', notify);
  };
}
