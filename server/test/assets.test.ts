import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { testServer } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'smartsend-widget-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const entry = `export const widget = ${JSON.stringify('x'.repeat(4000))};\n`;
writeFileSync(join(dir, 'smartsend-tracking.js'), entry);
mkdirSync(join(dir, 'chunks'));
writeFileSync(join(dir, 'chunks', 'da-Bx7_3kQz.js'), 'export const templates = {};\n');

describe('GET /widget/smartsend-tracking.js', () => {
  it('serves the module to any origin as JavaScript, briefly cached', async () => {
    const { app } = await testServer({ widgetDir: dir });
    const res = await app.request('/widget/smartsend-tracking.js');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    assert.match(res.headers.get('cache-control')!, /max-age=300/);
    assert.equal(await res.text(), entry);
  });

  it('caches hashed chunks for a year', async () => {
    const { app } = await testServer({ widgetDir: dir });
    const res = await app.request('/widget/chunks/da-Bx7_3kQz.js');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  });

  it('compresses for clients that accept it, with an ETag per encoding', async () => {
    const { app } = await testServer({ widgetDir: dir });
    const gz = await app.request('/widget/smartsend-tracking.js', { headers: { 'Accept-Encoding': 'gzip' } });
    assert.equal(gz.headers.get('content-encoding'), 'gzip');
    assert.equal(gz.headers.get('vary'), 'Accept-Encoding');
    assert.equal(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString(), entry);
    const br = await app.request('/widget/smartsend-tracking.js', { headers: { 'Accept-Encoding': 'gzip, br' } });
    assert.equal(br.headers.get('content-encoding'), 'br');
    assert.notEqual(br.headers.get('etag'), gz.headers.get('etag'));
    const again = await app.request('/widget/smartsend-tracking.js', {
      headers: { 'Accept-Encoding': 'gzip', 'If-None-Match': gz.headers.get('etag')! },
    });
    assert.equal(again.status, 304);
  });

  it('is a 404 for anything it was not built with, including paths out of its folder', async () => {
    const { app } = await testServer({ widgetDir: dir });
    for (const path of ['/widget/nope.js', '/widget/../server/main.ts', '/widget/%2e%2e/package.json']) {
      assert.equal((await app.request(path)).status, 404, path);
    }
  });
});
