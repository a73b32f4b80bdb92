import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/**
 * `GET /api/calendar/settings`: the city's today (Japan's date, as the server sees it), which
 * says which reporting periods have ended; the browser's clock may be elsewhere.
 */
export async function getCityToday(signal?: AbortSignal): Promise<string> {
  const { today } = await api<{ today: string }>('/api/calendar/settings', { signal });
  return today;
}

export function cityTodayQueryOptions() {
  return queryOptions({
    queryKey: ['calendar', 'today'],
    queryFn: ({ signal }) => getCityToday(signal),
    staleTime: 5 * 60_000,
  });
}

export function useCityToday() {
  return useQuery(cityTodayQueryOptions());
}
