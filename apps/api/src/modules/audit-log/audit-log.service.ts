/**
 * The administrators' audit log: every recorded change and every confidential read, filtered by
 * person, department, proposal (reference number), action and dates, newest first.
 */
import {
  AUDIT_CSV_MAX_ROWS,
  type AuditEntry,
  type AuditFilter,
  type AuditQuery,
  type AuditResponse,
} from '@kyoso/contracts/audit';
import type { AppContext } from '../../app-context';
import { findProposalIdByReference } from '../proposals/proposals.repository';
import { presentAuditEntry } from './audit-log.presenter';
import {
  countAuditLog,
  findAuditLog,
  findAuditLogActions,
  type ResolvedAuditFilter,
} from './audit-log.repository';

/** The filter with the reference number resolved; null when no proposal has that number. */
async function resolve(ctx: AppContext, filter: AuditFilter): Promise<ResolvedAuditFilter | null> {
  const { reference, ...rest } = filter;
  if (!reference) {
    return rest;
  }
  const proposalId = await findProposalIdByReference(ctx.db, reference);
  return proposalId ? { ...rest, proposalId } : null;
}

export async function getAuditLog(ctx: AppContext, query: AuditQuery): Promise<AuditResponse> {
  const { page, pageSize, ...filter } = query;
  const resolved = await resolve(ctx, filter);
  const actions = await findAuditLogActions(ctx.db);
  if (!resolved) {
    return { entries: [], page, pageSize, total: 0, actions };
  }
  const rows = await findAuditLog(ctx.db, resolved, {
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
  const total = await countAuditLog(ctx.db, resolved);
  return { entries: rows.map(presentAuditEntry), page, pageSize, total, actions };
}

/** The entries for the CSV (at most `AUDIT_CSV_MAX_ROWS`, newest first) and whether it was cut. */
export async function getAuditLogForExport(
  ctx: AppContext,
  filter: AuditFilter,
): Promise<{ entries: AuditEntry[]; truncated: boolean }> {
  const resolved = await resolve(ctx, filter);
  if (!resolved) {
    return { entries: [], truncated: false };
  }
  const rows = await findAuditLog(ctx.db, resolved, { limit: AUDIT_CSV_MAX_ROWS + 1, offset: 0 });
  return {
    entries: rows.slice(0, AUDIT_CSV_MAX_ROWS).map(presentAuditEntry),
    truncated: rows.length > AUDIT_CSV_MAX_ROWS,
  };
}
