import { useCallback, useEffect, useRef, useState } from 'react';

export type ApiState<T> = {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  /** Loads again (after a change, or the reader's "try again"). */
  reload: () => void;
};

/**
 * Loads data for a page. Re-runs when `key` changes; the previous request is abandoned, so a
 * slow answer never overwrites a newer one.
 */
export function useApi<T>(
  load: (signal: AbortSignal) => Promise<T>,
  key: string | null,
): ApiState<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(key !== null);
  const [tick, setTick] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    if (key === null) {
      setLoading(false);
      return;
    }
    const controller = new AbortController();
    setLoading(true);
    setError(null);
    loadRef
      .current(controller.signal)
      .then((value) => {
        if (!controller.signal.aborted) {
          setData(value);
          setLoading(false);
        }
      })
      .catch((err: unknown) => {
        if (!controller.signal.aborted) {
          setError(err);
          setLoading(false);
        }
      });
    return () => controller.abort();
  }, [key, tick]);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { data, error, loading, reload };
}
