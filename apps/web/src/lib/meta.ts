import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Meta } from '@kyoso/contracts/common';
import { api } from './api-client';

/** `GET /api/meta`: the city's name and whether the development mailbox exists. */
export function getMeta(signal?: AbortSignal): Promise<Meta> {
  return api<Meta>('/api/meta', { signal });
}

export function metaQueryOptions() {
  return queryOptions({
    queryKey: ['meta'],
    queryFn: ({ signal }) => getMeta(signal),
    // It only changes with the server's configuration.
    staleTime: Infinity,
  });
}

/** The portal's facts, or `null` until they are here (or if the server could not be reached). */
export function useMeta(): Meta | null {
  return useQuery(metaQueryOptions()).data ?? null;
}
