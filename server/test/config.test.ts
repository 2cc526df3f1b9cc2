import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { ConfigError, loadConfig } from '../config.js';

const dir = mkdtempSync(join(tmpdir(), 'smartsend-config-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const secrets = { API_KEY: 'k'.repeat(24), LINK_SECRET: 's'.repeat(40) };

describe('configuration', () => {
  it('has the documented defaults', () => {
    const c = loadConfig(secrets, 'production', dir);
    assert.equal(c.port, 8787);
    assert.equal(c.host, '127.0.0.1');
    assert.equal(c.databaseUrl, `file:${join(dir, 'tracking.db')}`);
    assert.equal(c.publicBaseUrl, 'http://localhost:8787');
    assert.equal(c.rateLimit, 300);
    assert.equal(c.trustProxy, false);
  });

  it('reads several comma-separated keys and secrets', () => {
    const c = loadConfig(
      {
        API_KEY: `${'a'.repeat(16)}, ${'b'.repeat(16)}`,
        LINK_SECRET: `${'x'.repeat(32)},${'y'.repeat(32)}`,
        PUBLIC_BASE_URL: 'https://track.example.com/',
      },
      'production',
      dir,
    );
    assert.deepEqual(c.apiKeys, ['a'.repeat(16), 'b'.repeat(16)]);
    assert.equal(c.linkSecrets.length, 2);
    assert.equal(c.publicBaseUrl, 'https://track.example.com');
  });

  it('refuses to run in production without an API key or a link secret', () => {
    assert.throws(() => loadConfig({ LINK_SECRET: secrets.LINK_SECRET }, 'production', dir), ConfigError);
    assert.throws(() => loadConfig({ API_KEY: secrets.API_KEY }, 'production', dir), /LINK_SECRET/);
    assert.throws(() => loadConfig({ ...secrets, LINK_SECRET: 'short' }, 'production', dir), /32 characters/);
    assert.throws(() => loadConfig({ ...secrets, PORT: 'eighty' }, 'production', dir), /PORT/);
    assert.throws(() => loadConfig({ ...secrets, RATE_LIMIT: '-1' }, 'production', dir), /RATE_LIMIT/);
    assert.throws(
      () => loadConfig({ ...secrets, PUBLIC_BASE_URL: 'javascript:alert(1)' }, 'production', dir),
      /PUBLIC_BASE_URL/,
    );
  });

  it('makes dev keys once and keeps them, readable only by their owner', () => {
    const devDir = join(dir, 'dev');
    const first = loadConfig({}, 'dev', devDir);
    const second = loadConfig({}, 'dev', devDir);
    assert.equal(first.generatedSecrets, true);
    assert.deepEqual(first.apiKeys, second.apiKeys);
    assert.deepEqual(first.linkSecrets, second.linkSecrets);
    assert.ok(first.linkSecrets[0]!.length >= 32);
    const file = join(devDir, 'dev-secrets.json');
    assert.equal(statSync(file).mode & 0o777, 0o600);
    assert.equal(JSON.parse(readFileSync(file, 'utf8')).apiKey, first.apiKeys[0]);
  });
});

describe('npm run serve', () => {
  it('refuses to start without API_KEY and LINK_SECRET, with a one-line reason', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: { PATH: process.env.PATH, DATABASE_URL: `file:${join(dir, 'serve.db')}` },
      encoding: 'utf8',
      timeout: 20_000,
    });
    assert.equal(run.status, 1);
    assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
    assert.match(run.stderr, /API_KEY/);
  });
});
