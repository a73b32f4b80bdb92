import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CalendarAssessment } from '@kyoso/contracts/calendar';
import { api, toSearch } from '../../../lib/api-client';

/**
 * What the budget calendar says of a proposal submitted today: `GET /api/calendar/settings`
 * gives the city's today (Japan's date, as the server sees it), then
 * `GET /api/calendar/assessment` assesses it.
 */
export async function getSubmissionAssessment(
  needsCityBudget: boolean,
  signal?: AbortSignal,
): Promise<CalendarAssessment> {
  const { today } = await api<{ today: string }>('/api/calendar/settings', { signal });
  const { assessment } = await api<{ assessment: CalendarAssessment }>(
    `/api/calendar/assessment${toSearch({ date: today, needsCityBudget })}`,
    { signal },
  );
  return assessment;
}

export function submissionAssessmentQueryOptions(needsCityBudget: boolean) {
  return queryOptions({
    // Under `calendar`: when the administrators change the settings, this is read again.
    queryKey: ['calendar', 'assessment', 'today', needsCityBudget],
    queryFn: ({ signal }) => getSubmissionAssessment(needsCityBudget, signal),
  });
}

/** `enabled: false` until the proposer has answered whether city money is needed. */
export function useSubmissionAssessment(needsCityBudget: boolean | null) {
  return useQuery({
    ...submissionAssessmentQueryOptions(needsCityBudget ?? false),
    enabled: needsCityBudget !== null,
  });
}
