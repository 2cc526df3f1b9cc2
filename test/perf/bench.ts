/**
 * `npm run bench`: every figure beside a baseline measured in the same run, as a ratio, in one table (stdout) that
 * is also written to bench-results.json. Progress goes to stderr. Targets are shown, never enforced: on a shared
 * machine an absolute time says little; the ratio to the baseline beside it says more.
 *
 * BENCH_DURATION  seconds per load run (default 10)
 * BENCH_SCALES    database sizes in shipments (default 10000,100000,1000000)
 * BENCH_QUICK=1   short runs on small databases, for development
 * BENCH_ROUNDS    interleaved rounds of the section 1 runs, best kept (default 2; 1 when quick)
 * BENCH_PROFILE=1 also profile the server (node --cpu-prof) under the public read and under ingest, and print
 *                 the hot spots; the .cpuprofile files stay under data/bench/profiles/
 * BENCH_ONLY      comma-separated sections to run: read,scale,ingest,widget,page (default all)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { hostedPage } from './browser.js';
import type { BenchContext } from './context.js';
import { GENERATOR_VERSION } from './data.js';
import { type BenchDatabase, benchDatabase, CACHE_DIR, schemaKey } from './database.js';
import { ingest } from './ingest.js';
import { ROOT, SERVER_ENTRY } from './processes.js';
import { profileServer } from './profile.js';
import { publicRead, scaleRead } from './read.js';
import { fmt, type Row, renderTable } from './report.js';
import { BUDGET, WIDGET_DIR, WIDGET_ENTRY, widgetSizes } from './widget.js';

process.chdir(ROOT);
const started = performance.now();
const log = (line: string) => process.stderr.write(`${line}\n`);

const env = process.env;
const quick = env.BENCH_QUICK === '1';
const seconds = Number(env.BENCH_DURATION ?? (quick ? 2 : 10));
const scales = (env.BENCH_SCALES ?? (quick ? '1000,10000' : '10000,100000,1000000'))
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isInteger(n) && n > 0)
  .sort((a, b) => a - b);
const profile = env.BENCH_PROFILE === '1';
const only = new Set((env.BENCH_ONLY ?? 'read,scale,ingest,widget,page').split(',').map((s) => s.trim()));
if (!(seconds > 0) || !scales.length) {
  console.error('bench: BENCH_DURATION must be a positive number and BENCH_SCALES a list of shipment counts');
  process.exit(2);
}

const tmp = mkdtempSync(join(tmpdir(), 'smartsend-bench-'));
const ctx: BenchContext = {
  quick,
  seconds,
  warmupSeconds: quick ? 0.5 : 2,
  connections: 32,
  rounds: Math.max(1, Number(env.BENCH_ROUNDS ?? (quick ? 1 : 2)) || 1),
  tmp,
  log,
};

// ── build ────────────────────────────────────────────────────────────────────────────────────────────────────

/** Builds what is missing. The widget build may fail while someone works on it: then its rows say so. */
function ensureBuilt(): string[] {
  const notes: string[] = [];
  const widgetEntry = join(WIDGET_DIR, WIDGET_ENTRY);
  if (existsSync(SERVER_ENTRY) && existsSync(widgetEntry)) return notes;
  log('dist/ is incomplete: npm run build');
  try {
    execFileSync('npm', ['run', 'build'], { stdio: ['ignore', process.stderr, process.stderr] });
  } catch {
    notes.push('npm run build failed (see stderr)');
    if (!existsSync(SERVER_ENTRY)) {
      log('building the server alone: tsc -p server/tsconfig.build.json');
      execFileSync('npx', ['tsc', '-p', 'server/tsconfig.build.json'], {
        stdio: ['ignore', process.stderr, process.stderr],
      });
    }
  }
  if (!existsSync(SERVER_ENTRY)) throw new Error(`${SERVER_ENTRY} is missing and could not be built`);
  return notes;
}

/** Newest modification time of the files under `dir`, skipping tests. */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { recursive: true })) {
    const name = String(entry);
    if (name.includes('test')) continue;
    const stat = statSync(join(dir, name));
    if (stat.isFile()) latest = Math.max(latest, stat.mtimeMs);
  }
  return latest;
}

function git(...args: string[]): string {
  try {
    return execFileSync('git', args, { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

// ── run ──────────────────────────────────────────────────────────────────────────────────────────────────────

const rows: Row[] = [];
const details: Record<string, unknown> = {};
const notes = ensureBuilt();
if (newest('server') > statSync(SERVER_ENTRY).mtimeMs) {
  notes.push(`${SERVER_ENTRY} is older than the newest file under server/: this run measures the last build`);
  log(`note: ${notes.at(-1)}`);
}
const machine = {
  date: new Date().toISOString(),
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? 'unknown',
  memoryBytes: totalmem(),
  node: process.version,
  os: `${process.platform} ${release()}`,
  loadAverageAtStart: loadavg(),
  commit: git('rev-parse', '--short', 'HEAD'),
  uncommittedFiles: git('status', '--porcelain').split('\n').filter(Boolean).length,
};
log(
  `bench: ${machine.cpus} cpus, node ${machine.node}, load ${machine.loadAverageAtStart.map((n) => n.toFixed(2)).join(' ')}; ` +
    `${seconds} s per run, scales ${scales.join(', ')}${quick ? ' (quick)' : ''}`,
);

try {
  const needsData = profile || ['read', 'scale', 'ingest'].some((s) => only.has(s));
  const dbs: BenchDatabase[] = [];
  if (needsData) {
    const key = await schemaKey();
    for (const scale of scales) {
      const db = await benchDatabase(scale, key, log);
      log(
        `database ${scale.toLocaleString('en')} shipments, ${db.events.toLocaleString('en')} events: ` +
          `${db.cached ? 'cached' : 'built'} (build took ${fmt.seconds(db.buildSeconds)}) ${db.path}`,
      );
      dbs.push(db);
    }
    details.databases = { cacheDir: CACHE_DIR, generator: GENERATOR_VERSION, schema: key };
  }
  const smallest = dbs[0]!;

  if (only.has('read')) {
    log('1. public read');
    const r = await publicRead(ctx, smallest);
    rows.push(...r.rows);
    details.publicRead = r.details;
  }
  if (profile) {
    // The read on the smallest and the largest database (view cache hits, then mostly misses); ingest on a copy
    // of the smallest.
    const largest = dbs.at(-1)!;
    const plans = [
      { name: `read ${smallest.scale}`, db: smallest, workload: 'read' as const },
      ...(largest !== smallest ? [{ name: `read ${largest.scale}`, db: largest, workload: 'read' as const }] : []),
      { name: `ingest ${smallest.scale}`, db: smallest, workload: 'ingest' as const },
    ];
    const profiles: Record<string, unknown> = {};
    for (const plan of plans) {
      log(`profile: the server under ${plan.name}, node --cpu-prof`);
      const p = await profileServer(ctx, plan.db, plan.workload);
      profiles[plan.name] = p.summary;
      log(p.text);
    }
    details.profiles = profiles;
  }
  if (only.has('scale')) {
    log('2. scale');
    const r = await scaleRead(ctx, dbs);
    rows.push(...r.rows);
    details.scale = r.details;
  }
  if (only.has('ingest')) {
    log('3. ingest');
    const r = await ingest(ctx, smallest);
    rows.push(...r.rows);
    details.ingest = r.details;
  }
  if (only.has('widget')) {
    log('4. widget sizes');
    rows.push(...widgetRows());
  }
  if (only.has('page')) {
    log('5. hosted page in Chromium');
    try {
      const r = await hostedPage(ctx);
      rows.push(...r.rows);
      details.hostedPage = r.details;
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
      log(`  hosted page not measured: ${reason}`);
      rows.push(unavailable('5. Hosted page in headless Chromium', 'hosted page', reason));
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

function unavailable(section: string, measure: string, reason: string): Row {
  return { section, measure, ours: 'not measured', baseline: reason, ratio: null, target: '', met: null };
}

function widgetRows(): Row[] {
  const section = '4. Widget bundle (dist/widget), gzip -9; baseline: the budget';
  const sizes = widgetSizes();
  if (!sizes)
    return [unavailable(section, 'widget entry and locale chunks', `${WIDGET_DIR}/${WIDGET_ENTRY} not built`)];
  const row = (measure: string, size: { raw: number; gzip: number }, budget: number, label: string): Row => ({
    section,
    measure,
    ours: `${fmt.count(size.gzip)} B gzip (${fmt.count(size.raw)} B raw)`,
    baseline: `${label} ${fmt.count(budget)} B`,
    ratio: size.gzip / budget,
    target: '≤ 1×',
    met: size.gzip <= budget,
    values: { ...size, budget },
  });
  const out = [row(`entry ${WIDGET_ENTRY}`, sizes.entry, BUDGET.entry, 'budget 14 KB')];
  for (const [locale, size] of Object.entries(sizes.locales)) {
    out.push(row(`locale ${locale} (${size.file})`, size, BUDGET.locale, 'budget 2 KB'));
  }
  if (!Object.keys(sizes.locales).length) out.push(unavailable(section, 'locale chunks', 'none found in chunks/'));
  return out;
}

const table = renderTable(rows);
const totalSeconds = (performance.now() - started) / 1000;
const machineAtEnd = { ...machine, loadAverageAtEnd: loadavg() };
console.log(table);
console.log(
  `\n${machine.cpus} cpus (${machine.cpuModel}), node ${machine.node}, ${machine.date}; load average ` +
    `${machine.loadAverageAtStart[0]!.toFixed(2)} at start, ${machineAtEnd.loadAverageAtEnd[0]!.toFixed(2)} at end; ` +
    `bench took ${fmt.seconds(totalSeconds)}.${notes.length ? `\nNotes: ${notes.join('; ')}` : ''}`,
);
const output = resolve('bench-results.json');
writeFileSync(
  output,
  `${JSON.stringify(
    {
      machine: machineAtEnd,
      options: {
        quick,
        seconds,
        warmupSeconds: ctx.warmupSeconds,
        connections: ctx.connections,
        scales,
        only: [...only],
      },
      benchSeconds: totalSeconds,
      notes,
      rows,
      details,
      table,
    },
    null,
    2,
  )}\n`,
);
log(`wrote ${output}`);
