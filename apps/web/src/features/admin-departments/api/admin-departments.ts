import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AdminDepartment,
  adminDepartmentResponseSchema,
  adminDepartmentsResponseSchema,
  createDepartmentBodySchema,
  handOverResponseSchema,
  routingPreviewBodySchema,
  updateDepartmentBodySchema,
} from '@kyoso/contracts/departments';
import type { routingSuggestionsResponseSchema } from '@kyoso/contracts/routing';
import { api } from '../../../lib/api-client';

export type { AdminDepartment };
export type AdminDepartmentsResponse = z.infer<typeof adminDepartmentsResponseSchema>;
export type AdminDepartmentResponse = z.infer<typeof adminDepartmentResponseSchema>;
export type CreateDepartmentBody = z.input<typeof createDepartmentBodySchema>;
export type UpdateDepartmentBody = z.input<typeof updateDepartmentBodySchema>;
export type RoutingPreviewBody = z.input<typeof routingPreviewBodySchema>;
export type RoutingPreviewResponse = z.infer<typeof routingSuggestionsResponseSchema>;
export type HandOverResponse = z.infer<typeof handOverResponseSchema>;

const base = '/api/admin/departments';
const at = (id: string) => `${base}/${encodeURIComponent(id)}`;

/** `GET /api/admin/departments`: every department, retired ones too (administrators). */
export function getAdminDepartments(signal?: AbortSignal): Promise<AdminDepartmentsResponse> {
  return api<AdminDepartmentsResponse>(base, { signal });
}

export function adminDepartmentsQueryOptions() {
  return queryOptions({
    queryKey: ['admin', 'departments'],
    queryFn: ({ signal }) => getAdminDepartments(signal),
  });
}

export function useAdminDepartments() {
  return useQuery(adminDepartmentsQueryOptions());
}

/** After a change: the chart here, the chart every page reads, and the audit log. */
function useAfterChange() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['admin', 'departments'] }),
      queryClient.invalidateQueries({ queryKey: ['departments'] }),
      queryClient.invalidateQueries({ queryKey: ['admin', 'audit'] }),
    ]);
}

/** `POST /api/admin/departments`: a new 局, 部 or 課. */
export function useCreateDepartmentMutation() {
  const after = useAfterChange();
  return useMutation({
    mutationFn: (body: CreateDepartmentBody) =>
      api<AdminDepartmentResponse>(base, { method: 'POST', body }),
    onSuccess: after,
  });
}

/** `PATCH /api/admin/departments/:id`: rename, move, routing profile. */
export function useUpdateDepartmentMutation() {
  const after = useAfterChange();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateDepartmentBody }) =>
      api<AdminDepartmentResponse>(at(id), { method: 'PATCH', body }),
    onSuccess: after,
  });
}

/** `POST /api/admin/departments/:id/handover`: its open proposals to another 課. */
export function useHandOverMutation() {
  const queryClient = useQueryClient();
  const after = useAfterChange();
  return useMutation({
    mutationFn: ({ id, toDepartmentId }: { id: string; toDepartmentId: string }) =>
      api<HandOverResponse>(`${at(id)}/handover`, { method: 'POST', body: { toDepartmentId } }),
    onSuccess: () =>
      Promise.all([after(), queryClient.invalidateQueries({ queryKey: ['proposals'] })]),
  });
}

/** `POST /api/admin/departments/:id/retire`. */
export function useRetireDepartmentMutation() {
  const after = useAfterChange();
  return useMutation({
    mutationFn: (id: string) =>
      api<AdminDepartmentResponse>(`${at(id)}/retire`, { method: 'POST' }),
    onSuccess: after,
  });
}

/** `POST /api/admin/departments/routing-preview`: suggestions for a sample text. */
export function useRoutingPreviewMutation() {
  return useMutation({
    mutationFn: (body: RoutingPreviewBody) =>
      api<RoutingPreviewResponse>(`${base}/routing-preview`, { method: 'POST', body }),
  });
}
