/**
 * Baseline servers, one per process, each answering every GET with one fixed body and fixed headers:
 * `bare` is plain `node:http`, `hono` is Hono on @hono/node-server, `static` serves a plain HTML page at
 * `/static.html` (and 404 elsewhere, so a browser's `/favicon.ico` costs what it costs on the real server).
 * A request with `If-None-Match` gets a 304, as the real public route gives for a matching ETag.
 * Configured by MODE, BODY_FILE and HEADERS (JSON); prints `listening on <origin>`.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const mode = process.env.MODE ?? 'bare';
const body = readFileSync(process.env.BODY_FILE ?? '');
const headers = JSON.parse(process.env.HEADERS ?? '{}') as Record<string, string>;
const notModified: Record<string, string> = Object.fromEntries(
  Object.entries(headers).filter(([name]) => !/^content-(type|length)$/i.test(name)),
);
// The real server's timeouts (server/main.ts), so connection handling is alike.
const serverOptions = { headersTimeout: 10_000, requestTimeout: 30_000, keepAliveTimeout: 5_000 };

let server: Server;
if (mode === 'hono') {
  const app = new Hono();
  app.get('*', (c) => (c.req.header('If-None-Match') ? c.body(null, 304, notModified) : c.body(body, 200, headers)));
  server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1', serverOptions }) as Server;
} else {
  server = createServer(serverOptions, (req, res) => {
    if (mode === 'static' && req.url !== '/static.html') {
      res.writeHead(404, { 'Content-Length': 0 }).end();
    } else if (req.headers['if-none-match']) {
      res.writeHead(304, notModified).end();
    } else {
      res.writeHead(200, { ...headers, 'Content-Length': body.length }).end(body);
    }
  });
  server.listen(0, '127.0.0.1');
}
server.on('listening', () => {
  const address = server.address() as import('node:net').AddressInfo;
  console.log(`${mode} baseline listening on http://127.0.0.1:${address.port}`);
});
process.on('SIGTERM', () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
