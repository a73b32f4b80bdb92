import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ndaTemplatesResponseSchema } from '@kyoso/contracts/ndas';
import { api } from '../../../lib/api-client';

export type NdaTemplatesResponse = z.infer<typeof ndaTemplatesResponseSchema>;

/** `GET /api/nda-templates`: every version of the NDA template, newest first (administrators). */
export function getNdaTemplates(signal?: AbortSignal): Promise<NdaTemplatesResponse> {
  return api<NdaTemplatesResponse>('/api/nda-templates', { signal });
}

export function ndaTemplatesQueryOptions() {
  return queryOptions({
    queryKey: ['nda-templates', 'list'],
    queryFn: ({ signal }) => getNdaTemplates(signal),
  });
}

export function useNdaTemplates() {
  return useQuery(ndaTemplatesQueryOptions());
}
