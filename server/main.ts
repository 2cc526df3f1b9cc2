/**
 * The Node entry. `node dist/server/main.js --dev` is `npm start` (demo data, generated keys);
 * without `--dev` it is `npm run serve`, configured only by the environment.
 */
import { resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { ConfigError, loadConfig, type ServerConfig } from './config.js';
import { freshen, loadDemo, readDemoShipments } from './demo.js';
import { signLink } from './links.js';
import { openStore } from './store/index.js';

const dev = process.argv.includes('--dev');

let config: ServerConfig;
try {
  config = loadConfig(process.env, dev ? 'dev' : 'production');
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`smartsend-tracking: ${error.message}`);
  process.exit(1);
}

const store = await openStore(config.databaseUrl).catch((error: Error) => {
  console.error(`smartsend-tracking: cannot open the database: ${error.message}`);
  process.exit(1);
});

const demoLinks: { title: string; trackingNumber: string; page: string }[] = [];
if (dev && (await store.countShipments()) === 0) {
  const shipments = freshen(readDemoShipments(resolve('demo/shipments.json')), new Date());
  const ids = await loadDemo(store, shipments);
  const expires = new Date(Date.now() + config.linkTtlSeconds * 1000);
  for (const [s, id] of ids) {
    demoLinks.push({
      title: s.title,
      trackingNumber: s.trackingNumber,
      page: `${config.publicBaseUrl}/t/${signLink(id, config.linkSecrets, expires)}`,
    });
  }
  console.log(`Loaded ${shipments.length} demo shipments into an empty database.`);
}

const app = createApp({ store, config });
const server = serve({
  fetch: app.fetch,
  port: config.port,
  hostname: config.host,
  serverOptions: {
    // A slow client may not hold a connection: headers within 10 s, the whole request within 30 s.
    headersTimeout: 10_000,
    requestTimeout: 30_000,
    keepAliveTimeout: 5_000,
  },
});
server.on('listening', () => {
  const base = config.publicBaseUrl;
  const lines = [`Smart Send tracking listening on http://${config.host}:${config.port} (public URL ${base})`];
  if (dev) {
    lines.push(`  Demo merchant page:   ${base}/demo/`);
    lines.push(`  Lookup form:          ${base}/track`);
    for (const d of demoLinks.slice(0, 3))
      lines.push(`  ${`${d.title}:`.padEnd(22)}${base}/api/v1/tracking/${d.trackingNumber}`);
    if (demoLinks.length > 3) lines.push(`  …and ${demoLinks.length - 3} more demo shipments (see the demo page)`);
    lines.push(`  OpenAPI:              ${base}/api/v1/openapi.json (needs the API key)`);
  }
  if (config.generatedSecrets)
    lines.push(`  Dev API key:          ${config.apiKeys[0]} (kept in data/dev-secrets.json)`);
  console.log(lines.join('\n'));
});
server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(`smartsend-tracking: cannot listen on ${config.host}:${config.port}: ${error.code ?? error.message}`);
  process.exit(1);
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: finishing requests in flight, then stopping.`);
  const force = setTimeout(() => process.exit(1), 10_000).unref();
  server.close(async () => {
    await store.close();
    clearTimeout(force);
    process.exit(0);
  });
  (server as import('node:http').Server).closeIdleConnections?.();
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
