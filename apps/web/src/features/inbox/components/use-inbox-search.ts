import { useSearchParams } from 'react-router';
import type { InboxFilterKey } from '../api/get-inbox';

/** The filters the inbox understands, all kept in the address so that a view can be shared. */
export const INBOX_FILTER_KEYS = [
  'q',
  'status',
  'step',
  'kind',
  'themeId',
  'departmentId',
  'due',
  'calendarFlag',
  'unassigned',
  'assignedToMe',
  'sort',
] as const satisfies readonly InboxFilterKey[];

export type InboxFilters = Partial<Record<(typeof INBOX_FILTER_KEYS)[number], string>>;

export type InboxSearch = {
  filters: InboxFilters;
  page: number;
  /** Sets one filter (an empty value removes it) and goes back to the first page. */
  update: (key: keyof InboxFilters, value: string) => void;
  goTo: (page: number) => void;
};

/** The inbox's filters and page, read from and written to the address bar. */
export function useInboxSearch(): InboxSearch {
  const [params, setParams] = useSearchParams();
  const filters: InboxFilters = Object.fromEntries(
    INBOX_FILTER_KEYS.flatMap((key) => {
      const value = params.get(key);
      return value ? [[key, value]] : [];
    }),
  );
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  return {
    filters,
    page,
    update: (key, value) => {
      const next = new URLSearchParams(params);
      if (value) {
        next.set(key, value);
      } else {
        next.delete(key);
      }
      next.delete('page');
      setParams(next, { replace: true });
    },
    goTo: (n) => {
      const next = new URLSearchParams(params);
      next.set('page', String(n));
      setParams(next);
    },
  };
}
