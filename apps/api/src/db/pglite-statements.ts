/**
 * Named prepared statements for the embedded PGlite database.
 *
 * PGlite's `query()` sends every statement as an unnamed one: PostgreSQL parses and plans it each
 * time. For the statements an application runs again and again that is most of their cost — the
 * proposal's case read (a select with two dozen sub-selects) takes about 5 ms that way and 1.2 ms
 * prepared. So a statement text seen a second time is prepared once under a name (`kyoso_1`, …)
 * and from then on only bound and executed, as the `pg` driver does for a named query on
 * PostgreSQL. One-off texts (migrations, DDL) stay unnamed; at most `maxStatements` are kept, the
 * least recently used closed first.
 *
 * The protocol steps and the result parsing are PGlite's own exports, in the order its `query()`
 * uses them; results, parsers, serialisers and errors are the same as through `query()`.
 */
import type { PGlite, QueryOptions, Results, Transaction } from '@electric-sql/pglite';
import { parse, protocol } from '@electric-sql/pglite';

type BackendMessage = Awaited<ReturnType<PGlite['execProtocolStream']>>[number];

/** Statements that may be prepared: reads and writes of rows, not DDL or session commands. */
const PREPARABLE = /^\s*(select|insert|update|delete|with)\b/i;

function concat(parts: Uint8Array[]): Uint8Array {
  const whole = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    whole.set(part, offset);
    offset += part.length;
  }
  return whole;
}

/** Longer texts (many rows inserted at once) vary with their data: never kept. */
const MAX_TEXT = 50_000;

/**
 * The prepared statement no longer exists (26000: deallocated) or no longer fits its tables
 * (0A000: "cached plan must not change result type", after a table changed): prepared again.
 */
const STALE_STATEMENT = new Set(['26000', '0A000']);

/** Names are unique in the process: several queues may share one PGlite (tests do). */
let lastName = 0;

export type PgliteStatements = {
  /** `query()` on the database, outside any transaction. */
  query: <T>(text: string, params?: unknown[], options?: QueryOptions) => Promise<Results<T>>;
  /** The transaction's `query()` running prepared statements; the rest as PGlite's. */
  wrapTransaction: (tx: Transaction) => Transaction;
  /** How many statements are prepared now (for tests). */
  size: () => number;
};

export function pgliteStatements(
  pglite: PGlite,
  options: { maxStatements?: number; maxSeen?: number } = {},
): PgliteStatements {
  const maxStatements = options.maxStatements ?? 200;
  const maxSeen = options.maxSeen ?? 2000;
  /** Prepared statements by text, least recently used first. */
  const prepared = new Map<string, { name: string; paramTypes: number[] }>();
  /** Texts run once, unnamed. */
  const seen = new Set<string>();

  const send = (message: Uint8Array, queryOptions?: QueryOptions) =>
    pglite.execProtocolStream(message, { syncToFs: false, onNotice: queryOptions?.onNotice });

  /**
   * Parses and describes `text` under a new name. A statement PostgreSQL refuses here would be
   * refused unnamed too, with the same error (which is thrown).
   */
  async function prepare(text: string) {
    const name = `kyoso_${(lastName += 1)}`;
    const messages: BackendMessage[] = [];
    try {
      await send(protocol.serialize.parse({ name, text }));
      messages.push(...(await send(protocol.serialize.describe({ type: 'S', name }))));
    } finally {
      await send(protocol.serialize.sync());
    }
    const description = messages.find((m) => m.name === 'parameterDescription') as
      { dataTypeIDs: number[] } | undefined;
    const entry = { name, paramTypes: description?.dataTypeIDs ?? [] };
    prepared.set(text, entry);
    if (prepared.size > maxStatements) {
      const [oldestText, oldest] = prepared.entries().next().value as [string, { name: string }];
      prepared.delete(oldestText);
      try {
        await send(protocol.serialize.close({ type: 'S', name: oldest.name }));
      } catch {
        // Left allocated: harmless, and rare (only after a successful prepare).
      } finally {
        await send(protocol.serialize.sync());
      }
    }
    return entry;
  }

  /** Binds and executes a prepared statement, with PGlite's serialisers and parsers. */
  async function execute<T>(
    entry: { name: string; paramTypes: number[] },
    params: unknown[],
    queryOptions: QueryOptions | undefined,
  ): Promise<Results<T>> {
    const values = params.map((value, i) => {
      if (value === null || value === undefined) {
        return null;
      }
      const type = entry.paramTypes[i]!;
      const serialize = queryOptions?.serializers?.[type] ?? pglite.serializers[type];
      // As PGlite's query(): a type without a serialiser is sent as its text.
      return serialize ? serialize(value) : (value as { toString(): string }).toString();
    });
    // Bind, describe, execute and sync in one call into PostgreSQL (a third of the time of four):
    // after an error it skips to the sync, and the error is thrown once all four are read.
    const messages = await send(
      concat([
        protocol.serialize.bind({ statement: entry.name, values }),
        protocol.serialize.describe({ type: 'P' }),
        protocol.serialize.execute({}),
        protocol.serialize.sync(),
      ]),
      queryOptions,
    );
    // The caller's parsers in front of PGlite's, without copying all of PGlite's for every result
    // as parseResults does when given both (a third of the time of a short statement).
    const custom = queryOptions?.parsers;
    const parsers: typeof pglite.parsers = custom
      ? Object.assign(Object.create(pglite.parsers) as typeof pglite.parsers, custom)
      : pglite.parsers;
    return parse.parseResults(
      messages,
      parsers,
      custom ? { ...queryOptions, parsers: undefined } : queryOptions,
    )[0] as Results<T>;
  }

  /**
   * The prepared statement for `text` when it is worth one: undefined for a text seen the first
   * time or one that is not a read or write of rows. Called under the query lock.
   */
  async function statementFor(text: string, queryOptions: QueryOptions | undefined) {
    if (
      queryOptions?.blob ||
      queryOptions?.paramTypes ||
      text.length > MAX_TEXT ||
      !PREPARABLE.test(text)
    ) {
      return undefined;
    }
    const entry = prepared.get(text);
    if (entry) {
      // Most recently used last.
      prepared.delete(text);
      prepared.set(text, entry);
      return entry;
    }
    if (!seen.has(text)) {
      if (seen.size >= maxSeen) {
        seen.clear();
      }
      seen.add(text);
      return undefined;
    }
    seen.delete(text);
    return prepare(text);
  }

  /**
   * `text` prepared and executed, or `undefined` when it should run unnamed. Errors carry the
   * statement as PGlite's own do.
   */
  async function tryPrepared<T>(
    text: string,
    params: unknown[] | undefined,
    queryOptions: QueryOptions | undefined,
  ): Promise<Results<T> | undefined> {
    try {
      const entry = await statementFor(text, queryOptions);
      return entry ? await execute<T>(entry, params ?? [], queryOptions) : undefined;
    } catch (error) {
      if (error && typeof error === 'object' && 'code' in error) {
        if (STALE_STATEMENT.has(String(error.code))) {
          prepared.delete(text);
          // Outside a transaction nothing was aborted: run it unnamed (prepared again next time).
          if (!pglite.isInTransaction()) {
            return undefined;
          }
        }
        Object.assign(error, { query: text, params, queryOptions });
      }
      throw error;
    }
  }

  return {
    async query<T>(text: string, params?: unknown[], queryOptions?: QueryOptions) {
      await pglite._checkReady();
      // As PGlite's query(): after any transaction running, one statement at a time.
      const result = await pglite._runExclusiveTransaction(() =>
        pglite.runExclusive(async () => {
          const done = await tryPrepared<T>(text, params, queryOptions);
          if (done && !pglite.isInTransaction()) {
            await pglite.syncToFs();
          }
          return done;
        }),
      );
      return result ?? pglite.query<T>(text, params, queryOptions);
    },

    wrapTransaction(tx) {
      const wrapped: Transaction = Object.create(tx) as Transaction;
      wrapped.query = async <T>(text: string, params?: unknown[], queryOptions?: QueryOptions) => {
        if (tx.closed) {
          return tx.query<T>(text, params, queryOptions);
        }
        // The transaction holds PGlite's transaction lock already; statements take the query lock.
        const result = await pglite.runExclusive(() => tryPrepared<T>(text, params, queryOptions));
        return result ?? tx.query<T>(text, params, queryOptions);
      };
      return wrapped;
    },

    size: () => prepared.size,
  };
}
