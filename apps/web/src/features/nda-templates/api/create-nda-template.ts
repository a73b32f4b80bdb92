import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ndaTemplateResponseSchema } from '@kyoso/contracts/ndas';
import { api } from '../../../lib/api-client';
import type { NdaTemplateText } from './get-standard-nda-template';

export type NdaTemplateResponse = z.infer<typeof ndaTemplateResponseSchema>;

/**
 * `POST /api/nda-templates`: a new version (or, for a text identical to an earlier version,
 * that version again) becomes the current template.
 */
export function createNdaTemplate(body: NdaTemplateText): Promise<NdaTemplateResponse> {
  return api<NdaTemplateResponse>('/api/nda-templates', { method: 'POST', body });
}

export function useCreateNdaTemplateMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createNdaTemplate,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['nda-templates', 'list'] }),
  });
}
