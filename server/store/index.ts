/** Opens the store a `DATABASE_URL` names. */
import { openSqliteStore } from './sqlite.js';
import type { Store } from './types.js';

export type { Store } from './types.js';

export async function openStore(databaseUrl: string): Promise<Store> {
  if (databaseUrl.startsWith('file:')) return openSqliteStore(databaseUrl.slice('file:'.length) || ':memory:');
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('DATABASE_URL names PostgreSQL, which this build does not support yet; use file:<path>');
  }
  throw new Error(`DATABASE_URL must start with file: (got ${JSON.stringify(databaseUrl.split(':')[0])})`);
}
