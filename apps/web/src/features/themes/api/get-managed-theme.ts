import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { managedThemeResponseSchema } from '@kyoso/contracts/themes';
import { api } from '../../../lib/api-client';

export type ManagedThemeResponse = z.infer<typeof managedThemeResponseSchema>;

/** `GET /api/themes/:id/manage`: a theme as its department and the desk see it. */
export function getManagedTheme(id: string, signal?: AbortSignal): Promise<ManagedThemeResponse> {
  return api<ManagedThemeResponse>(`/api/themes/${encodeURIComponent(id)}/manage`, { signal });
}

export function managedThemeQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['themes', 'managed', id],
    queryFn: ({ signal }) => getManagedTheme(id, signal),
  });
}

export function useManagedTheme(id: string) {
  return useQuery(managedThemeQueryOptions(id));
}
