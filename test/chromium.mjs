/**
 * Finds Chrome or Chromium for the browser suites: CHROME_PATH, then the usual paths. On a Debian or Ubuntu
 * machine, as root, it installs Debian's chromium package when none is found; elsewhere it names what to
 * install. Test tools never download a browser of their own.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

const executable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

export function findChromium() {
  if (process.env.CHROME_PATH) {
    if (executable(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
    throw new Error(`CHROME_PATH=${process.env.CHROME_PATH} is not an executable file`);
  }
  return CANDIDATES.find(executable);
}

/** Returns the browser's path, installing Debian's chromium where that is possible. */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const debian = existsSync('/etc/debian_version');
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!debian || !root) {
    throw new Error(
      'No Chrome or Chromium found: install Chromium (Debian/Ubuntu: apt-get install chromium) or set CHROME_PATH.',
    );
  }
  console.log("No Chrome or Chromium found: installing Debian's chromium package (apt-get install -y chromium)…");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  const installed = findChromium();
  if (!installed) throw new Error('apt-get installed chromium, but no chromium executable was found afterwards');
  console.log(`Installed ${installed}.`);
  return installed;
}

/** Flags every launcher here uses: root needs --no-sandbox; the rest keep Chromium off the (closed) network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
