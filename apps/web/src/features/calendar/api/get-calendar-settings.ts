import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CalendarSettings } from '@kyoso/contracts/calendar';
import { api } from '../../../lib/api-client';

/** The city's calendar rules and the city's today (Japan's date, as the server sees it). */
export type CalendarSettingsResponse = { settings: CalendarSettings; today: string };

/** `GET /api/calendar/settings` (public): fiscal-year start, cutoff, council sessions, today. */
export function getCalendarSettings(signal?: AbortSignal): Promise<CalendarSettingsResponse> {
  return api<CalendarSettingsResponse>('/api/calendar/settings', { signal });
}

export function calendarSettingsQueryOptions() {
  return queryOptions({
    // The key the administrators' settings page invalidates when it saves.
    queryKey: ['calendar', 'settings'],
    queryFn: ({ signal }) => getCalendarSettings(signal),
  });
}

export function useCalendarSettings() {
  return useQuery(calendarSettingsQueryOptions());
}
