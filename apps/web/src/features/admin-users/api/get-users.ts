import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { adminUsersResponseSchema, usersQuerySchema } from '@kyoso/contracts/users';
import { api, toSearch } from '../../../lib/api-client';

export type UsersQuery = z.input<typeof usersQuerySchema>;
export type UsersResponse = z.infer<typeof adminUsersResponseSchema>;
export type AdminUser = UsersResponse['users'][number];

/** `GET /api/admin/users`: every account, by role and name or e-mail (administrators). */
export function getUsers(query: UsersQuery, signal?: AbortSignal): Promise<UsersResponse> {
  return api<UsersResponse>(`/api/admin/users${toSearch(query)}`, { signal });
}

export function usersQueryOptions(query: UsersQuery) {
  return queryOptions({
    queryKey: ['admin', 'users', query],
    queryFn: ({ signal }) => getUsers(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useUsers(query: UsersQuery) {
  return useQuery(usersQueryOptions(query));
}
