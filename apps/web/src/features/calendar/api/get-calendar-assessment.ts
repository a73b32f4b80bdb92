import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CalendarAssessment } from '@kyoso/contracts/calendar';
import { api, toSearch } from '../../../lib/api-client';

export type CalendarAssessmentResponse = { assessment: CalendarAssessment };

/** `GET /api/calendar/assessment`: what the budget calendar says of a proposal made on `date`. */
export function getCalendarAssessment(
  query: { date: string; needsCityBudget: boolean },
  signal?: AbortSignal,
): Promise<CalendarAssessmentResponse> {
  return api<CalendarAssessmentResponse>(`/api/calendar/assessment${toSearch(query)}`, {
    signal,
  });
}

export function calendarAssessmentQueryOptions(date: string, needsCityBudget: boolean) {
  return queryOptions({
    queryKey: ['calendar', 'assessment', date, needsCityBudget],
    queryFn: ({ signal }) => getCalendarAssessment({ date, needsCityBudget }, signal),
  });
}

export function useCalendarAssessment(date: string, needsCityBudget: boolean) {
  return useQuery(calendarAssessmentQueryOptions(date, needsCityBudget));
}
