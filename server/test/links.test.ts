import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { signLink, verifyLink } from '../links.js';

const secret = 'a-secret-that-is-long-enough-0123456789';
const now = new Date('2026-12-01T12:00:00Z');
const later = new Date('2027-06-01T12:00:00Z');

describe('signed links', () => {
  it('name the shipment they were made for until they expire', () => {
    const token = signLink('MHW71YIHWnrg5A7Y7V1bjw', [secret], later);
    assert.match(token, /^[A-Za-z0-9_-]+$/, 'URL-safe without escaping');
    assert.ok(token.length <= 64, `compact (${token.length} characters)`);
    assert.equal(verifyLink(token, [secret], now), 'MHW71YIHWnrg5A7Y7V1bjw');
    assert.equal(verifyLink(token, [secret], new Date(later.getTime() + 1000)), null);
  });

  it('refuse every single-character change', () => {
    const token = signLink('shipment-1', [secret], later);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (let i = 0; i < token.length; i++) {
      for (const c of [
        alphabet[(alphabet.indexOf(token[i]!) + 1) % 64],
        alphabet[(alphabet.indexOf(token[i]!) + 33) % 64],
      ]) {
        const tampered = token.slice(0, i) + c + token.slice(i + 1);
        assert.equal(verifyLink(tampered, [secret], now), null, `position ${i}`);
      }
    }
  });

  it('refuse a token whose expiry was pushed forward', () => {
    const token = signLink('shipment-1', [secret], new Date(now.getTime() - 1000));
    const raw = Buffer.from(token, 'base64url');
    raw.writeUInt32BE(raw.readUInt32BE(1) + 86_400 * 365, 1);
    assert.equal(verifyLink(raw.toString('base64url'), [secret], now), null);
  });

  it('verify with any of several secrets, so a secret can be rotated', () => {
    const old = signLink('shipment-1', ['old-secret-that-is-long-enough-01234'], later);
    const rotated = ['new-secret-that-is-long-enough-01234', 'old-secret-that-is-long-enough-01234'];
    assert.equal(verifyLink(old, rotated, now), 'shipment-1');
    assert.equal(verifyLink(old, ['new-secret-that-is-long-enough-01234'], now), null);
  });

  it('refuse garbage without throwing', () => {
    for (const bad of ['', 'x', '....', 'AAAA', 'a'.repeat(5000), '%00', 'A'.repeat(60)]) {
      assert.equal(verifyLink(bad, [secret], now), null, bad.slice(0, 10));
    }
  });
});
