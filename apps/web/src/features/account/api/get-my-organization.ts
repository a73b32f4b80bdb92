import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { organizationResponseSchema } from '@kyoso/contracts/organizations';
import { api } from '../../../lib/api-client';

export type OrganizationResponse = z.infer<typeof organizationResponseSchema>;

export const MY_ORGANIZATION_KEY = ['organizations', 'mine'] as const;

/** `GET /api/organizations/mine`: my organisation, its members and pending invitations. */
export function getMyOrganization(signal?: AbortSignal): Promise<OrganizationResponse> {
  return api<OrganizationResponse>('/api/organizations/mine', { signal });
}

export function myOrganizationQueryOptions() {
  return queryOptions({
    queryKey: MY_ORGANIZATION_KEY,
    queryFn: ({ signal }) => getMyOrganization(signal),
  });
}

export function useMyOrganization() {
  return useQuery(myOrganizationQueryOptions());
}
