/**
 * Server state: one TanStack Query client for the app. Reads are cached briefly and retried on a
 * network failure or a 5xx/503 (never on a 4xx: the answer would not change); every mutation
 * invalidates what it changed (see each feature's api folder), so no page shows stale data after
 * an action.
 */
import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-client';

function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) {
    return false;
  }
  if (!isApiError(error)) {
    return false;
  }
  return error.status === 0 || error.status >= 500;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: shouldRetry,
        retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 8000),
      },
      mutations: { retry: false },
    },
  });
}
