/**
 * Builds the widget: one ES module at `dist/widget/smartsend-tracking.js` (stable name, Lit bundled) and a hashed
 * chunk per locale under `dist/widget/chunks/`. A size budget runs after every build and fails it when over.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { defineConfig, type Plugin, parseAst } from 'vite';

const OUT_DIR = 'dist/widget';
const ENTRY = 'smartsend-tracking.js';
/** Gzip budgets in bytes (KB = 1024): the entry with Lit, and each locale's messages. */
const BUDGET = { entry: 14 * 1024, locale: 2 * 1024 };

interface Size {
  raw: number;
  gzip: number;
}

/** Measures the emitted files, prints them, writes `sizes.json`, and fails the build when a budget is exceeded. */
function sizeBudget(): Plugin {
  return {
    name: 'smartsend-size-budget',
    apply: 'build',
    writeBundle(options, bundle) {
      const measure = (code: string): Size => ({
        raw: Buffer.byteLength(code),
        gzip: gzipSync(code, { level: 9 }).length,
      });
      let entry: Size | undefined;
      const locales: Record<string, Size> = {};
      const over: string[] = [];
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const size = measure(file.code);
        const locale = /[/\\]generated[/\\]locales[/\\]([\w-]+)\.ts$/.exec(file.facadeModuleId ?? '')?.[1];
        if (file.fileName === ENTRY) {
          entry = size;
          if (size.gzip > BUDGET.entry) over.push(`${file.fileName}: ${size.gzip} B gzip > ${BUDGET.entry} B`);
        } else if (locale) {
          locales[locale] = size;
          if (size.gzip > BUDGET.locale) over.push(`${file.fileName}: ${size.gzip} B gzip > ${BUDGET.locale} B`);
        } else {
          over.push(`${file.fileName}: an unexpected chunk (the entry should hold everything but the locales)`);
        }
      }
      if (!entry) over.push(`${ENTRY} was not emitted`);
      const sorted = Object.fromEntries(Object.entries(locales).sort(([a], [b]) => a.localeCompare(b)));
      writeFileSync(
        join(options.dir ?? OUT_DIR, 'sizes.json'),
        `${JSON.stringify({ entry, locales: sorted }, null, 2)}\n`,
      );
      const kb = (n: number) => `${(n / 1024).toFixed(2)} KB`;
      const row = (name: string, size: Size) =>
        `  ${name.padEnd(24)} ${kb(size.raw).padStart(9)} raw ${kb(size.gzip).padStart(9)} gzip (${size.gzip} B)`;
      console.log(
        `\nsize budget, gzip -9 (1 KB = 1024 B): entry ≤ ${kb(BUDGET.entry)}, each locale ≤ ${kb(BUDGET.locale)}`,
      );
      if (entry) console.log(row(ENTRY, entry));
      for (const [name, size] of Object.entries(sorted)) console.log(row(`locale ${name}`, size));
      if (over.length) this.error(`size budget exceeded:\n  ${over.join('\n  ')}`);
    },
  };
}

type Node = { type: string; start: number; end: number; [key: string]: unknown };

/**
 * Build-time shrinking of the widget's own source, as lit-localize's transform mode and minify-html-literals do:
 * whitespace in `html`/`svg`/`css` templates collapses (HTML renders a run of it as one space anyway; CSS loses
 * comments and the space around punctuation), and `msg()` drops its `{ desc }`, which is only for translators.
 */
function compactTemplates(): Plugin {
  return {
    name: 'smartsend-compact-templates',
    enforce: 'pre',
    transform: {
      filter: { id: /[/\\]widget[/\\]src[/\\](?!generated[/\\]).*\.ts$/ },
      handler(code, id) {
        const edits: { start: number; end: number; text: string }[] = [];
        const visit = (node: unknown): void => {
          if (Array.isArray(node)) {
            for (const child of node) visit(child);
            return;
          }
          if (!node || typeof node !== 'object' || typeof (node as Node).type !== 'string') return;
          const n = node as Node;
          const callee = n.callee as Node | undefined;
          const args = n.arguments as Node[] | undefined;
          if (n.type === 'CallExpression' && callee?.name === 'msg' && args?.length === 2 && onlyDesc(args[1]!)) {
            edits.push({ start: args[0]!.end, end: args[1]!.end, text: '' });
          }
          const tag = (n.tag as Node | undefined)?.name;
          if (n.type === 'TaggedTemplateExpression' && (tag === 'html' || tag === 'svg' || tag === 'css')) {
            const quasis = (n.quasi as { quasis: Node[] }).quasis;
            for (const [i, quasi] of quasis.entries()) {
              const raw = code.slice(quasi.start, quasi.end);
              const text = tag === 'css' ? compactCss(raw) : compactHtml(raw, i === 0, i === quasis.length - 1);
              if (text !== raw) edits.push({ start: quasi.start, end: quasi.end, text });
            }
          }
          for (const [key, value] of Object.entries(n)) if (key !== 'type') visit(value);
        };
        visit(parseAst(code, { lang: 'ts' }, id));
        if (!edits.length) return null;
        let out = code;
        for (const edit of edits.sort((a, b) => b.start - a.start)) {
          out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
        }
        return { code: out, map: null };
      },
    },
  };
}

function onlyDesc(node: Node): boolean {
  const properties = node.properties as Node[] | undefined;
  return (
    node.type === 'ObjectExpression' &&
    !!properties?.length &&
    properties.every((p) => (p.key as Node | undefined)?.name === 'desc')
  );
}

/**
 * Line breaks with their indentation go: to nothing between two tags and at the ends of the template, to one
 * space anywhere else (where they may separate two words).
 */
function compactHtml(html: string, first: boolean, last: boolean): string {
  let out = html.replace(/>\s*\n\s*</g, '><');
  if (first) out = out.replace(/^\s*\n\s*/, '');
  if (last) out = out.replace(/\s*\n\s*$/, '');
  return out.replace(/\s*\n\s*/g, ' ');
}

function compactCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

export default defineConfig({
  publicDir: false,
  build: {
    outDir: OUT_DIR,
    emptyOutDir: true,
    target: 'es2022',
    // Library mode: no preload helper (its absolute paths would break on a merchant's origin), exports kept.
    lib: { entry: 'widget/src/smartsend-tracking.ts', formats: ['es'], fileName: () => ENTRY },
    minify: true,
    rollupOptions: {
      preserveEntrySignatures: 'allow-extension',
      // @lit/localize declares no `sideEffects`; its modules have none, so what the widget does not use can go.
      treeshake: { moduleSideEffects: (id) => !/[/\\]node_modules[/\\]@lit[/\\]localize[/\\]/.test(id) },
      output: { chunkFileNames: 'chunks/[name]-[hash].js', minify: true },
    },
  },
  plugins: [compactTemplates(), sizeBudget()],
});
