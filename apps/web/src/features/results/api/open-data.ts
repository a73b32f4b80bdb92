import { useQuery } from '@tanstack/react-query';
import { api, toSearch } from '../../../lib/api-client';

/** The licence of the open data (the API sends it with every file, in a `Link` header too). */
export const OPEN_DATA_LICENCE = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

export type OpenDataFormat = 'csv' | 'json';

/** `GET /api/open-data/cases.{csv,json}`: every public case (CSV: UTF-8 with BOM, for Excel). */
export function casesOpenDataHref(format: OpenDataFormat): string {
  return `/api/open-data/cases.${format}`;
}

/** `GET /api/open-data/statistics.{csv,json}`: the statistics of a year (null: every year). */
export function statisticsOpenDataHref(format: OpenDataFormat, fiscalYear: number | null): string {
  return `/api/open-data/statistics.${format}${toSearch({ fiscalYear: fiscalYear ?? undefined })}`;
}

/** A column (or a metric) of the open data, described in Japanese and English. */
export type OpenDataColumn = { name: string; ja: string; en: string };

/**
 * The dictionary of the open data, as the API publishes it in the JSON files: the cases' columns
 * and the statistics' metrics.
 */
export async function getOpenDataDictionary(
  signal?: AbortSignal,
): Promise<{ columns: OpenDataColumn[]; metrics: OpenDataColumn[] }> {
  const [cases, statistics] = await Promise.all([
    api<{ columns: OpenDataColumn[] }>(casesOpenDataHref('json'), { signal }),
    api<{ metrics: OpenDataColumn[] }>(statisticsOpenDataHref('json', null), { signal }),
  ]);
  return { columns: cases.columns, metrics: statistics.metrics };
}

export function useOpenDataDictionary(enabled: boolean) {
  return useQuery({
    queryKey: ['results', 'dictionary'],
    queryFn: ({ signal }) => getOpenDataDictionary(signal),
    staleTime: Infinity,
    enabled,
  });
}
