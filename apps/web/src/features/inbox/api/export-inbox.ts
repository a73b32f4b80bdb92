import { toSearch } from '../../../lib/api-client';
import type { InboxQuery } from './get-inbox';

/**
 * `GET /api/proposals/export.csv`: the inbox's proposals with its filters and sort, every page,
 * as an Excel-safe CSV. A plain link (the browser downloads it with the session cookies).
 */
export function inboxExportHref(query: Omit<InboxQuery, 'page' | 'pageSize'>): string {
  return `/api/proposals/export.csv${toSearch(query)}`;
}
