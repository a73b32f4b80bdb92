/**
 * Who is logged in. The server decides (session cookies); the web asks `GET /api/auth/session`
 * once (an anonymous visitor is an answer, `null`, never an error) and hides what the server
 * would refuse anyway. The session is server state like any other: one TanStack Query entry that
 * logging in, accepting an invitation or changing one's profile sets, and logging out clears.
 */
import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { SessionResponse, SessionUser } from '@kyoso/contracts/auth';
import type { Role } from '@kyoso/contracts/roles';
import { api } from './api-client';

export const SESSION_QUERY_KEY = ['auth', 'session'] as const;

/** `GET /api/auth/session`: the logged-in user or `null` (renews an expired access token). */
export function getSession(signal?: AbortSignal): Promise<SessionResponse> {
  return api<SessionResponse>('/api/auth/session', { signal });
}

export function sessionQueryOptions() {
  return queryOptions({
    queryKey: SESSION_QUERY_KEY,
    queryFn: ({ signal }) => getSession(signal),
    staleTime: 5 * 60_000,
  });
}

/** Keeps a user as the session (after logging in, accepting an invitation, a profile change). */
export function setSessionUser(queryClient: QueryClient, user: SessionUser | null): void {
  queryClient.setQueryData<SessionResponse>(SESSION_QUERY_KEY, { user });
}

/**
 * Forgets everything read for the previous user (their proposals, their organisation) and keeps
 * `user` as the session: nothing of one account stays on the screen of the next.
 */
export function replaceSession(queryClient: QueryClient, user: SessionUser | null): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth' });
  setSessionUser(queryClient, user);
}

type AuthValue = {
  /** `undefined` while loading, `null` when nobody is logged in. */
  user: SessionUser | null | undefined;
  setUser: (user: SessionUser | null) => void;
  logout: () => Promise<void>;
  /** Asks the server again (after something that may have changed the session). */
  refresh: () => Promise<void>;
};

export function useAuth(): AuthValue {
  const queryClient = useQueryClient();
  const session = useQuery(sessionQueryOptions());
  // A failed session request (server unreachable) shows the visitor's pages, not a spinner.
  const user = session.data ? session.data.user : session.isError ? null : undefined;

  const setUser = useCallback(
    (next: SessionUser | null) => setSessionUser(queryClient, next),
    [queryClient],
  );
  const logout = useCallback(async () => {
    try {
      await api('/api/auth/logout', { method: 'POST' });
    } finally {
      replaceSession(queryClient, null);
    }
  }, [queryClient]);
  const refresh = useCallback(
    () => queryClient.invalidateQueries({ queryKey: SESSION_QUERY_KEY }),
    [queryClient],
  );

  return useMemo(() => ({ user, setUser, logout, refresh }), [user, setUser, logout, refresh]);
}

export function hasRole(
  user: SessionUser | null | undefined,
  ...roles: Role[]
): user is SessionUser {
  return !!user && roles.includes(user.role);
}
