import { PGlite, types, type QueryOptions } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgliteStatements } from './pglite-statements';

let pglite: PGlite;
beforeAll(async () => {
  pglite = await PGlite.create();
  await pglite.exec(`
    create table things (
      id serial primary key,
      name text not null unique,
      tags text[] not null default '{}',
      data jsonb,
      at timestamptz,
      on_day date,
      amount numeric
    );
  `);
});
afterAll(async () => {
  await pglite.close();
});

/** What Drizzle passes: arrays, and dates and timestamps left as text. */
const DRIZZLE_LIKE: QueryOptions = {
  rowMode: 'array',
  parsers: {
    [types.TIMESTAMPTZ]: (value: string) => value,
    [types.DATE]: (value: string) => value,
  },
};

describe('prepared statements on PGlite', () => {
  it('answers as PGlite does, for every kind of value, whether prepared or not', async () => {
    const statements = pgliteStatements(pglite);
    await pglite.query(
      `insert into things (name, tags, data, at, on_day, amount)
       values ('a', '{x,y}', '{"k":[1,2]}', '2026-04-01T09:00:00+09:00', '2026-04-01', 12.5),
              ('b', '{}', null, null, null, null)`,
    );
    const cases: Array<[string, unknown[], QueryOptions | undefined]> = [
      ['select * from things order by id', [], undefined],
      ['select * from things where name = $1', ['a'], DRIZZLE_LIKE],
      [
        'select id, tags, data from things where tags @> $1 or data = $2',
        [['x'], { k: [1, 2] }],
        undefined,
      ],
      ['select $1::int + 1 as n, $2::text as t, $3::boolean as b', [41, null, true], DRIZZLE_LIKE],
      ['select count(*)::int as n from things where at < $1', [new Date('2027-01-01')], undefined],
      ['select name from things where id = any($1)', [[1, 2, 3]], { rowMode: 'array' }],
    ];
    for (const [text, params, options] of cases) {
      const expected = await pglite.query(text, params, options);
      const first = await statements.query(text, params, options); // seen: unnamed
      const second = await statements.query(text, params, options); // prepared now
      const third = await statements.query(text, params, options); // prepared, reused
      expect(first, text).toEqual(expected);
      expect(second, text).toEqual(expected);
      expect(third, text).toEqual(expected);
    }
    expect(statements.size()).toBe(cases.length);
  });

  it('counts the rows a write changed and returns what it returns', async () => {
    const statements = pgliteStatements(pglite);
    const text =
      'update things set amount = coalesce(amount, 0) + $1 where name = $2 returning name';
    await statements.query(text, [1, 'b']);
    const result = await statements.query<{ name: string }>(text, [1, 'b']);
    expect(result.rows).toEqual([{ name: 'b' }]);
    expect(result.affectedRows).toBe(1);
    expect(statements.size()).toBe(1);
  });

  it('reports errors with their code and the statement, as PGlite does', async () => {
    const statements = pgliteStatements(pglite);
    const insert = 'insert into things (name) values ($1)';
    await statements.query(insert, ['unique-1']);
    await statements.query(insert, ['unique-2']);
    expect(statements.size()).toBe(1);
    const error = await statements.query(insert, ['unique-1']).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: '23505', query: insert, params: ['unique-1'] });
    // A statement PostgreSQL cannot prepare fails the same way both times.
    const broken = 'select no_such_column from things';
    for (let i = 0; i < 2; i += 1) {
      await expect(statements.query(broken)).rejects.toMatchObject({ code: '42703' });
    }
    // The database goes on answering.
    expect((await statements.query<{ n: number }>('select 1 as n')).rows).toEqual([{ n: 1 }]);
  });

  it('prepares inside transactions; a rollback undoes the rows, the statement stays usable', async () => {
    const statements = pgliteStatements(pglite);
    const insert = 'insert into things (name) values ($1) returning id';
    const count = 'select count(*)::int as n from things where name like $1';
    await pglite
      .transaction(async (raw) => {
        const tx = statements.wrapTransaction(raw);
        for (const name of ['tx-1', 'tx-2', 'tx-3']) {
          await tx.query(insert, [name]);
        }
        expect((await tx.query<{ n: number }>(count, ['tx-%'])).rows[0]!.n).toBe(3);
        expect((await tx.query<{ n: number }>(count, ['tx-%'])).rows[0]!.n).toBe(3);
        // A failed statement aborts the transaction as it would unprepared.
        await expect(tx.query(insert, ['tx-1'])).rejects.toMatchObject({ code: '23505' });
        await expect(tx.query(count, ['tx-%'])).rejects.toMatchObject({ code: '25P02' });
        throw new Error('roll back');
      })
      .catch((e: Error) => expect(e.message).toBe('roll back'));
    expect(statements.size()).toBe(2);
    expect((await statements.query<{ n: number }>(count, ['tx-%'])).rows[0]!.n).toBe(0);
    const committed = await pglite.transaction(async (raw) => {
      const tx = statements.wrapTransaction(raw);
      return (await tx.query<{ id: number }>(insert, ['tx-kept'])).rows[0]!.id;
    });
    expect(committed).toBeGreaterThan(0);
    expect((await statements.query<{ n: number }>(count, ['tx-kept'])).rows[0]!.n).toBe(1);
  });

  it('leaves session commands and DDL unnamed, and keeps at most maxStatements', async () => {
    const statements = pgliteStatements(pglite, { maxStatements: 2 });
    for (let i = 0; i < 2; i += 1) {
      await statements.query("set application_name = 'kyoso-test'");
      await statements.query('create temporary table if not exists scratch (x int)');
    }
    expect(statements.size()).toBe(0);
    const texts = ['select 1 as a', 'select 2 as b', 'select 3 as c'];
    for (const text of [...texts, ...texts]) {
      await statements.query(text);
    }
    expect(statements.size()).toBe(2);
    // The least recently used was closed; it is prepared again when it comes back twice.
    for (let i = 0; i < 3; i += 1) {
      expect((await statements.query(texts[0]!)).rows).toEqual([{ a: 1 }]);
    }
    expect(statements.size()).toBe(2);
  });

  it('prepares again a statement that was deallocated or whose result changed shape', async () => {
    const statements = pgliteStatements(pglite);
    await pglite.exec('create table shapes (a int); insert into shapes values (1)');
    const star = 'select * from shapes';
    await statements.query(star);
    await statements.query(star);
    expect(statements.size()).toBe(1);
    // "cached plan must not change result type": answered unnamed, with the new column.
    await pglite.exec('alter table shapes add column b int');
    expect((await statements.query(star)).rows).toEqual([{ a: 1, b: null }]);
    expect(statements.size()).toBe(0);
    // A statement deallocated behind the cache's back.
    await statements.query(star);
    await statements.query(star);
    expect(statements.size()).toBe(1);
    await pglite.exec('deallocate all');
    expect((await statements.query(star)).rows).toEqual([{ a: 1, b: null }]);
    for (let i = 0; i < 2; i += 1) {
      expect((await statements.query(star)).rows).toEqual([{ a: 1, b: null }]);
    }
    expect(statements.size()).toBe(1);
  });

  it("passes PostgreSQL's notices on, as PGlite's query does", async () => {
    const statements = pgliteStatements(pglite);
    await pglite.exec(`create function noisy() returns int language plpgsql as $$
      begin raise notice 'heard'; return 1; end $$`);
    const notices: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      await statements.query('select noisy()', [], { onNotice: (n) => notices.push(n.message!) });
    }
    expect(statements.size()).toBe(1);
    expect(notices).toEqual(['heard', 'heard', 'heard']);
  });

  it('keeps answering after the table it reads gains a column', async () => {
    const statements = pgliteStatements(pglite);
    const text = 'select name from things where name = $1';
    await statements.query(text, ['a']);
    await statements.query(text, ['a']);
    await pglite.exec('alter table things add column note text');
    expect((await statements.query(text, ['a'])).rows).toEqual([{ name: 'a' }]);
  });
});
