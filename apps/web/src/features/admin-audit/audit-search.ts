import type { AuditFilter } from '@kyoso/contracts/audit';

/** The filters of the audit log, all kept in the address so that a view can be shared. */
export const AUDIT_FILTER_KEYS = [
  'person',
  'departmentId',
  'reference',
  'action',
  'from',
  'to',
] as const satisfies ReadonlyArray<keyof AuditFilter>;

export type AuditFilterKey = (typeof AUDIT_FILTER_KEYS)[number];
export type AuditFilters = Partial<Record<AuditFilterKey, string>>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The filters and page an address holds (blank values and malformed dates left out). Pure. */
export function readAuditSearch(params: URLSearchParams): { filters: AuditFilters; page: number } {
  const filters: AuditFilters = {};
  for (const key of AUDIT_FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (!value || ((key === 'from' || key === 'to') && !DATE.test(value))) {
      continue;
    }
    filters[key] = value;
  }
  const page = Math.max(1, Math.floor(Number(params.get('page') ?? '1')) || 1);
  return { filters, page };
}

/** The address for other filters: the first page again, blank values removed. Pure. */
export function writeAuditSearch(filters: AuditFilters): URLSearchParams {
  const next = new URLSearchParams();
  for (const key of AUDIT_FILTER_KEYS) {
    const value = filters[key]?.trim();
    if (value) {
      next.set(key, value);
    }
  }
  return next;
}

/** How many pages `total` entries fill. Pure. */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
