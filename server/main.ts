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

const demoLinks: { title: string; page: string }[] = [];
if (dev) {
  const demos = readDemoShipments(resolve('demo/shipments.json'));
  if ((await store.countShipments()) === 0) {
    await loadDemo(store, freshen(demos, new Date()));
    console.log(`Loaded ${demos.length} demo shipments into an empty database.`);
  }
  const expires = new Date(Date.now() + config.linkTtlSeconds * 1000);
  for (const d of demos) {
    const shipment = await store.shipmentByTrackingNumber(d.trackingNumber);
    if (shipment)
      demoLinks.push({
        title: d.title,
        page: `${config.publicBaseUrl}/t/${signLink(shipment.id, config.linkSecrets, expires)}`,
      });
  }
}

const app = createApp({ store, config });
const server = serve({
  fetch: app.fetch,
  port: config.port,
  hostname: config.host,
  serverOptions: {
    // A slow client may not hold a connection: headers within 10 s, the whole request within 30 s.
    headersTimeout: config.headersTimeoutMs,
    requestTimeout: config.requestTimeoutMs,
    keepAliveTimeout: config.keepAliveTimeoutMs,
    // How often Node checks those timeouts (default 30 s, which would let a slow client linger that long).
    connectionsCheckingInterval: Math.min(1_000, config.headersTimeoutMs),
  },
});
server.on('listening', () => {
  const base = config.publicBaseUrl;
  const { port } = server.address() as import('node:net').AddressInfo;
  const lines = [`Smart Send tracking listening on http://${config.host}:${port} (public URL ${base})`];
  if (dev) {
    const row = (label: string, url: string) => lines.push(`  ${label.padEnd(34)} ${url}`);
    row('Merchant order page (script tag):', `${base}/demo/order.html`);
    row('All demo shipments:', `${base}/demo/`);
    row('Shipping email with a link:', `${base}/demo/email.html`);
    row('Lookup form:', `${base}/track`);
    for (const d of demoLinks.slice(0, 3)) row(`${d.title}:`, d.page);
    row('OpenAPI (with the API key):', `${base}/api/v1/openapi.json`);
  }
  if (config.generatedSecrets)
    lines.push(`  ${'Dev API key:'.padEnd(34)} ${config.apiKeys[0]} (kept in data/dev-secrets.json)`);
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
