import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  managedThemesQuerySchema,
  managedThemesResponseSchema,
} from '@kyoso/contracts/themes';
import { api, toSearch } from '../../../lib/api-client';

export type ManagedThemesQuery = z.input<typeof managedThemesQuerySchema>;
export type ManagedThemesResponse = z.infer<typeof managedThemesResponseSchema>;

/** `GET /api/themes/manage`: the department's own themes, or every theme for the desk. */
export function getManagedThemes(
  query: ManagedThemesQuery,
  signal?: AbortSignal,
): Promise<ManagedThemesResponse> {
  return api<ManagedThemesResponse>(`/api/themes/manage${toSearch(query)}`, { signal });
}

export function managedThemesQueryOptions(query: ManagedThemesQuery) {
  return queryOptions({
    queryKey: ['themes', 'manage', query],
    queryFn: ({ signal }) => getManagedThemes(query, signal),
  });
}

export function useManagedThemes(query: ManagedThemesQuery) {
  return useQuery(managedThemesQueryOptions(query));
}
