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

  it('compute the same search pieces with the fast kyoso_bigrams (0004) as with the first (0000)', async () => {
    const [fn] = await queryRows<{ language: string }>(
      database.db,
      sql`select l.lanname as language from pg_proc p join pg_language l on l.oid = p.prolang
          where p.proname = 'kyoso_bigrams'`,
    );
    expect(fn?.language).toBe('plpgsql');
    // The first version, under another name, straight from its migration.
    const source = readFileSync(path.join(findMigrationsFolder(), '0000_extensions.sql'), 'utf8');
    const first = source
      .slice(source.indexOf('CREATE'))
      .replace('kyoso_bigrams(', 'kyoso_bigrams_0000(');
    await database.db.execute(sql.raw(first));
    const long =
      '高齢者の見守りに課題があります。ＡＩとＩｏＴで　解決します！\t改行\nも😀含む。'.repeat(80);
    const texts = [
      '',
      'a',
      'aa',
      'aaaa',
      '見守り',
      '公園の利活用',
      'ＡＩ活用',
      '見 守り',
      'ＤＸ推進　計画',
      'a\tb\nc\r\nd  e',
      '😀😀x',
      'Ｃａｆé ＣＡＦÉ cafe\u0301',
      'ｶﾀｶﾅ ﾐﾏﾓﾘ',
      '①②③ ㈱みまもりテック',
      '100%_達成',
      long,
    ];
    for (const text of texts) {
      const [row] = await queryRows<{ now: string[]; before: string[] }>(
        database.db,
        sql`select kyoso_bigrams(${text}) as now, kyoso_bigrams_0000(${text}) as before`,
      );
      expect(row?.now, text.slice(0, 20)).toEqual(row?.before);
    }
    const [nulls] = await queryRows<{ now: string[]; before: string[] }>(
      database.db,
      sql`select kyoso_bigrams(null) as now, kyoso_bigrams_0000(null) as before`,
    );
    expect(nulls?.now).toEqual([]);
    expect(nulls?.before).toEqual([]);
    expect(
      (
        await queryRows<{ n: number }>(
          database.db,
          sql`select cardinality(kyoso_bigrams(${long})) as n`,
        )
      )[0]?.n,
    ).toBeGreaterThan(30);
  });
});
