import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { themesQuerySchema, themesResponseSchema } from '@kyoso/contracts/themes';
import { api, toSearch } from '../../../lib/api-client';

export type ThemesQuery = z.input<typeof themesQuerySchema>;
export type ThemesResponse = z.infer<typeof themesResponseSchema>;

/** `GET /api/themes`: published themes, with Japanese substring search and filters. */
export function getThemes(query: ThemesQuery, signal?: AbortSignal): Promise<ThemesResponse> {
  return api<ThemesResponse>(`/api/themes${toSearch(query)}`, { signal });
}

export function themesQueryOptions(query: ThemesQuery) {
  return queryOptions({
    queryKey: ['themes', 'list', query],
    queryFn: ({ signal }) => getThemes(query, signal),
  });
}

export function useThemes(query: ThemesQuery) {
  return useQuery(themesQueryOptions(query));
}
