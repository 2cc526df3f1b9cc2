/**
 * Abuse: slow clients cannot hold connections open. Headers trickled byte by byte, a body trickled slowly, an
 * idle keep-alive connection and a connection that never says anything are all dropped by the server's own
 * timeouts, while other clients are served. The real server runs with short timeouts (HEADERS_TIMEOUT_MS,
 * REQUEST_TIMEOUT_MS, KEEP_ALIVE_TIMEOUT_MS) so that this takes seconds; production keeps 10 s / 30 s / 5 s.
 */
import { strict as assert } from 'node:assert';
import { connect, type Socket } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { API_KEY, AUTH } from './fixtures.js';
import { request, type ServerProcess, startServer } from './server-process.js';

const HEADERS_TIMEOUT = 1000;
const REQUEST_TIMEOUT = 2500;
const KEEP_ALIVE_TIMEOUT = 1000;
/** Node checks the timeouts on a timer (the entry sets it to at most 1 s); the rest is room for a busy machine. */
const CHECK_INTERVAL = 1000;
const SLACK = 2500;

interface Held {
  closed: boolean;
  ms: number;
  received: string;
}

/**
 * Opens a connection, sends `head` at once, then `drip` one byte at a time every `everyMs` (the attack), and
 * reports when the server hung up, or that it had not by `giveUpMs`.
 */
function slowClient(port: number, head: string, drip: string, everyMs: number, giveUpMs: number): Promise<Held> {
  return new Promise((resolve) => {
    const started = performance.now();
    const socket: Socket = connect(port, '127.0.0.1');
    let received = '';
    let done = false;
    const finish = (closed: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(giveUp);
      socket.destroy();
      resolve({ closed, ms: performance.now() - started, received });
    };
    const giveUp = setTimeout(() => finish(false), giveUpMs);
    socket.on('data', (d) => (received += d.toString('latin1')));
    socket.on('close', () => finish(true));
    socket.on('error', () => finish(true));
    socket.on('connect', async () => {
      if (head) socket.write(head);
      for (const byte of drip) {
        if (done || socket.destroyed) return;
        await delay(everyMs);
        if (done || socket.destroyed) return;
        socket.write(byte);
      }
    });
  });
}

describe('slow clients are dropped by the server timeouts', () => {
  let server: ServerProcess;
  before(async () => {
    server = await startServer({
      env: {
        HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT),
        REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT),
        KEEP_ALIVE_TIMEOUT_MS: String(KEEP_ALIVE_TIMEOUT),
      },
    });
  });
  after(() => server.kill());

  const stillServes = async () => {
    const res = await request(server.url, '/healthz', { timeoutMs: 5000 });
    assert.equal(res.status, 200, 'a normal request still succeeds');
  };

  it('drops a client that trickles its headers byte by byte, once the headers timeout has passed', async () => {
    const head = 'GET /api/v1/tracking/00370712345678901234 HTTP/1.1\r\nHost: localhost\r\n';
    const drip = `X-Slow: ${'a'.repeat(10_000)}\r\n\r\n`;
    const held = await slowClient(server.port, '', head + drip, 50, HEADERS_TIMEOUT + CHECK_INTERVAL + SLACK);
    assert.ok(held.closed, `still connected after ${held.ms.toFixed(0)} ms`);
    assert.ok(held.ms >= HEADERS_TIMEOUT * 0.9, `dropped after ${held.ms.toFixed(0)} ms, before the timeout`);
    assert.match(held.received, /^$|^HTTP\/1\.1 408/, 'a 408 or a plain close');
    await stillServes();
  });

  it('drops a client that trickles its body, once the request timeout has passed, and stores nothing', async () => {
    const body = JSON.stringify({
      trackingNumber: 'LORIS0000001',
      carrier: 'gls',
      events: [{ occurredAt: '2026-11-30T10:00:00+01:00', category: 'InTransit', description: 'x'.repeat(4000) }],
    });
    const head =
      'POST /api/v1/events HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n' +
      `Authorization: Bearer ${API_KEY}\r\nContent-Length: ${body.length}\r\n\r\n`;
    const held = await slowClient(server.port, head, body, 50, REQUEST_TIMEOUT + CHECK_INTERVAL + SLACK);
    assert.ok(held.closed, `still connected after ${held.ms.toFixed(0)} ms`);
    assert.ok(held.ms >= REQUEST_TIMEOUT * 0.9, `dropped after ${held.ms.toFixed(0)} ms, before the timeout`);
    assert.doesNotMatch(held.received, /^HTTP\/1\.1 [25]/, 'the cut-off body was neither stored nor a 5xx');
    const lookup = await request(server.url, '/api/v1/tracking/LORIS0000001');
    assert.equal(lookup.status, 404, 'nothing of the trickled batch was stored');
    await stillServes();
  });

  it('closes an idle keep-alive connection after the keep-alive timeout', async () => {
    const ask = 'GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n';
    const held = await slowClient(server.port, ask, '', 0, KEEP_ALIVE_TIMEOUT + CHECK_INTERVAL + SLACK);
    assert.match(held.received, /^HTTP\/1\.1 200/);
    assert.ok(held.closed, `the idle connection was still open after ${held.ms.toFixed(0)} ms`);
  });

  it('drops a connection that never sends a byte, once the headers timeout has passed', async () => {
    const limit = HEADERS_TIMEOUT + CHECK_INTERVAL + SLACK;
    const held = await slowClient(server.port, '', '', 0, limit);
    assert.ok(held.closed, `a silent connection was still held open after ${held.ms.toFixed(0)} ms`);
    assert.ok(held.ms >= HEADERS_TIMEOUT * 0.9, `dropped after ${held.ms.toFixed(0)} ms, before the timeout`);
    await stillServes();
  });

  it('serves other clients promptly while a hundred slow clients trickle, then drops them all', async () => {
    const slow = Array.from({ length: 100 }, (_, i) =>
      slowClient(
        server.port,
        '',
        `GET /track/SLOW${i} HTTP/1.1\r\nHost: localhost\r\nX-Slow: ${'b'.repeat(5000)}\r\n\r\n`,
        100,
        HEADERS_TIMEOUT + CHECK_INTERVAL + SLACK,
      ),
    );
    for (let i = 0; i < 10; i++) {
      const res = await request(server.url, '/healthz', { timeoutMs: 5000 });
      assert.equal(res.status, 200);
      assert.ok(res.ms < 1000, `a normal request took ${res.ms.toFixed(0)} ms among the slow clients`);
    }
    const held = await Promise.all(slow);
    const open = held.filter((h) => !h.closed).length;
    assert.equal(open, 0, `${open} of 100 slow clients were still connected after the headers timeout`);
    const view = await request(server.url, '/api/v1/openapi.json', { headers: AUTH });
    assert.equal(view.status, 200, 'the server is up and answers private routes');
  });
});
