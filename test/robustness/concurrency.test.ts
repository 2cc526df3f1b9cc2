/**
 * Concurrency: readers and writers at once against the real server for SOAK_SECONDS (8 s in `npm test`, 30 s in
 * `npm run test:soak`). No request fails, nothing answers 5xx (a `SQLITE_BUSY` would), and no read is torn:
 * every batch carries a marker in each event's description, and a reader that sees one event of a batch sees
 * all of it in the same response (the public ones on public routes, all six on the private route).
 * Then the same against two server processes sharing one database file, as during a rolling restart.
 */
import { strict as assert } from 'node:assert';
import http from 'node:http';
import { join } from 'node:path';
import { describe, it, type TestContext } from 'node:test';
import { AUTH, scratchDir } from './fixtures.js';
import { assertPublicSafe, recipientSecrets } from './privacy.js';
import { type HttpAnswer, request, type ServerProcess, startServer } from './server-process.js';
import { quantile, random } from './stats.js';

const SOAK_SECONDS = Number(process.env.SOAK_SECONDS || 8);
const WRITERS = 3;
const READERS = 4;
const PUBLIC_PARTS = 4;
const BATCH_PARTS = 6; // parts 4 and 5 are Internal and System
const JSON_HEADERS = { ...AUTH, 'Content-Type': 'application/json' };
const HIDDEN_SECRET = 'Gormsløv-lagernote';
const RECIPIENT = { name: 'Thorvald Brinckmeyer', email: 'thorvald@brinckmeyer-privat.dk', phone: '+45 88 77 66 55' };
const SECRETS = [HIDDEN_SECRET, ...recipientSecrets(RECIPIENT)];
const MARKER = /soak (W\d+-\d+) part (\d+)\/6/g;

interface Shipment {
  id: string;
  carrier: string;
  trackingNumber: string;
  token: string;
}

type Kind = 'write' | 'register' | 'public' | 'public-etag' | 'link' | 'page' | 'private';

class Tally {
  readonly latencies = new Map<Kind, number[]>();
  readonly problems: string[] = [];
  requests = 0;
  networkErrors = 0;
  serverErrors = 0;
  tornReads = 0;
  /** Batches checked whole, by kind of read: proof that the torn-read check had something to check. */
  readonly batchesSeen = new Map<Kind, number>();

  record(kind: Kind, answer: HttpAnswer) {
    this.requests++;
    this.latencies.set(kind, [...(this.latencies.get(kind) ?? []), answer.ms]);
    if (answer.status >= 500) this.serverErrors++;
  }

  fail(message: string) {
    if (this.problems.length < 20) this.problems.push(message);
  }

  report(t: TestContext, seconds: number) {
    t.diagnostic(
      `${this.requests} requests in ${seconds.toFixed(1)} s (${(this.requests / seconds).toFixed(0)}/s); ` +
        `network errors ${this.networkErrors}, 5xx ${this.serverErrors}, torn reads ${this.tornReads}, ` +
        `other failures ${this.problems.length}`,
    );
    for (const [kind, ms] of this.latencies) {
      t.diagnostic(
        `  ${kind.padEnd(12)} ${String(ms.length).padStart(6)} requests, p50 ${quantile(ms, 0.5).toFixed(1)} ms, ` +
          `p99 ${quantile(ms, 0.99).toFixed(1)} ms, max ${Math.max(...ms).toFixed(1)} ms`,
      );
    }
  }
}

/** The parts of each batch a body shows, by batch marker. */
function partsByBatch(body: string): Map<string, Set<number>> {
  const seen = new Map<string, Set<number>>();
  for (const [, marker, part] of body.matchAll(MARKER)) {
    const parts = seen.get(marker!) ?? new Set<number>();
    parts.add(Number(part));
    seen.set(marker!, parts);
  }
  return seen;
}

function checkWhole(tally: Tally, where: string, body: string, expected: number, kind?: Kind): void {
  const batches = partsByBatch(body);
  if (kind) tally.batchesSeen.set(kind, (tally.batchesSeen.get(kind) ?? 0) + batches.size);
  for (const [marker, parts] of batches) {
    const want = Array.from({ length: expected }, (_, i) => i);
    if (parts.size !== expected || !want.every((p) => parts.has(p))) {
      tally.tornReads++;
      tally.fail(`${where}: batch ${marker} shows parts ${[...parts].sort().join(',')} of 0..${expected - 1}`);
    }
  }
}

function checkNewestFirst(tally: Tally, where: string, events: { occurredAt: string }[]): void {
  for (let i = 1; i < events.length; i++) {
    if (Date.parse(events[i - 1]!.occurredAt) < Date.parse(events[i]!.occurredAt)) {
      tally.fail(`${where}: events are not newest first at index ${i}`);
      return;
    }
  }
}

async function soak(t: TestContext, servers: ServerProcess[], seconds: number): Promise<void> {
  const rng = random(t);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
  const tally = new Tally();
  const shipments: Shipment[] = [];
  const register = async (base: string, trackingNumber: string, agent?: http.Agent) => {
    const carrier = pick(['postnord', 'gls', 'bring', 'dao', 'dhl', 'ups']);
    const answer = await request(base, '/api/v1/shipments', {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify({ trackingNumber, carrier, reference: 'SOAK-REF-77123', recipient: RECIPIENT }),
      ...(agent && { agent }),
    });
    if (answer.status === 201 || answer.status === 200) {
      const body = JSON.parse(answer.text) as { id: string; carrier: string; links: { api: string } };
      shipments.push({ id: body.id, carrier: body.carrier, trackingNumber, token: body.links.api.split('/').pop()! });
    }
    return answer;
  };
  for (let i = 0; i < 6; i++) {
    const answer = await register(servers[0]!.url, `SOAK${1000 + i}`);
    assert.equal(answer.status, 201, answer.text);
  }

  const acked: { marker: string; shipment: Shipment }[] = [];
  const deadline = performance.now() + seconds * 1000;
  let clock = Date.UTC(2026, 10, 1);
  const started = performance.now();

  const guard = async (kind: Kind, send: () => Promise<HttpAnswer>): Promise<HttpAnswer | undefined> => {
    try {
      const answer = await send();
      tally.record(kind, answer);
      return answer;
    } catch (error) {
      tally.networkErrors++;
      tally.fail(`${kind}: ${(error as Error).message}`);
      return undefined;
    }
  };

  const writer = async (w: number) => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    for (let n = 0; performance.now() < deadline; n++) {
      const base = servers[n % servers.length]!.url;
      if (w === 0 && n % 10 === 9) {
        // Now and then a new shipment, registered while others are read and written.
        const answer = await guard('register', () => register(base, `SOAK${2000 + n}`, agent));
        if (!answer) return;
        if (answer.status !== 201) tally.fail(`register: ${answer.status} ${answer.text}`);
        continue;
      }
      const shipment = pick(shipments);
      const marker = `W${w}-${n}`;
      const first = clock;
      clock += BATCH_PARTS * 60_000;
      const events = Array.from({ length: BATCH_PARTS }, (_, part) => ({
        id: `soak-${marker}-${part}`,
        occurredAt: new Date(first + part * 60_000).toISOString(),
        category: part === 4 ? 'Internal' : part === 5 ? 'System' : pick(['InTransit', 'Info', 'OutForDelivery']),
        description:
          part < PUBLIC_PARTS ? `soak ${marker} part ${part}/6` : `soak ${marker} part ${part}/6 ${HIDDEN_SECRET}`,
      }));
      const answer = await guard('write', () =>
        request(base, '/api/v1/events', {
          method: 'POST',
          headers: JSON_HEADERS,
          body: JSON.stringify({ carrier: shipment.carrier, trackingNumber: shipment.trackingNumber, events }),
          agent,
        }),
      );
      if (!answer) return;
      if (answer.status !== 200) tally.fail(`write ${marker}: ${answer.status} ${answer.text}`);
      else acked.push({ marker, shipment });
    }
    agent.destroy();
  };

  const etags = new Map<string, string>();
  const reader = async (r: number) => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    for (let n = 0; performance.now() < deadline; n++) {
      const base = servers[(r + n) % servers.length]!.url;
      const shipment = pick(shipments);
      const kind = pick<Kind>(['public', 'public-etag', 'link', 'page', 'private']);
      const path = {
        public: `/api/v1/tracking/${shipment.trackingNumber}`,
        'public-etag': `/api/v1/tracking/${shipment.trackingNumber}`,
        link: `/api/v1/links/${shipment.token}`,
        page: `/t/${shipment.token}`,
        private: `/api/v1/shipments/${shipment.id}`,
      }[kind as Exclude<Kind, 'write' | 'register'>];
      const sentTag = kind === 'public-etag' ? etags.get(shipment.trackingNumber) : undefined;
      const headers = kind === 'private' ? AUTH : sentTag ? { 'If-None-Match': sentTag } : undefined;
      const answer = await guard(kind, () => request(base, path, { agent, ...(headers && { headers }) }));
      if (!answer) return;
      const where = `${kind} ${path}`;
      if (answer.status === 304) {
        if (!sentTag || answer.headers.etag !== sentTag) tally.fail(`${where}: 304 for a tag that does not match`);
        continue;
      }
      if (answer.status !== 200) {
        tally.fail(`${where}: ${answer.status} ${answer.text.slice(0, 300)}`);
        continue;
      }
      if (kind === 'public' || kind === 'public-etag') {
        const etag = String(answer.headers.etag);
        if (sentTag && etag === sentTag) tally.fail(`${where}: 200 for the very tag it was sent`);
        etags.set(shipment.trackingNumber, etag);
      }
      if (kind !== 'private') {
        try {
          assertPublicSafe(answer.text, SECRETS, where);
        } catch (error) {
          tally.fail((error as Error).message);
        }
      }
      checkWhole(tally, where, answer.text, kind === 'private' ? BATCH_PARTS : PUBLIC_PARTS, kind);
      if (kind !== 'page') checkNewestFirst(tally, where, (JSON.parse(answer.text) as { events: [] }).events);
    }
    agent.destroy();
  };

  await Promise.all([
    ...Array.from({ length: WRITERS }, (_, w) => writer(w)),
    ...Array.from({ length: READERS }, (_, r) => reader(r)),
  ]);
  const elapsed = (performance.now() - started) / 1000;
  tally.report(t, elapsed);

  // After the storm every acknowledged batch is there, whole.
  const views = new Map<string, string>();
  for (const s of shipments) {
    const res = await request(servers[0]!.url, `/api/v1/shipments/${s.id}`, { headers: AUTH });
    assert.equal(res.status, 200);
    views.set(s.id, res.text);
    checkWhole(tally, `final view of ${s.trackingNumber}`, res.text, BATCH_PARTS);
  }
  const lost = acked.filter(({ marker, shipment }) => !views.get(shipment.id)!.includes(`soak ${marker} part 0/6`));
  t.diagnostic(`${acked.length} batches acknowledged (${acked.length * BATCH_PARTS} events), ${lost.length} lost`);
  t.diagnostic(`batches checked whole: ${[...tally.batchesSeen].map(([k, n]) => `${k} ${n}`).join(', ')}`);

  assert.deepEqual(tally.problems, [], 'no failed, torn, leaking or wrongly cached answer');
  assert.equal(tally.networkErrors, 0, 'no request failed');
  assert.equal(tally.serverErrors, 0, 'no 5xx');
  assert.equal(tally.tornReads, 0, 'no torn read');
  assert.deepEqual(
    lost.map((l) => l.marker),
    [],
    'every acknowledged batch is stored',
  );
  assert.ok(acked.length >= seconds, `writes did happen (${acked.length})`);
  for (const kind of ['public', 'link', 'page', 'private'] as const) {
    assert.ok((tally.batchesSeen.get(kind) ?? 0) > 0, `${kind} reads saw batches to check`);
  }
  // Stopped first, so that everything they printed has arrived.
  for (const s of servers) {
    await s.kill();
    assert.doesNotMatch(s.output(), /failed|SQLITE_|Error/, 'the server logged no error');
  }
}

describe('concurrency: readers and writers at once', () => {
  it(`one server: no error, no 5xx, no torn read for ${SOAK_SECONDS} s`, async (t) => {
    const server = await startServer();
    t.after(() => server.kill());
    await soak(t, [server], SOAK_SECONDS);
  });

  it(`two servers on one database file (a rolling restart): the same for ${Math.ceil(SOAK_SECONDS / 2)} s`, async (t) => {
    const dir = scratchDir('two');
    const databasePath = join(dir.path, 'tracking.db');
    const servers: ServerProcess[] = [];
    t.after(async () => {
      for (const s of servers) await s.kill();
      dir.remove();
    });
    servers.push(await startServer({ databasePath }));
    servers.push(await startServer({ databasePath }));
    await soak(t, servers, Math.ceil(SOAK_SECONDS / 2));
  });
});
