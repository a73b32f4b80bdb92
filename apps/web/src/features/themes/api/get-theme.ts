import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { themeResponseSchema } from '@kyoso/contracts/themes';
import { api } from '../../../lib/api-client';

export type ThemeResponse = z.infer<typeof themeResponseSchema>;

/** `GET /api/themes/:id`: one published theme. */
export function getTheme(id: string, signal?: AbortSignal): Promise<ThemeResponse> {
  return api<ThemeResponse>(`/api/themes/${encodeURIComponent(id)}`, { signal });
}

export function themeQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['themes', 'detail', id],
    queryFn: ({ signal }) => getTheme(id, signal),
  });
}

export function useTheme(id: string) {
  return useQuery(themeQueryOptions(id));
}
