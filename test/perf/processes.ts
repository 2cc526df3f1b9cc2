/**
 * Every server the bench measures runs as its own process, so the load generator never shares its event loop:
 * the real `dist/node/server/main.js` in production mode, the baselines, and the raw SQLite insert floor.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { freePort } from '../e2e/harness.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SERVER_ENTRY = 'dist/node/server/main.js';
export const BENCH_API_KEY = 'bench-api-key-0123456789abcdef';
const BENCH_LINK_SECRET = 'bench-link-secret-0123456789abcdef-0123456789';

export interface Memory {
  /** Resident set size now, in bytes. */
  rss: number;
  /** The highest RSS the process has had, in bytes. */
  peak: number;
}

export interface Running {
  name: string;
  pid: number;
  /** Origin it listens on. */
  url: string;
  output(): string;
  memory(): Memory | null;
  stop(): Promise<void>;
}

const children = new Set<ChildProcess>();
// Whatever happens to the bench, no server outlives it.
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

/** Resident memory of a process from `/proc/<pid>/status` (Linux). */
export function memoryOf(pid: number): Memory | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
    return { rss: kb('VmRSS') * 1024, peak: kb('VmHWM') * 1024 };
  } catch {
    return null;
  }
}

function launch(name: string, args: string[], env: Record<string, string>): Promise<Running> {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => children.delete(child));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start within 60 s:\n${output}`)), 60_000);
    const check = () => {
      const m = /listening on (http:\/\/[\d.]+:\d+)/.exec(output);
      if (!m) return;
      clearTimeout(timer);
      child.stdout!.off('data', check);
      resolve({
        name,
        pid: child.pid!,
        url: m[1]!,
        output: () => output,
        memory: () => memoryOf(child.pid!),
        stop: async () => {
          if (child.exitCode !== null || child.signalCode !== null) return;
          child.kill('SIGTERM');
          const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
          await exited;
          clearTimeout(force);
        },
      });
    };
    child.stdout!.on('data', check);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (${code ?? signal}) before listening:\n${output}`));
    });
  });
}

/** The real server, as `npm run serve` runs it, on a database file of the bench's choosing. */
export async function startServer(
  databasePath: string,
  nodeArgs: string[] = [],
  env: Record<string, string> = {},
): Promise<Running> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = await launch('server', [...nodeArgs, SERVER_ENTRY], {
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: `file:${databasePath}`,
    API_KEY: BENCH_API_KEY,
    LINK_SECRET: BENCH_LINK_SECRET,
    PUBLIC_BASE_URL: url,
    RATE_LIMIT: '0',
    ...env,
  });
  return server;
}

export type BaselineMode = 'bare' | 'hono' | 'static';

/** A baseline server (`baseline-server.ts`) answering a fixed body with fixed headers. */
export function startBaseline(mode: BaselineMode, bodyFile: string, headers: Record<string, string>): Promise<Running> {
  return launch(`baseline ${mode}`, ['--import', 'tsx', 'test/perf/baseline-server.ts'], {
    MODE: mode,
    BODY_FILE: bodyFile,
    HEADERS: JSON.stringify(headers),
  });
}

/** Runs a bench script to its end and parses the JSON it prints last. */
export function runScript<T>(script: string, env: Record<string, string>): Promise<T> {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => {
      children.delete(child);
      const last = stdout.trim().split('\n').at(-1) ?? '';
      if (code !== 0) return reject(new Error(`${script} exited with ${code}:\n${stderr || stdout}`));
      try {
        resolve(JSON.parse(last) as T);
      } catch {
        reject(new Error(`${script} printed no JSON result:\n${stdout}${stderr}`));
      }
    });
  });
}
