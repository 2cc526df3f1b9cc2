/**
 * Summarises a V8 `.cpuprofile` (from `node --cpu-prof`): self and total time per function, and self time per
 * area (our server code, each package, Node core, GC). `node --import tsx test/perf/profile.ts <file>` prints it.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BenchContext, measured } from './context.js';
import { eventsBatch } from './data.js';
import { type BenchDatabase, CACHE_DIR } from './database.js';
import type { LoadResult, LoadSpec } from './load.js';
import { BENCH_API_KEY, startServer } from './processes.js';
import { readRequests } from './read.js';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface FunctionTime {
  function: string;
  where: string;
  area: string;
  selfMs: number;
  selfPct: number;
  totalMs: number;
  totalPct: number;
}

export interface ProfileSummary {
  file: string;
  /** Sampled time, idle included. */
  sampledMs: number;
  /** Sampled time when the server was not idle. */
  busyMs: number;
  areas: { area: string; selfMs: number; pct: number }[];
  bySelf: FunctionTime[];
  /** Our own server functions by total (inclusive) time: where a request's time goes, top-down. */
  serverByTotal: FunctionTime[];
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function where(frame: CallFrame): string {
  const url = frame.url.startsWith('file://') ? relative(ROOT, fileURLToPath(frame.url)) : frame.url;
  return url ? `${url}:${frame.lineNumber + 1}` : '(native)';
}

function areaOf(frame: CallFrame): string {
  const { url, functionName } = frame;
  if (!url) return functionName.startsWith('(') ? functionName : 'V8 builtins and native';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1];
  if (pkg) return pkg;
  if (url.startsWith('node:')) return 'Node core';
  if (url.includes('/dist/node/server/')) return 'server (our code)';
  return 'other';
}

export function summarizeProfile(file: string, top = 25): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'}\u0000${where(n.callFrame)}`;

  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const frames = new Map<string, CallFrame>();
  let sampled = 0;
  let idle = 0;
  // Each sample stands for the time until the next one.
  for (let i = 0; i < profile.samples.length; i++) {
    const us = profile.timeDeltas[i + 1] ?? 0;
    const node = byId.get(profile.samples[i]!)!;
    sampled += us;
    if (node.callFrame.functionName === '(idle)') idle += us;
    const key = keyOf(node);
    frames.set(key, node.callFrame);
    self.set(key, (self.get(key) ?? 0) + us);
    const seen = new Set<string>();
    for (let n: ProfileNode | undefined = node; n; n = byId.get(parent.get(n.id) ?? -1)) {
      const k = keyOf(n);
      if (seen.has(k)) continue;
      seen.add(k);
      frames.set(k, n.callFrame);
      total.set(k, (total.get(k) ?? 0) + us);
    }
  }
  const busy = sampled - idle;
  const entry = (key: string): FunctionTime => {
    const frame = frames.get(key)!;
    const s = (self.get(key) ?? 0) / 1000;
    const t = (total.get(key) ?? 0) / 1000;
    return {
      function: frame.functionName || '(anonymous)',
      where: where(frame),
      area: areaOf(frame),
      selfMs: s,
      selfPct: (s * 100_000) / busy,
      totalMs: t,
      totalPct: (t * 100_000) / busy,
    };
  };
  const areas = new Map<string, number>();
  for (const [key, us] of self) {
    const area = areaOf(frames.get(key)!);
    if (area !== '(idle)') areas.set(area, (areas.get(area) ?? 0) + us);
  }
  return {
    file,
    sampledMs: sampled / 1000,
    busyMs: busy / 1000,
    areas: [...areas]
      .sort((a, b) => b[1] - a[1])
      .map(([area, us]) => ({ area, selfMs: us / 1000, pct: (us * 100) / busy })),
    bySelf: [...self.keys()]
      .map(entry)
      .filter((f) => f.area !== '(idle)')
      .sort((a, b) => b.selfMs - a.selfMs)
      .slice(0, top),
    serverByTotal: [...total.keys()]
      .map(entry)
      .filter((f) => f.area === 'server (our code)')
      .sort((a, b) => b.totalMs - a.totalMs)
      .slice(0, top),
  };
}

export function renderProfile(p: ProfileSummary): string {
  const pct = (n: number) => `${n.toFixed(1).padStart(5)}%`;
  const ms = (n: number) => `${n.toFixed(0).padStart(6)} ms`;
  const lines = [
    `CPU profile ${p.file}: ${p.busyMs.toFixed(0)} ms busy of ${p.sampledMs.toFixed(0)} ms sampled (percentages of busy time)`,
    'Self time by area:',
    ...p.areas.map((a) => `  ${pct(a.pct)} ${ms(a.selfMs)}  ${a.area}`),
    'Self time by function:',
    ...p.bySelf.map((f) => `  ${pct(f.selfPct)} ${ms(f.selfMs)}  ${f.function}  ${f.where}`),
    'Our server functions by total time (self + callees):',
    ...p.serverByTotal.map((f) => `  ${pct(f.totalPct)} ${ms(f.totalMs)}  ${f.function}  ${f.where}`),
  ];
  return lines.join('\n');
}

/**
 * The real server with `--cpu-prof` under one workload: the public read (200 path, as in section 1) or ingest
 * (`POST /api/v1/events`, 100 events a request, on a copy of the database). Profiles are kept under data/bench/.
 */
export async function profileServer(ctx: BenchContext, db: BenchDatabase, workload: 'read' | 'ingest') {
  const dir = join(CACHE_DIR, 'profiles', `${workload}-${new Date().toISOString().replace(/[:.]/g, '-')}`);
  mkdirSync(dir, { recursive: true });
  const path = workload === 'read' ? db.path : join(ctx.tmp, 'profile-ingest.db');
  if (workload === 'ingest') copyFileSync(db.path, path);
  const server = await startServer(path, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
  let seq = 0;
  const spec: Omit<LoadSpec, 'seconds'> =
    workload === 'read'
      ? { url: server.url, connections: ctx.connections, next: readRequests(db.scale), expect: 200 }
      : {
          url: server.url,
          connections: 4,
          expect: 200,
          next: () => ({
            method: 'POST',
            path: '/api/v1/events',
            headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${BENCH_API_KEY}` },
            body: JSON.stringify(eventsBatch(seq++, 100)),
          }),
        };
  let load: LoadResult;
  try {
    load = await measured(ctx, spec);
  } finally {
    await server.stop();
  }
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no .cpuprofile was written to ${dir}`);
  const summary = summarizeProfile(join(dir, file));
  const text = `${renderProfile(summary)}\n(${workload} under load: ${Math.round(load.rps)} req/s, p50 ${load.p50Ms.toFixed(1)} ms, p99 ${load.p99Ms.toFixed(1)} ms; profiling slows the server)`;
  return { summary: { ...summary, load }, text };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const file of process.argv.slice(2)) console.log(renderProfile(summarizeProfile(file)));
}
