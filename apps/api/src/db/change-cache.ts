/**
 * A cache whose entries are forgotten when the tables they were read from change (the change
 * feed, `change-feed.ts`), so that it never serves what the database no longer says. It serves
 * only while the feed is live; otherwise every `get` asks the database.
 */
import type { Change, ChangeFeed } from './change-feed';

export type ChangeCache<V> = {
  /**
   * The cached value of `key`, or what `load` reads (kept unless a change came meanwhile).
   * Callers that miss the same key while nothing changed share one `load`.
   */
  get: (key: string, load: () => Promise<V | undefined>) => Promise<V | undefined>;
  /** Entries held now (tests, logs). */
  size: () => number;
};

export type ChangeCacheOptions<V> = {
  /** The tables whose changes may make an entry wrong. */
  tables: readonly string[];
  /**
   * Which entries a change of one row makes wrong (by default: all of them). Not asked for
   * changes without a row or for `*`: those empty the cache.
   */
  affects?: (change: Change & { id: string }, key: string, value: V) => boolean;
  /** At most this many entries (the oldest go first). */
  max?: number;
  /** An entry is read again after this long, whatever the feed says (a safety net). */
  maxAgeMs?: number;
  now?: () => number;
};

/** A cache kept right by the change feed. */
export function createChangeCache<V>(
  feed: ChangeFeed,
  options: ChangeCacheOptions<V>,
): ChangeCache<V> {
  const tables = new Set(options.tables);
  const max = options.max ?? 10_000;
  const maxAgeMs = options.maxAgeMs ?? 60_000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, { value: V; at: number }>();
  // Loads under way, with the version they started at: a caller joins one only if nothing changed.
  const loading = new Map<string, { version: number; promise: Promise<V | undefined> }>();
  // Moves on with every change that concerns this cache: a value read while it moved is not kept.
  let version = 0;

  feed.subscribe((change) => {
    if (change.table !== '*' && !tables.has(change.table)) {
      return;
    }
    version += 1;
    const { affects } = options;
    if (change.table === '*' || change.id === null || !affects) {
      entries.clear();
      return;
    }
    const row = change as Change & { id: string };
    for (const [key, entry] of entries) {
      if (affects(row, key, entry.value)) {
        entries.delete(key);
      }
    }
  });

  return {
    async get(key, load) {
      if (!feed.live()) {
        return load();
      }
      // A write this process just committed must be seen by the read that follows it.
      const barrier = feed.barrier();
      if (barrier) {
        await barrier;
      }
      const hit = entries.get(key);
      if (hit && now() - hit.at < maxAgeMs && feed.live()) {
        return hit.value;
      }
      const under = loading.get(key);
      if (under && under.version === version) {
        return under.promise;
      }
      const before = version;
      const promise = load().then((value) => {
        if (value !== undefined && version === before && feed.live()) {
          entries.delete(key);
          entries.set(key, { value, at: now() });
          if (entries.size > max) {
            entries.delete(entries.keys().next().value!);
          }
        }
        return value;
      });
      loading.set(key, { version: before, promise });
      try {
        return await promise;
      } finally {
        if (loading.get(key)?.promise === promise) {
          loading.delete(key);
        }
      }
    },
    size: () => entries.size,
  };
}
