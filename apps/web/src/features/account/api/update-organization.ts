import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { updateOrganizationBodySchema } from '@kyoso/contracts/organizations';
import { api } from '../../../lib/api-client';
import { SESSION_QUERY_KEY } from '../../../lib/auth';
import { MY_ORGANIZATION_KEY, type OrganizationResponse } from './get-my-organization';

export type UpdateOrganizationBody = z.input<typeof updateOrganizationBodySchema>;

/** `PUT /api/organizations/mine`: the organisation's name, kind and corporate number. */
export function updateOrganization(body: UpdateOrganizationBody): Promise<OrganizationResponse> {
  return api<OrganizationResponse>('/api/organizations/mine', { method: 'PUT', body });
}

/** Saves; the organisation's page shows the answer and the session carries the new name. */
export function useUpdateOrganizationMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateOrganization,
    onSuccess: async (data) => {
      queryClient.setQueryData(MY_ORGANIZATION_KEY, data);
      await queryClient.invalidateQueries({ queryKey: SESSION_QUERY_KEY });
    },
  });
}
