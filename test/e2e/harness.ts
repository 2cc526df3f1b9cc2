/** The real server on a free port with a fresh database, and the system Chromium driven by playwright-core. */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';

export const E2E_API_KEY = 'e2e-api-key-0123456789abcdef';
const E2E_LINK_SECRET = 'e2e-link-secret-0123456789abcdef-0123456789';

export interface RunningServer {
  url: string;
  apiKey: string;
  databasePath: string;
  process: ChildProcess;
  /** Everything the server printed. */
  output(): string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Starts `dist/node/server/main.js` (what `npm start` runs after its build) as its own process. */
export async function startServer(
  options: { dev?: boolean; env?: Record<string, string> } = {},
): Promise<RunningServer> {
  const { dev = true, env = {} } = options;
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'smartsend-e2e-'));
  const databasePath = join(dir, 'tracking.db');
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['dist/node/server/main.js', ...(dev ? ['--dev'] : [])], {
    env: {
      PATH: process.env.PATH ?? '',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: `file:${databasePath}`,
      API_KEY: E2E_API_KEY,
      LINK_SECRET: E2E_LINK_SECRET,
      PUBLIC_BASE_URL: url,
      RATE_LIMIT: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start within 30 s:\n${output}`)), 30_000);
    const check = () => {
      if (/listening on/.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening:\n${output}`));
    });
  });
  return {
    url,
    apiKey: E2E_API_KEY,
    databasePath,
    process: child,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROME_PATH || findChromium();
  if (!executablePath) throw new Error('No Chromium found: run the tests through `npm test`, which installs it');
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}
