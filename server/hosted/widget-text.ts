/**
 * The widget's own words on the server: the no-JavaScript fallback of the hosted page says exactly what the
 * element will say (same `msg()` calls, same XLIFF translations), so nothing changes wording when it takes over.
 */
import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import type { TemplateMap } from '@lit/localize/internal/types.js';
import { templates as da } from '../../widget/src/generated/locales/da.js';
import { templates as de } from '../../widget/src/generated/locales/de.js';
import { templates as es } from '../../widget/src/generated/locales/es.js';
import { templates as fi } from '../../widget/src/generated/locales/fi.js';
import { templates as fr } from '../../widget/src/generated/locales/fr.js';
import { templates as is } from '../../widget/src/generated/locales/is.js';
import { templates as it } from '../../widget/src/generated/locales/it.js';
import { templates as nb } from '../../widget/src/generated/locales/nb.js';
import { templates as nl } from '../../widget/src/generated/locales/nl.js';
import { templates as pl } from '../../widget/src/generated/locales/pl.js';
import { templates as sv } from '../../widget/src/generated/locales/sv.js';
import { categoryLabel, statusSentence } from '../../widget/src/messages.js';
import type { PageLocale } from './messages.js';

const TEMPLATES: Record<PageLocale, TemplateMap | undefined> = {
  en: undefined,
  da,
  de,
  es,
  fi,
  fr,
  is,
  it,
  nb,
  nl,
  pl,
  sv,
};

let active: TemplateMap | undefined;
// The server never loads the widget's own localization module, so this is the process's one installation.
_installMsgImplementation(((template, options) => runtimeMsg(active, template, options)) as Parameters<
  typeof _installMsgImplementation
>[0]);

/** Runs `render` (synchronously) with the widget's messages in `locale`. */
function inLocale<T>(locale: PageLocale, render: () => T): T {
  const previous = active;
  active = TEMPLATES[locale];
  try {
    return render();
  } finally {
    active = previous;
  }
}

export const widgetText = {
  categoryLabel: (locale: PageLocale, category: string | null) => inLocale(locale, () => categoryLabel(category)),
  statusSentence: (locale: PageLocale, status: string | null, place?: string) =>
    inLocale(locale, () => statusSentence(status, place)),
};
