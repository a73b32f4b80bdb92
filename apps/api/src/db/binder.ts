/**
 * Statements whose text depends on a request's filters, built once per shape of filter.
 *
 * Building a Drizzle statement walks every fragment and column of it, which costs more CPU than
 * PostgreSQL spends answering a list or a search (docs/PERFORMANCE.md). A repository writes its
 * statement against a `Binder`: every value goes through `bind` (a parameter, or a named
 * placeholder of a prepared statement) and every choice that binds nothing through `mark`, so
 * that the names in order — the shape — identify the statement's text. Binding is cheap and tells
 * the shape; the statement is built only for a shape not seen before on that database handle.
 */
import { fillPlaceholders, sql, type SQLWrapper } from 'drizzle-orm';
import type { Executor } from './client';

export type Binder = {
  bind: (name: string, value: unknown) => SQLWrapper;
  mark: (choice: string) => void;
};

/** A binder that writes each value into the statement as a parameter. */
export function inlineBinder(): Binder {
  return { bind: (_name, value) => sql.param(value), mark: () => undefined };
}

/** A binder that writes placeholders, and records their values and the statement's shape. */
export function placeholderBinder() {
  const values: Record<string, unknown> = {};
  const shape: string[] = [];
  const binder: Binder = {
    bind: (name, value) => {
      shape.push(name);
      values[name] = value;
      return sql.placeholder(name);
    },
    mark: (choice) => void shape.push(`#${choice}`),
  };
  return { binder, values, shape };
}

/** What a statement says: its text and parameters (Drizzle's `toSQL()`). */
type Said = { sql: string; params: unknown[] };

/** Shapes kept per handle (filters combine into a few hundred at most). */
const MAX_SHAPES = 500;

/**
 * Statements built once per database handle and shape of filter. `bind` binds a request's values
 * (it must bind exactly what `build` binds, in the same order); `build` writes the statements
 * with the binder it is given; `said` names what each statement says, for `verify`.
 *
 * With `verify` (tests, development) the statements are also built with the request's values
 * inline and must say exactly the same, so a value bound in `build` but not in `bind` (or a
 * choice not marked) fails every test that reaches it.
 */
export function statementsByShape<A, S>(options: {
  /** For the error message. */
  name: string;
  bind: (args: A, b: Binder) => void;
  build: (db: Executor, args: A, b: Binder) => S;
  said: (statements: S) => Record<string, Said>;
}) {
  const byHandle = new WeakMap<
    Executor,
    Map<string, { statements: S; said: Record<string, Said> }>
  >();
  return (
    db: Executor,
    args: A,
    verify: boolean,
  ): { statements: S; values: Record<string, unknown> } => {
    const { binder, values, shape } = placeholderBinder();
    options.bind(args, binder);
    const key = shape.join(',');
    let byShape = byHandle.get(db);
    if (!byShape) {
      byShape = new Map();
      byHandle.set(db, byShape);
    }
    let built = byShape.get(key);
    if (!built) {
      const statements = options.build(db, args, placeholderBinder().binder);
      built = { statements, said: options.said(statements) };
      byShape.set(key, built);
      if (byShape.size > MAX_SHAPES) {
        byShape.delete(byShape.keys().next().value!);
      }
    }
    if (verify) {
      const plain = options.said(options.build(db, args, inlineBinder()));
      for (const [part, expected] of Object.entries(plain)) {
        const actual = built.said[part]!;
        if (
          expected.sql !== actual.sql ||
          JSON.stringify(expected.params) !==
            JSON.stringify(fillPlaceholders(actual.params, values))
        ) {
          throw new Error(
            `${options.name}: the statement prepared for shape ${key} differs from the one built for these filters (${part})`,
          );
        }
      }
    }
    return { statements: built.statements, values };
  };
}
