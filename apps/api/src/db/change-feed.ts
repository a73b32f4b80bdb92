/**
 * What changed in the database, as it commits, for the caches that would otherwise ask the
 * database on every request (the session of each request, the totals of the inbox).
 *
 * Triggers (migrations/0005_change_notifications.sql) send `pg_notify('kyoso_changes', …)` with
 * the table and, for sessions and users, the row's id. Every API process listens:
 *
 * - PostgreSQL: one connection of its own runs `LISTEN kyoso_changes`. A change committed by any
 *   process reaches every other within the time PostgreSQL takes to pass the notification on (well
 *   under a millisecond on one machine). Changes committed by this process are seen by its next
 *   read at once: a read that follows a local write first waits for a round trip on the listening
 *   connection, which PostgreSQL answers only after delivering every notification committed
 *   before it (`barrier`).
 * - PGlite: the one process is the only writer and PGlite delivers a notification before the
 *   statement that caused it returns.
 *
 * While the listening connection is down nothing may be cached (`live` is false, and every cache
 * is emptied when it goes down): the caches ask the database again, as before, until it is back.
 */
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/** The channel the triggers notify. */
export const CHANGES_CHANNEL = 'kyoso_changes';

/** A table changed (`id`: the row, when the trigger names it); `*`: anything may have changed. */
export type Change = { table: string; id: string | null };
export type ChangeListener = (change: Change) => void;

export type ChangeFeed = {
  /** Whether every change reaches this process now, so that caching is safe. */
  live: () => boolean;
  /**
   * Moves on with every change and every loss of the channel: a cache stores what it read only
   * if this did not move while it read.
   */
  version: () => number;
  subscribe: (listener: ChangeListener) => () => void;
  /** Resolves once every change this process committed so far has been delivered to it. */
  barrier: () => Promise<void> | undefined;
  /** This process committed a write (PostgreSQL: the next cached read waits for `barrier`). */
  noteLocalWrite: () => void;
  close: () => Promise<void>;
};

function parse(payload: string | undefined): Change {
  const text = payload ?? '*';
  const colon = text.indexOf(':');
  return colon < 0
    ? { table: text, id: null }
    : { table: text.slice(0, colon), id: text.slice(colon + 1) };
}

function createListeners() {
  const listeners = new Set<ChangeListener>();
  let version = 0;
  return {
    version: () => version,
    subscribe: (listener: ChangeListener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    emit: (change: Change) => {
      version += 1;
      for (const listener of listeners) {
        listener(change);
      }
    },
  };
}

/**
 * The feed of the embedded database: notifications arrive with the statement that caused them.
 * Live once PGlite listens (at once, in practice: nothing else runs while the API starts).
 */
export function pgliteChangeFeed(client: PGlite): ChangeFeed {
  const listeners = createListeners();
  let live = false;
  const listening = client
    .listen(CHANGES_CHANNEL, (payload) => listeners.emit(parse(payload)))
    .then((unlisten) => {
      live = true;
      return unlisten;
    });
  return {
    live: () => live,
    version: listeners.version,
    subscribe: listeners.subscribe,
    barrier: () => undefined,
    noteLocalWrite: () => undefined,
    // The database closes with the feed: nothing to unlisten.
    close: async () => {
      live = false;
      listeners.emit({ table: '*', id: null });
      await listening.catch(() => undefined);
    },
  };
}

/**
 * The feed of a PostgreSQL database: a connection of its own listens, and is opened again (after
 * 1 s, then up to 10 s) whenever it is lost.
 */
export function postgresChangeFeed(
  url: string,
  options: { onError?: (error: Error) => void; retryMs?: number } = {},
): ChangeFeed {
  const listeners = createListeners();
  const onError = options.onError ?? (() => undefined);
  let client: pg.Client | null = null;
  let live = false;
  let closed = false;
  let retryMs = options.retryMs ?? 1000;
  let retry: NodeJS.Timeout | undefined;
  let localWrite = false;
  let pending: Promise<void> | undefined;

  function lost(error?: Error) {
    if (error) {
      onError(error);
    }
    const wasLive = live;
    live = false;
    client?.removeAllListeners('notification');
    client = null;
    if (wasLive) {
      // Changes may be missed from now on: whatever was cached is forgotten.
      listeners.emit({ table: '*', id: null });
    }
    if (!closed && !retry) {
      retry = setTimeout(() => {
        retry = undefined;
        void connect();
      }, retryMs);
      retry.unref();
      retryMs = Math.min(retryMs * 2, 10_000);
    }
  }

  async function connect() {
    const connection = new pg.Client({ connectionString: url });
    // Registered first: an error of this connection must never be an uncaught exception.
    connection.on('error', (error) => {
      if (client === connection) {
        lost(error);
      }
    });
    connection.on('end', () => {
      if (client === connection) {
        lost();
      }
    });
    try {
      await connection.connect();
      connection.on('notification', (message) => {
        if (message.channel === CHANGES_CHANNEL) {
          listeners.emit(parse(message.payload));
        }
      });
      await connection.query(`LISTEN ${CHANGES_CHANNEL}`);
    } catch (error) {
      connection.removeAllListeners('notification');
      void connection.end().catch(() => undefined);
      lost(error as Error);
      return;
    }
    if (closed) {
      await connection.end().catch(() => undefined);
      return;
    }
    client = connection;
    retryMs = options.retryMs ?? 1000;
    // Whatever changed while nobody listened: nothing cached survives (the caches are empty
    // already), and from here on every change arrives.
    listeners.emit({ table: '*', id: null });
    live = true;
  }

  void connect();

  return {
    live: () => live,
    version: listeners.version,
    subscribe: listeners.subscribe,
    barrier() {
      if (localWrite && client) {
        localWrite = false;
        const connection = client;
        // Notifications committed before this query are delivered before its answer. One query
        // at a time on the listening connection: a round waits for the one before it.
        const round: Promise<void> = (pending ?? Promise.resolve())
          .then(() => connection.query('select 1'))
          .then(
            () => undefined,
            () => undefined,
          );
        pending = round;
        void round.then(() => {
          if (pending === round) {
            pending = undefined;
          }
        });
      }
      return pending;
    },
    noteLocalWrite() {
      localWrite = true;
    },
    async close() {
      closed = true;
      clearTimeout(retry);
      const connection = client;
      live = false;
      client = null;
      listeners.emit({ table: '*', id: null });
      await connection?.end().catch(() => undefined);
    },
  };
}

/** A feed for a handle that has none: never live, so nothing is ever cached. */
export function noChangeFeed(): ChangeFeed {
  return {
    live: () => false,
    version: () => 0,
    subscribe: () => () => undefined,
    barrier: () => undefined,
    noteLocalWrite: () => undefined,
    close: async () => undefined,
  };
}
