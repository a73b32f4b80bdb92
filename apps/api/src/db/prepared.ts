import type { Executor } from './client';

/**
 * A statement built once per database handle instead of once per call. Building a Drizzle query
 * walks every fragment of it (a case with its plugins' subqueries is hundreds), which cost more
 * CPU than PostgreSQL spent running it (docs/PERFORMANCE.md); a prepared query built with
 * `sql.placeholder` values is reused for every call on the same handle. Inside a transaction the
 * handle is new, so the statement is built for it (and forgotten with it).
 */
export function preparedOnce<T>(build: (db: Executor) => T): (db: Executor) => T {
  const built = new WeakMap<Executor, T>();
  return (db) => {
    let statement = built.get(db);
    if (statement === undefined) {
      statement = build(db);
      built.set(db, statement);
    }
    return statement;
  };
}
