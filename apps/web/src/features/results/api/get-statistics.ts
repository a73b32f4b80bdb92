import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { statisticsResponseSchema } from '@kyoso/contracts/results';
import { api, toSearch } from '../../../lib/api-client';

export type StatisticsResponse = z.infer<typeof statisticsResponseSchema>;
export type Statistics = StatisticsResponse['statistics'];

/**
 * `GET /api/public/statistics`: the statistics of the process for a fiscal year, or of every
 * year (null). Counts of one to four proposals arrive as "<5".
 */
export function getStatistics(
  fiscalYear: number | null,
  signal?: AbortSignal,
): Promise<StatisticsResponse> {
  return api<StatisticsResponse>(
    `/api/public/statistics${toSearch({ fiscalYear: fiscalYear ?? undefined })}`,
    { signal },
  );
}

export function statisticsQueryOptions(fiscalYear: number | null) {
  return queryOptions({
    queryKey: ['results', 'statistics', fiscalYear],
    queryFn: ({ signal }) => getStatistics(fiscalYear, signal),
    // Computed from every proposal: a visitor moving between pages need not ask again at once.
    staleTime: 5 * 60_000,
  });
}

export function useStatistics(fiscalYear: number | null) {
  return useQuery(statisticsQueryOptions(fiscalYear));
}
