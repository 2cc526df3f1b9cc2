/**
 * Hostile bytes on the wire, against the real server over raw TCP: what `app.request()` cannot express (invalid
 * bytes in the request line, raw traversal, smuggling-shaped framing, a 10 MB body, a 100 KB header, a body cut
 * off mid-way). The server answers 4xx or closes the connection, never answers 5xx or serves a file it should
 * not, logs no error, and stays up: a normal request afterwards still succeeds.
 */
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { API_KEY, LINK_SECRET } from './fixtures.js';
import { assertPublicSafe } from './privacy.js';
import { type RawAnswer, rawExchange, request, type ServerProcess, startServer } from './server-process.js';

const MB = 1024 * 1024;
const AUTH_LINE = `Authorization: Bearer ${API_KEY}\r\n`;
/** What must never be served, whatever the path says: the project's own files, the system's. */
const FORBIDDEN_CONTENT = /"name":\s*"smartsend-tracking"|root:x:0:0|\[core\]|LINK_SECRET|apiKey/;

function describeAnswer(a: RawAnswer): string {
  return `${a.status ?? 'no status'}, ${a.closed ? 'closed' : 'still open'} after ${a.ms.toFixed(0)} ms: ${JSON.stringify(
    a.bytes.subarray(0, 200).toString('latin1'),
  )}`;
}

describe('hostile bytes on the wire (the real server)', () => {
  let server: ServerProcess;
  before(async () => {
    server = await startServer({ env: { RATE_LIMIT: '0' } });
  });
  after(() => server.kill());

  async function stillUp(where: string) {
    assert.equal(server.child.exitCode, null, `${where}: the server process died`);
    const res = await request(server.url, '/healthz', { timeoutMs: 5000 });
    assert.equal(res.status, 200, `${where}: a normal request after it fails`);
  }

  /** A 4xx, or a closed connection without an answer; `alsoOk` admits a correct 2xx/3xx as well. */
  async function refused(
    where: string,
    chunks: (string | Buffer)[],
    options: { alsoOk?: boolean; halfClose?: boolean } = {},
  ) {
    const answer = await rawExchange(server.port, chunks, { waitMs: 10_000, halfClose: options.halfClose ?? false });
    const detail = `${where}: ${describeAnswer(answer)}`;
    if (answer.status === undefined) {
      assert.ok(answer.closed, `${where}: neither answered nor closed within 10 s`);
    } else if (options.alsoOk) {
      assert.ok(answer.status < 500, detail);
    } else {
      assert.ok(answer.status >= 400 && answer.status < 500, detail);
    }
    assert.doesNotMatch(answer.bytes.toString('latin1'), FORBIDDEN_CONTENT, `${where} served a private file`);
    assert.doesNotMatch(answer.bytes.toString('latin1'), /^set-cookie:|^x-injected:/im, `${where}: an injected header`);
    assertPublicSafe(answer.bytes, [API_KEY, LINK_SECRET], where);
    await stillUp(where);
    return answer;
  }

  const get = (target: string, headers = '') =>
    `GET ${target} HTTP/1.1\r\nHost: localhost\r\n${headers}Connection: close\r\n\r\n`;

  it('refuses invalid bytes and controls in the request line', async () => {
    const cases: [string, Buffer][] = [
      [
        '0xFF 0xFE in the path',
        Buffer.concat([
          Buffer.from('GET /api/v1/tracking/'),
          Buffer.from([0xff, 0xfe]),
          Buffer.from(' HTTP/1.1\r\nHost: x\r\n\r\n'),
        ]),
      ],
      ['a NUL in the path', Buffer.from('GET /api/v1/tracking/ABC\x00DEF HTTP/1.1\r\nHost: x\r\n\r\n', 'latin1')],
      ['a DEL and a ^A in the path', Buffer.from('GET /t/\x7f\x01 HTTP/1.1\r\nHost: x\r\n\r\n', 'latin1')],
      ['a space inside the target', Buffer.from('GET /track/ABC DEF HTTP/1.1\r\nHost: x\r\n\r\n')],
      ['a tab as separator', Buffer.from('GET\t/healthz\tHTTP/1.1\r\nHost: x\r\n\r\n')],
      ['an unknown protocol version', Buffer.from('GET /healthz HTTP/9.9\r\nHost: x\r\n\r\n')],
      ['an HTTP/2 preface', Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n')],
      ['a method that does not exist', Buffer.from('BREW /healthz HTTP/1.1\r\nHost: x\r\n\r\n')],
      ['a lower-case method', Buffer.from('get /healthz HTTP/1.1\r\nHost: x\r\n\r\n')],
      ['garbage', Buffer.from([0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00, 0x01, 0xfc, 0x03, 0x03])],
    ];
    for (const [name, bytes] of cases) await refused(name, [bytes]);
    // Node reads a request line without a version as HTTP/0.9-style and answers it; harmless either way.
    await refused('HTTP/0.9', ['GET /healthz\r\n\r\n'], { alsoOk: true });
  });

  it('serves no file outside its routes, however the path is spelled', async () => {
    const targets = [
      '/widget/../../package.json',
      '/widget/..%2f..%2fpackage.json',
      '/widget/%2e%2e/%2e%2e/package.json',
      '/widget/%252e%252e%252fpackage.json',
      '/widget/..%5c..%5cpackage.json',
      '/widget/....//....//package.json',
      '/demo/..%2f..%2fpackage.json',
      '/demo/%2e%2e%2f%2e%2e%2fdata%2fdev-secrets.json',
      '/demo/../data/dev-secrets.json',
      '//etc/passwd',
      '/../../../../etc/passwd',
      '/widget/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      '/.git/config',
      '/data/tracking.db',
      '/api/v1/tracking/..%2f..%2f..%2fetc%2fpasswd',
      'http://evil.example/api/v1/tracking/ABC123',
      '*',
    ];
    for (const target of targets) await refused(`GET ${target}`, [get(target)]);
  });

  it('refuses CR, LF and NUL inside header names and values, and folded headers', async () => {
    const cases: [string, string][] = [
      ['a bare CR in a value', 'GET /healthz HTTP/1.1\r\nHost: x\r\nX-A: a\rSet-Cookie: injected=1\r\n\r\n'],
      ['a NUL in a value', 'GET /healthz HTTP/1.1\r\nHost: x\r\nX-A: a\x00b\r\n\r\n'],
      ['a NUL in a name', 'GET /healthz HTTP/1.1\r\nHost: x\r\nX-\x00A: b\r\n\r\n'],
      ['a space before the colon', 'GET /healthz HTTP/1.1\r\nHost: x\r\nX-A : b\r\n\r\n'],
      [
        'a folded line (obs-fold)',
        'GET /healthz HTTP/1.1\r\nHost: x\r\nX-Forwarded-For: 1.2.3.4\r\n Set-Cookie: injected=1\r\n\r\n',
      ],
      ['a header line without a colon', 'GET /healthz HTTP/1.1\r\nHost: x\r\nSet-Cookie injected\r\n\r\n'],
    ];
    for (const [name, text] of cases) await refused(name, [Buffer.from(text, 'latin1')]);
    // Bare LF line ends are tolerated by RFC 9112 §2.2; whichever way, nothing is injected and nothing breaks.
    await refused('LF-only line ends', ['GET /healthz HTTP/1.1\nHost: x\nX-A: b\nConnection: close\n\n'], {
      alsoOk: true,
    });
  });

  it('answers bytes that are not UTF-8 in every header the app reads without a 5xx', async () => {
    const latin = (s: string) => Buffer.from(s, 'latin1');
    const headers = [
      'Authorization: Bearer \xff\xfe\xfd',
      'Accept-Language: \xe6\xf8\xe5;q=0.9, da',
      'If-None-Match: "\xff\xfe"',
      'X-Forwarded-For: \xff\xfe.1.2.3',
      'Content-Type: application/json; charset=\xff',
      'Origin: https://\xe6\xf8\xe5.example',
      'Accept: text/html\xff',
    ];
    for (const header of headers) {
      for (const target of ['/api/v1/tracking/ABC123', '/track/ABC123', '/api/v1/shipments/x']) {
        await refused(
          `${header} on ${target}`,
          [latin(`GET ${target} HTTP/1.1\r\nHost: x\r\n${header}\r\nConnection: close\r\n\r\n`)],
          {
            alsoOk: true,
          },
        );
      }
    }
  });

  it('refuses a 100 KB header, a 100 KB URL and 2,000 headers', async () => {
    await refused('a 100 KB header', [get('/healthz', `X-Big: ${'a'.repeat(100 * 1024)}\r\n`)]);
    await refused('a 100 KB URL', [get(`/api/v1/tracking/${'9'.repeat(100 * 1024)}`)]);
    const many = Array.from({ length: 2000 }, (_, i) => `X-H${i}: ${i}\r\n`).join('');
    await refused('2,000 headers', [get('/healthz', many)]);
  });

  it('refuses a 10 MB body, announced or chunked, with or without a key, without reading it all', async () => {
    const body = Buffer.alloc(10 * MB, 0x20);
    const head = (extra: string) =>
      `POST /api/v1/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n${extra}Connection: close\r\n`;
    await refused('10 MB with Content-Length and a key', [
      `${head(AUTH_LINE)}Content-Length: ${body.length}\r\n\r\n`,
      body,
    ]);
    await refused('10 MB with Content-Length, no key', [`${head('')}Content-Length: ${body.length}\r\n\r\n`, body]);
    const chunk = Buffer.alloc(MB, 0x20);
    const chunked = [`${head(AUTH_LINE)}Transfer-Encoding: chunked\r\n\r\n`];
    const frames: (string | Buffer)[] = [];
    for (let i = 0; i < 10; i++) frames.push(`${chunk.length.toString(16)}\r\n`, chunk, '\r\n');
    await refused('10 MB chunked with a key', [...chunked, ...frames, '0\r\n\r\n']);
    for (const path of ['/api/v1/shipments', '/api/v1/carriers/postnord/events']) {
      await refused(`10 MB to ${path}`, [
        `POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n${AUTH_LINE}Content-Length: ${body.length}\r\nConnection: close\r\n\r\n`,
        body,
      ]);
    }
  });

  it('refuses framing a proxy could read differently (request smuggling shapes)', async () => {
    const post = (framing: string, rest: string) =>
      `POST /api/v1/events HTTP/1.1\r\nHost: x\r\n${AUTH_LINE}Content-Type: application/json\r\n${framing}\r\n${rest}`;
    const smuggled = 'GET /api/v1/shipments/x HTTP/1.1\r\nHost: x\r\n\r\n';
    const cases: [string, string][] = [
      [
        'Content-Length and Transfer-Encoding',
        post('Content-Length: 4\r\nTransfer-Encoding: chunked\r\n', `0\r\n\r\n${smuggled}`),
      ],
      ['two different Content-Lengths', post('Content-Length: 4\r\nContent-Length: 40\r\n', `{}{}${smuggled}`)],
      ['a negative Content-Length', post('Content-Length: -1\r\n', '{}')],
      ['a Content-Length that is not a number', post('Content-Length: 4a\r\n', '{}{}')],
      ['a Content-Length beyond 2^64', post('Content-Length: 99999999999999999999999\r\n', '{}')],
      ['an unknown Transfer-Encoding', post('Transfer-Encoding: gzip, identity\r\n', '{}')],
      ['an obfuscated chunked', post('Transfer-Encoding: xchunked\r\n', '0\r\n\r\n')],
      ['a chunk size that is not hex', post('Transfer-Encoding: chunked\r\n', 'zz\r\n{}\r\n0\r\n\r\n')],
      [
        'a chunk size too big to count',
        post('Transfer-Encoding: chunked\r\n', 'ffffffffffffffffffff\r\n{}\r\n0\r\n\r\n'),
      ],
    ];
    for (const [name, text] of cases) {
      const answer = await refused(name, [text]);
      assert.doesNotMatch(
        answer.bytes.toString('latin1'),
        /HTTP\/1\.1 [1-5]\d\d[\s\S]*HTTP\/1\.1 /,
        `${name}: a second, smuggled answer`,
      );
    }
  });

  it('answers a body cut off by the client with 4xx or a close, and stores nothing of it', async () => {
    const text = '{"trackingNumber":"CUTOFF0001","carrier":"gls","events":[{"occurredAt":"2026-11-30T10:00:00+01:00",';
    const head = `POST /api/v1/events HTTP/1.1\r\nHost: x\r\n${AUTH_LINE}Content-Type: application/json\r\nContent-Length: 4000\r\n\r\n`;
    await refused('a body 4,000 bytes long that stops after 100 and half-closes', [head, text], { halfClose: true });
    const lookup = await request(server.url, '/api/v1/tracking/CUTOFF0001');
    assert.equal(lookup.status, 404, 'nothing of the cut-off batch was stored');
  });

  it('answers many pipelined requests on one connection, each in order', async () => {
    const ok = 'GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n';
    const answer = await refused('50 pipelined requests', [ok.repeat(49), get('/healthz')], { alsoOk: true });
    const statuses = [...answer.bytes.toString('latin1').matchAll(/HTTP\/1\.1 (\d{3})/g)].map((m) => Number(m[1]));
    assert.deepEqual(statuses, Array(50).fill(200));
  });

  it('stays up when a malformed request arrives in the middle of a pipeline', async () => {
    const ok = 'GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n';
    const answer = await refused(
      'a pipeline with a malformed request',
      [ok.repeat(5), 'GET /healthz HTTP/1.1\r\nBad Header\r\n\r\n', ok],
      {
        alsoOk: true,
      },
    );
    const statuses = [...answer.bytes.toString('latin1').matchAll(/HTTP\/1\.1 (\d{3})/g)].map((m) => Number(m[1]));
    assert.ok(
      statuses.every((s) => s === 200 || s === 400),
      `answers ${statuses}`,
    );
  });

  it('logs no failure for anything a client sent', async () => {
    // Stopped first, so that everything it printed has arrived.
    await server.kill('SIGTERM');
    const failures = server
      .output()
      .split('\n')
      .filter((line) => /failed|Error/.test(line) && !/^\s+at /.test(line));
    assert.deepEqual(failures, [], 'the server logged client mistakes as its own failures');
  });
});
