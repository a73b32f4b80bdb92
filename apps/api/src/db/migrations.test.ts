import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { generateDrizzleJson, generateMigration } from 'drizzle-kit/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/database';
import { queryRows, type DatabaseHandle } from './client';
import { findMigrationsFolder } from './migrate';
import * as schema from './schema';

let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.close());

describe('migrations', () => {
  it('match the Drizzle tables: no change is waiting for `npm run db:generate`', async () => {
    const folder = findMigrationsFolder();
    const snapshots = readdirSync(path.join(folder, 'meta'))
      .filter((f) => f.endsWith('_snapshot.json'))
      .sort();
    const latest = JSON.parse(readFileSync(path.join(folder, 'meta', snapshots.at(-1)!), 'utf8'));
    const current = generateDrizzleJson(schema, latest.id);
    const pending = await generateMigration(latest, current);
    expect(pending).toEqual([]);
  });

  it('are all listed in the journal, in order', () => {
    const folder = findMigrationsFolder();
    const journal = JSON.parse(
      readFileSync(path.join(folder, 'meta', '_journal.json'), 'utf8'),
    ) as { entries: Array<{ idx: number; tag: string }> };
    const files = readdirSync(folder)
      .filter((f) => f.endsWith('.sql'))
      .sort();
    expect(journal.entries.map((e) => `${e.tag}.sql`)).toEqual(files);
    expect(journal.entries.map((e) => e.idx)).toEqual(files.map((_, i) => i));
  });

  it('have been applied to the test database, with the search function', async () => {
    const tables = await queryRows<{ table_name: string }>(
      database.db,
      sql`select table_name from information_schema.tables where table_schema = 'public'`,
    );
    expect(tables.map((r) => r.table_name)).toEqual(
      expect.arrayContaining([
        'users',
        'proposals',
        'proposal_events',
        'outbox_emails',
        'departments',
      ]),
    );
    const [bigrams] = await queryRows<{ b: string[] }>(
      database.db,
      sql`select kyoso_bigrams('見守り') as b`,
    );
    expect([...(bigrams?.b ?? [])].sort()).toEqual(['守り', '見守'].sort());
  });
});
