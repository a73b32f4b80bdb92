import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Department, departmentsResponseSchema } from '@kyoso/contracts/departments';
import { api } from '../../../lib/api-client';

export type DepartmentsResponse = z.infer<typeof departmentsResponseSchema>;

/** `GET /api/departments`: the city's bureaus, divisions and sections. */
export function getDepartments(signal?: AbortSignal): Promise<DepartmentsResponse> {
  return api<DepartmentsResponse>('/api/departments', { signal });
}

export function departmentsQueryOptions() {
  return queryOptions({
    queryKey: ['departments'],
    queryFn: ({ signal }) => getDepartments(signal),
    // The organisation chart changes a few times a year.
    staleTime: 10 * 60_000,
  });
}

export function useDepartments(options: { enabled?: boolean } = {}) {
  return useQuery({ ...departmentsQueryOptions(), enabled: options.enabled ?? true });
}

/** The sections a proposal can be routed to (not the desk, not bureaus or divisions). */
export function routableSections(departments: readonly Department[]): Department[] {
  return departments.filter((d) => d.level === 'section' && !d.isCoordinatorDesk);
}
