/**
 * The widget suite: `widget/test/**\/*.test.ts` in headless Chromium (never downloaded: CHROME_PATH or a local
 * install), every page pinned to Europe/Copenhagen so that dates assert exactly, the API mocked by msw's worker.
 */
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, findChromium } from './test/chromium.mjs';

const TIME_ZONE = 'Europe/Copenhagen';

const executablePath = process.env.CHROME_PATH || findChromium();
if (!executablePath) {
  throw new Error(
    'No Chrome or Chromium found: install Chromium (Debian/Ubuntu: apt-get install chromium) or set CHROME_PATH.',
  );
}

/**
 * `executeServerCommand('emulate-media-features', [{ name, value }])` from a test: any CSS media feature, such as
 * `forced-colors`, which neither the built-in `emulateMedia` nor puppeteer's own helper can set. Goes straight to
 * the DevTools protocol; it replaces every feature emulated before.
 */
const sessions = new WeakMap();
const mediaFeatures = {
  name: 'emulate-media-features',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-media-features') return undefined;
    const page = session.browser.getPage(session.id);
    // Emulation lasts as long as the DevTools session that set it: keep one per page.
    if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
    await sessions.get(page).send('Emulation.setEmulatedMedia', { features: payload });
    return true;
  },
};

export default {
  files: 'widget/test/**/*.test.ts',
  nodeResolve: { exportConditions: ['browser', 'production'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), mediaFeatures],
  // msw's service worker must be served from the root to control the page; it comes straight from the installed
  // msw, so the worker and the library can never drift apart, and no copy lives in the repository.
  middleware: [
    (ctx, next) => {
      if (ctx.path === '/mockServiceWorker.js') ctx.path = '/node_modules/msw/lib/mockServiceWorker.js';
      return next();
    },
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS },
      // One browser context per page, so service workers and storage never leak between concurrent test files.
      createPage: async ({ browser }) => {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        await page.emulateTimezone(TIME_ZONE);
        return page;
      },
    }),
  ],
  concurrency: 2,
  testsFinishTimeout: 60000,
  testFramework: { config: { timeout: 5000 } },
};
