import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CalendarSettings } from '@kyoso/contracts/calendar';
import { api } from '../../../lib/api-client';

/** What `GET /api/calendar/settings` answers (the API declares it next to its route). */
export type CalendarSettingsResponse = { settings: CalendarSettings; today: string };

/** `GET /api/calendar/settings`: fiscal-year start, budget cutoff, council sessions. */
export function getCalendarSettings(signal?: AbortSignal): Promise<CalendarSettingsResponse> {
  return api<CalendarSettingsResponse>('/api/calendar/settings', { signal });
}

export function calendarSettingsQueryOptions() {
  return queryOptions({
    queryKey: ['calendar', 'settings'],
    queryFn: ({ signal }) => getCalendarSettings(signal),
  });
}

export function useCalendarSettings() {
  return useQuery(calendarSettingsQueryOptions());
}
