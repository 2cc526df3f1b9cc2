import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { formatAtOffset, offsetMinutesOf, parseOffsetDateTime } from '../time.js';

describe('parseOffsetDateTime', () => {
  it('keeps the offset the time was given in, with or without a colon', () => {
    assert.deepEqual(parseOffsetDateTime('2024-10-07T10:46:14+0200'), {
      iso: '2024-10-07T10:46:14+02:00',
      epochMs: Date.UTC(2024, 9, 7, 8, 46, 14),
    });
    assert.equal(parseOffsetDateTime('2026-11-30T14:05:00+01:00')?.iso, '2026-11-30T14:05:00+01:00');
    assert.equal(parseOffsetDateTime('2026-11-30T14:05+01')?.iso, '2026-11-30T14:05:00+01:00');
    assert.equal(parseOffsetDateTime('2026-11-30T13:05:00Z')?.iso, '2026-11-30T13:05:00Z');
  });

  it('reads the same instant from different offsets', () => {
    const a = parseOffsetDateTime('2026-11-30T14:05:00+01:00');
    const b = parseOffsetDateTime('2026-11-30T08:05:00-0500');
    assert.equal(a?.epochMs, b?.epochMs);
  });

  it('keeps milliseconds and drops finer fractions', () => {
    assert.equal(parseOffsetDateTime('2026-11-30T14:05:00.123456+01:00')?.iso, '2026-11-30T14:05:00.123+01:00');
  });

  it('refuses a time without an offset rather than guessing UTC', () => {
    assert.equal(parseOffsetDateTime('2024-07-31T00:41:00'), null);
  });

  it('refuses impossible dates and times', () => {
    for (const bad of [
      '2026-02-30T10:00:00Z',
      '2026-13-01T10:00:00Z',
      '2026-01-01T24:00:00Z',
      '2026-01-01T10:00:00+25:00',
      'yesterday',
      '',
    ]) {
      assert.equal(parseOffsetDateTime(bad), null, bad);
    }
  });
});

describe('formatAtOffset', () => {
  it('writes an instant back at its offset', () => {
    const { epochMs } = parseOffsetDateTime('2026-03-29T01:30:00-09:30')!;
    assert.equal(formatAtOffset(epochMs, -570), '2026-03-29T01:30:00-09:30');
    assert.equal(offsetMinutesOf('2026-03-29T01:30:00-09:30'), -570);
    assert.equal(offsetMinutesOf('2026-03-29T01:30:00Z'), 0);
    assert.equal(offsetMinutesOf('2026-03-29T01:30:00'), null);
  });
});
