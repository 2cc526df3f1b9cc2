/** HTTP load through autocannon's programmatic API, with latencies kept to the microsecond (its own are whole ms). */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import autocannon, { type Request } from 'autocannon';

export interface LoadSpec {
  /** Origin of the server under load. */
  url: string;
  connections: number;
  seconds: number;
  /** The next request; called once per request, so each can name another shipment. */
  next: () => Request;
  /** The status a correct answer has (200, or 304 for conditional requests). */
  expect: number;
  /** Requests per second over all connections; unlimited when absent. */
  overallRate?: number;
  /** Sees each response body (ingest reads `accepted` from it). */
  onBody?: (status: number, body: string) => void;
  /** The server's process: its CPU time over the run is measured too. */
  pid?: number;
}

export interface LoadResult {
  seconds: number;
  /** Responses with the expected status. */
  ok: number;
  /** Responses with the expected status, per second. */
  rps: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  meanMs: number;
  /** Connection errors and timeouts. */
  errors: number;
  /** Responses with any other status. */
  unexpected: number;
  statuses: Record<string, number>;
  /** The server's CPU time over the run ÷ the run's wall time (1 = one core busy); null without a pid. */
  serverCpu: number | null;
  /** The server's CPU time per answered request, in µs: steadier than req/s on a shared machine. */
  cpuUsPerRequest: number | null;
}

let ticksPerSecond = 0;
/** User + system CPU seconds a process has used, from `/proc/<pid>/stat` (Linux); null elsewhere. */
export function cpuSecondsOf(pid: number): number | null {
  try {
    if (!ticksPerSecond) ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' })) || 100;
    // Fields after the command name (which may hold spaces) start at the last ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
  } catch {
    return null;
  }
}

export function percentile(sorted: Float64Array | number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export async function load(spec: LoadSpec): Promise<LoadResult> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let unexpected = 0;
  const request: Request = {
    setupRequest: (defaults) => {
      const next = spec.next();
      return { ...defaults, ...next, headers: { ...defaults.headers, ...next.headers } };
    },
  };
  if (spec.onBody) {
    const onBody = spec.onBody;
    request.onResponse = (status, body) => onBody(status, body);
  }
  const instance = autocannon({
    url: spec.url,
    connections: spec.connections,
    duration: spec.seconds,
    timeout: 10,
    requests: [request],
    ...(spec.overallRate ? { overallRate: spec.overallRate } : {}),
  });
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    statuses[status] = (statuses[status] ?? 0) + 1;
    if (status === spec.expect) latencies.push(ms);
    else unexpected++;
  });
  const cpuBefore = spec.pid ? cpuSecondsOf(spec.pid) : null;
  const wallBefore = performance.now();
  const result = await instance;
  const cpuAfter = spec.pid ? cpuSecondsOf(spec.pid) : null;
  const cpu = cpuBefore !== null && cpuAfter !== null ? cpuAfter - cpuBefore : null;
  const wall = (performance.now() - wallBefore) / 1000;
  const sorted = Float64Array.from(latencies).sort();
  const seconds = result.duration;
  return {
    seconds,
    ok: sorted.length,
    rps: sorted.length / seconds,
    p50Ms: percentile(sorted, 50),
    p90Ms: percentile(sorted, 90),
    p99Ms: percentile(sorted, 99),
    maxMs: sorted.length ? sorted[sorted.length - 1]! : Number.NaN,
    meanMs: sorted.length ? sorted.reduce((a, b) => a + b, 0) / sorted.length : Number.NaN,
    errors: result.errors,
    unexpected,
    statuses,
    serverCpu: cpu === null ? null : cpu / wall,
    cpuUsPerRequest: cpu === null || !sorted.length ? null : (cpu * 1e6) / (sorted.length + unexpected),
  };
}
