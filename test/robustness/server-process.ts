/**
 * The real server as its own process (`dist/node/server/main.js`, what `npm run serve` runs), restartable on the
 * same database file and killable with any signal; plus the two clients the tests drive it with: plain HTTP
 * through `node:http` (bindable to a chosen local address) and raw bytes over TCP.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import http from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { API_KEY, LINK_SECRET, ROOT, scratchDir } from './fixtures.js';

const MAIN = join(ROOT, 'dist/node/server/main.js');

/** Sources whose compiled file is missing or older than they are. */
function staleSources(): string[] {
  const stale: string[] = [];
  const dir = join(ROOT, 'server');
  for (const entry of readdirSync(dir, { recursive: true })) {
    const file = join(dir, String(entry));
    if (!file.endsWith('.ts') || file.endsWith('.test.ts') || file.includes(`${join('server', 'test')}`)) continue;
    const out = join(ROOT, 'dist/node', relative(ROOT, file)).replace(/\.ts$/, '.js');
    if (!existsSync(out) || statSync(out).mtimeMs < statSync(file).mtimeMs) stale.push(relative(ROOT, file));
  }
  return stale;
}

async function underLock<T>(work: () => T): Promise<T> {
  const lock = join(tmpdir(), `smartsend-build-${createHash('sha1').update(ROOT).digest('hex').slice(0, 12)}.lock`);
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // A lock left behind by a killed run is older than any build takes.
      if (Date.now() - statSync(lock, { throwIfNoEntry: false })!.mtimeMs > 180_000) rmdirSync(lock);
      if (Date.now() > deadline) throw new Error(`another test run holds ${lock}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    return work();
  } finally {
    rmdirSync(lock);
  }
}

/**
 * Makes sure the compiled server is there and current: the whole build when it is missing (`npm test` builds
 * before it tests, so this only happens in a bare checkout), the server alone when sources moved on.
 */
export async function ensureBuilt(): Promise<void> {
  if (existsSync(MAIN) && staleSources().length === 0) return;
  await underLock(() => {
    const [cmd, args] = !existsSync(MAIN)
      ? ['npm', ['run', '--silent', 'build']]
      : staleSources().length
        ? ['npx', ['tsc', '-p', 'server/tsconfig.build.json']]
        : [undefined, []];
    if (!cmd) return;
    const run = spawnSync(cmd, args as string[], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
    if (!existsSync(MAIN))
      throw new Error(`${cmd} ${args.join(' ')} did not build ${MAIN}:\n${run.stdout}${run.stderr}`);
  });
}

export interface ServerProcess {
  url: string;
  port: number;
  databasePath: string;
  child: ChildProcess;
  /** Everything the server printed so far. */
  output(): string;
  /** Resolves when the process has exited and all it printed has arrived, with its code or signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Sends the signal and waits for the process to be gone. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export interface StartOptions {
  /** Reuse a database file (a restart); a fresh one in a scratch directory otherwise. */
  databasePath?: string;
  env?: Record<string, string>;
  dev?: boolean;
}

/** Starts the compiled server on a port of its own choosing (PORT=0) and resolves once it listens. */
export async function startServer(options: StartOptions = {}): Promise<ServerProcess> {
  await ensureBuilt();
  const fresh = options.databasePath ? undefined : scratchDir('server');
  const databasePath = options.databasePath ?? join(fresh!.path, 'tracking.db');
  const child = spawn(process.execPath, [MAIN, ...(options.dev ? ['--dev'] : [])], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: `file:${databasePath}`,
      API_KEY,
      LINK_SECRET,
      RATE_LIMIT: '0',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('close', (code, signal) => {
      fresh?.remove();
      resolve({ code, signal });
    }),
  );
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not listen within 30 s:\n${output}`)), 30_000);
    const check = () => {
      const m = /listening on http:\/\/[^\s:]+:(\d+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        child.stdout!.off('data', check);
        resolve(Number(m[1]));
      }
    };
    child.stdout!.on('data', check);
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code ?? signal}) before it listened:\n${output}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    databasePath,
    child,
    output: () => output,
    exited,
    kill: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

export interface HttpAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  text: string;
  /** Milliseconds from sending to the last byte. */
  ms: number;
}

export interface HttpOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  agent?: http.Agent;
  /** The client's own address: 127.0.0.2, 127.0.0.3, … are distinct clients on Linux loopback. */
  localAddress?: string;
  timeoutMs?: number;
}

/** One request; rejects on a network error (a killed server), never on an HTTP status. */
export function request(base: string, path: string, options: HttpOptions = {}): Promise<HttpAnswer> {
  const url = new URL(path, base);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        hostname: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method: options.method ?? 'GET',
        headers: {
          ...(options.body !== undefined && { 'Content-Length': String(Buffer.byteLength(options.body)) }),
          ...options.headers,
        },
        ...(options.agent ? { agent: options.agent } : { agent: false }),
        ...(options.localAddress && { localAddress: options.localAddress }),
        timeout: options.timeoutMs ?? 30_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body,
            text: body.toString('utf8'),
            ms: performance.now() - started,
          });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer to ${options.method ?? 'GET'} ${path} in time`)));
    req.on('error', reject);
    req.end(options.body);
  });
}

export interface RawAnswer {
  /** Everything the server sent before it closed the connection or the wait ended. */
  bytes: Buffer;
  /** The status of the first response, if one began. */
  status?: number;
  /** The server closed the connection (rather than the wait running out). */
  closed: boolean;
  ms: number;
}

/**
 * Writes the bytes on a fresh connection and collects what comes back until the server closes, or (with
 * `untilResponse`) until one complete response head has arrived. Write errors are expected: a server may hang
 * up on a request it refuses while the client is still sending.
 */
export function rawExchange(
  port: number,
  chunks: readonly (string | Buffer)[],
  options: { waitMs?: number; untilResponse?: boolean; halfClose?: boolean } = {},
): Promise<RawAnswer> {
  const started = performance.now();
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const got: Buffer[] = [];
    let done = false;
    const finish = (closed: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      const bytes = Buffer.concat(got);
      const m = /^HTTP\/1\.[01] (\d{3})/.exec(bytes.subarray(0, 20).toString('latin1'));
      resolve({ bytes, closed, ms: performance.now() - started, ...(m && { status: Number(m[1]) }) });
    };
    const timer = setTimeout(() => finish(false), options.waitMs ?? 10_000);
    socket.on('data', (d: Buffer) => {
      got.push(d);
      if (options.untilResponse && Buffer.concat(got).includes('\r\n\r\n')) finish(false);
    });
    socket.on('close', () => finish(true));
    socket.on('error', () => finish(true));
    socket.on('connect', async () => {
      for (const chunk of chunks) {
        if (socket.destroyed) return;
        if (!socket.write(chunk)) await new Promise((r) => socket.once('drain', r).once('close', r));
      }
      if (options.halfClose) socket.end();
    });
  });
}
