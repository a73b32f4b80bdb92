import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { createNdaTemplateBodySchema } from '@kyoso/contracts/ndas';
import { api } from '../../../lib/api-client';

export type NdaTemplateText = z.infer<typeof createNdaTemplateBodySchema>;

/** `GET /api/nda-templates/default`: the standard text a first version can start from. */
export function getStandardNdaTemplate(signal?: AbortSignal): Promise<NdaTemplateText> {
  return api<NdaTemplateText>('/api/nda-templates/default', { signal });
}

export function standardNdaTemplateQueryOptions() {
  return queryOptions({
    queryKey: ['nda-templates', 'standard'],
    queryFn: ({ signal }) => getStandardNdaTemplate(signal),
    staleTime: Infinity,
  });
}

export function useStandardNdaTemplate() {
  return useQuery(standardNdaTemplateQueryOptions());
}
