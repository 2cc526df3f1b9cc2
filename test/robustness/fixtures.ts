/**
 * The in-process side of the robustness suite: the app over a real SQLite file (on tmpfs where there is one, so
 * fsync costs nothing), a second connection that snapshots the whole database, and shipments seeded with
 * distinctive secrets in every private field.
 */
import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { AppConfig } from '../../server/context.js';
import { openSqliteStore } from '../../server/store/sqlite.js';
import { API_KEY, LINK_SECRET, type TestServer, testConfig, testServer } from '../../server/test/helpers.js';
import { recipientSecrets } from './privacy.js';

export { API_KEY, LINK_SECRET };
export const AUTH = { Authorization: `Bearer ${API_KEY}` } as const;
export const ROOT = resolve(import.meta.dirname, '../..');

/** A scratch directory that vanishes with the test; on tmpfs when the machine has one. */
export function scratchDir(prefix: string): { path: string; remove(): void } {
  const base = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
  const path = mkdtempSync(join(base, `smartsend-${prefix}-`));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export type LoggedError = TestServer['errors'][number];

export interface Harness extends Omit<TestServer, 'errors'> {
  config: AppConfig;
  /** What the app reported as unexpected (its 500 path), never unmapped-code notes. */
  failures: LoggedError[];
  /** Every row of both tables, as one string: equal strings, equal databases. */
  snapshot(): string;
  close(): Promise<void>;
}

/** The test server of the server suite, over a real SQLite file, with a second connection for snapshots. */
export async function harness(overrides: Partial<AppConfig> = {}): Promise<Harness> {
  const dir = scratchDir('app');
  const file = join(dir.path, 'tracking.db');
  const config = testConfig({ widgetDir: resolve(ROOT, 'dist/widget'), ...overrides });
  const { errors, ...server } = await testServer(config, await openSqliteStore(file));
  const reader = new BetterSqlite3(file, { readonly: true });
  const shipments = reader.prepare('SELECT * FROM shipments ORDER BY id');
  const events = reader.prepare('SELECT * FROM events ORDER BY shipment_id, seq');
  return {
    ...server,
    config,
    failures: errors,
    snapshot: () => JSON.stringify([shipments.all(), events.all()]),
    close: async () => {
      reader.close();
      await server.store.close();
      dir.remove();
    },
  };
}

export interface SeededShipment {
  id: string;
  carrier: string;
  trackingNumber: string;
  /** The signed-link token from the registration's links. */
  token: string;
  postalCode: string;
}

export interface Seeded {
  shipments: SeededShipment[];
  /** Everything that must never appear on a public route. */
  secrets: string[];
  /** Public event text that must appear (proves the crawl saw the events at all). */
  publicTexts: string[];
}

interface Person {
  name: string;
  email: string;
  phone: string;
  street: string;
  postalCode: string;
  reference: string;
}

/** Distinctive people: no word of theirs occurs in any page template, carrier name or locale. */
export const PEOPLE: readonly Person[] = [
  {
    name: 'Zebulon Quixbyfeld',
    email: 'zebulon.quixbyfeld@postkasse-hemmelig.dk',
    phone: '+45 61 72 83 94',
    street: 'Kvistgaardsvej 417B, 3. tv.',
    postalCode: '7000',
    reference: 'ORDER-SECRET-88231',
  },
  {
    name: 'Ingeborg Thrunvald',
    email: 'ingeborg@thrunvald-privat.no',
    phone: '+47 915 55 321',
    street: 'Fjordsvingen 23',
    postalCode: '0368',
    reference: 'MERCHANT-INTERNAL-5521',
  },
  {
    name: 'Åsa Lindqvörn',
    email: 'asa.lindqvorn@hemligpost.se',
    phone: '070-123 45 67',
    street: 'Drottninggatan 991',
    postalCode: '11151',
    reference: 'ERP-ID-QX-7781',
  },
];

const CARRIERS = [
  { carrier: 'postnord', trackingNumber: '00370712345678909991' },
  { carrier: 'bring', trackingNumber: '370722150000009992' },
  { carrier: 'gls', trackingNumber: '58204811399' },
] as const;

function tokenOf(link: string): string {
  return new URL(link).pathname.split('/').pop()!;
}

/**
 * Registers one shipment per person, each with a secret in every private field, hidden events whose every
 * field is secret, and public events that mention the recipient (which the projection must cut out).
 */
export async function seedSecrets(h: Pick<Harness, 'post'>): Promise<Seeded> {
  const secrets: string[] = [API_KEY, LINK_SECRET];
  const publicTexts: string[] = [];
  const shipments: SeededShipment[] = [];
  for (const [i, person] of PEOPLE.entries()) {
    const { carrier, trackingNumber } = CARRIERS[i]!;
    const registered = await h.post('/api/v1/shipments', {
      trackingNumber,
      carrier,
      reference: person.reference,
      recipient: {
        name: person.name,
        email: person.email,
        phone: person.phone,
        postalCode: person.postalCode,
        country: 'DK',
        locale: 'da',
        // Not a field the API keeps; must vanish, not surface.
        street: person.street,
        address: { street: person.street },
      },
    });
    assert.equal(registered.status, 201, await registered.clone().text());
    const created = (await registered.json()) as { id: string; links: { page: string } };
    const hiddenNote = `Lagernote ${i}: pakket af medarbejder Gormsløv ved port ${i + 17}`;
    const systemNote = `System sync job ${i} payload-dump X9Q${i}Z`;
    const hiddenPlace = `Hemmeligt Lager ${i} Brøndtoft`;
    const sourceId = (n: number) => `merchant-event-uuid-${i}-${n}-7f3a9c`;
    const events = [
      {
        id: sourceId(1),
        occurredAt: '2026-11-28T08:00:00+01:00',
        category: 'Internal',
        code: `INTCODE${i}X`,
        description: hiddenNote,
        location: { name: hiddenPlace, city: `Skjultby${i}`, postalCode: '9999', country: 'DK' },
      },
      {
        id: sourceId(2),
        occurredAt: '2026-11-28T08:30:00+01:00',
        category: 'System',
        code: `SYSCODE${i}Y`,
        description: systemNote,
      },
      {
        id: sourceId(3),
        occurredAt: '2026-11-28T09:00:00+01:00',
        category: 'InTransit',
        description: `Sorted at terminal Taulov${i}`,
        location: { name: `Terminal Taulov${i}`, city: 'Taulov', postalCode: '7000', country: 'DK' },
      },
      {
        id: sourceId(4),
        occurredAt: '2026-11-29T10:00:00+01:00',
        category: 'Notification',
        description: `Notice sent to ${person.email} and ${person.phone} for ${person.name}`,
      },
      {
        id: sourceId(5),
        occurredAt: '2026-11-30T14:05:00+01:00',
        category: 'OutForDelivery',
        description: `Out for delivery to ${person.name.toUpperCase()}`,
        location: { name: `Depot for ${person.name}`, city: 'Fredericia', country: 'DK' },
      },
    ];
    const ingested = await h.post('/api/v1/events', { trackingNumber, carrier, events });
    assert.equal(ingested.status, 200, await ingested.clone().text());
    secrets.push(
      ...recipientSecrets(person),
      person.reference,
      hiddenNote,
      systemNote,
      hiddenPlace,
      `Skjultby${i}`,
      `INTCODE${i}X`,
      `SYSCODE${i}Y`,
      'Gormsløv',
      ...events.map((e) => e.id),
    );
    publicTexts.push(`Sorted at terminal Taulov${i}`);
    shipments.push({
      id: created.id,
      carrier,
      trackingNumber,
      token: tokenOf(created.links.page),
      postalCode: person.postalCode,
    });
  }
  return { shipments, secrets, publicTexts };
}

/** Asserts the response is a problem document whose status is the response's own; resolves to its body. */
export async function assertProblem(res: Response, where: string): Promise<Record<string, unknown>> {
  const text = await res.text();
  assert.equal(res.headers.get('content-type'), 'application/problem+json', `${where}: ${res.status} ${text}`);
  const body = JSON.parse(text) as Record<string, unknown>;
  assert.equal(body.status, res.status, `${where}: the problem's status is the response's`);
  for (const key of ['type', 'title', 'detail']) {
    assert.equal(typeof body[key], 'string', `${where}: problem.${key}`);
    assert.ok((body[key] as string).length > 0, `${where}: problem.${key} is empty`);
  }
  assert.doesNotMatch(text, /\bat .+\(.+:\d+:\d+\)|node_modules/, `${where}: a stack trace in a problem`);
  return body;
}
