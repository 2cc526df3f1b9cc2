/** Widget bundle sizes, raw and gzip -9, from the built `dist/widget/`: the entry and each locale chunk. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const WIDGET_DIR = 'dist/widget';
export const WIDGET_ENTRY = 'smartsend-tracking.js';
/** Gzip budgets in bytes (KB = 1024), as vite.config.ts enforces them. */
export const BUDGET = { entry: 14 * 1024, locale: 2 * 1024 };

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

export interface WidgetSizes {
  entry: FileSize;
  locales: Record<string, FileSize>;
}

function measure(dir: string, file: string): FileSize {
  const bytes = readFileSync(join(dir, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** Null when the widget has not been built. Locale chunks are `chunks/<locale>-<hash>.js` beside the entry. */
export function widgetSizes(dir = WIDGET_DIR): WidgetSizes | null {
  if (!existsSync(join(dir, WIDGET_ENTRY))) return null;
  const locales: Record<string, FileSize> = {};
  const chunks = join(dir, 'chunks');
  if (existsSync(chunks)) {
    for (const name of readdirSync(chunks).sort()) {
      const locale = /^([a-z]{2,3}(?:-[A-Za-z0-9]+)?)-[\w-]{6,}\.js$/.exec(name)?.[1];
      if (locale) locales[locale] = measure(dir, `chunks/${name}`);
    }
  }
  return { entry: measure(dir, WIDGET_ENTRY), locales };
}
