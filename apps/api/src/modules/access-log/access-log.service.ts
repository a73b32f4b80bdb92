/**
 * The confidential access log. Whenever city staff are shown a confidential section or open a
 * confidential file, an entry records who, in which department, what and when (every view, for
 * audit). The proposer's organisation and the co-creation desk read the log, with repeated views
 * grouped; entries are never changed or removed.
 */
import type { AccessLogEntry } from '@kyoso/contracts/collaboration';
import { CONFIDENTIAL_SECTIONS, type ConfidentialSection } from '@kyoso/contracts/proposals';
import type { AppContext } from '../../app-context';
import type { Executor } from '../../db/client';
import { presentDepartmentRef } from '../departments/departments.presenter';
import type { CaseAccess } from '../proposals/proposals.case';
import { AppError } from '../shared/errors';
import type { Actor } from '../users/actor';
import { groupViews } from './access-log.grouping';
import { findAccessLog, insertAccessLogEntry } from './access-log.repository';

/** City staff reading a proposal (the proposer's own reading is not logged). */
function isCityReader(access: Pick<CaseAccess, 'relations'>): boolean {
  return access.relations.length > 0 && !access.relations.includes('proposer');
}

/**
 * Records that the actor was shown the proposal's confidential sections, if it has any and the
 * actor is city staff entitled to them. Runs whenever an answer carries those sections.
 */
export async function logConfidentialSectionsShown(
  db: Executor,
  actor: Actor,
  access: CaseAccess,
): Promise<void> {
  const sections = access.proposal.confidentialSections as ConfidentialSection[];
  if (sections.length === 0 || !isCityReader(access) || !access.seesConfidential) {
    return;
  }
  await insertAccessLogEntry(db, {
    proposalId: access.proposal.id,
    userId: actor.id,
    userName: actor.name,
    role: actor.role,
    departmentId: actor.departmentId,
    resource: 'sections',
    // The section codes, as they were when shown.
    detail: sections.join(','),
  });
}

/** Records that city staff opened a confidential file. */
export async function logConfidentialFileOpened(
  db: Executor,
  actor: Actor,
  access: CaseAccess,
  file: { id: string; fileName: string; confidential: boolean },
): Promise<void> {
  if (!file.confidential || !isCityReader(access)) {
    return;
  }
  await insertAccessLogEntry(db, {
    proposalId: access.proposal.id,
    userId: actor.id,
    userName: actor.name,
    role: actor.role,
    departmentId: actor.departmentId,
    resource: 'attachment',
    attachmentId: file.id,
    detail: file.fileName,
  });
}

/** Who may read the log: the proposer's organisation and the co-creation desk. */
export function canReadAccessLog(access: Pick<CaseAccess, 'relations' | 'proposal'>): boolean {
  return (
    access.proposal.status !== 'draft' &&
    (access.relations.includes('proposer') || access.relations.includes('coordinator'))
  );
}

/**
 * The log for the proposer's organisation and the co-creation desk, newest first, repeated views
 * grouped. The proposer sees the department, never the person; the desk sees names.
 * @throws proposals.not_found, auth.forbidden
 */
export async function getAccessLog(args: {
  ctx: AppContext;
  actor: Actor;
  proposalId: string;
}): Promise<AccessLogEntry[]> {
  const { ctx, actor, proposalId } = args;
  const access = await ctx.cases.load(ctx.db, actor, proposalId);
  if (!canReadAccessLog(access)) {
    throw new AppError('auth.forbidden');
  }
  const isProposer = access.audience === 'proposer';
  const rows = await findAccessLog(ctx.db, proposalId);
  const views = rows.map((row) => ({
    ...row,
    id: row.entry.id,
    at: row.entry.createdAt,
    // The proposer knows a department, the desk a person.
    readerKey: isProposer
      ? `${row.entry.departmentId ?? ''}/${row.entry.role}`
      : `${row.entry.userId ?? row.entry.userName}`,
    subjectKey: `${row.entry.resource}:${row.entry.attachmentId ?? ''}:${row.entry.detail}`,
  }));
  return groupViews(views).map(({ first, last, views: count }): AccessLogEntry => {
    const { entry, department } = last;
    return {
      id: entry.id,
      at: entry.createdAt.toISOString(),
      firstAt: first.entry.createdAt.toISOString(),
      views: count,
      user: {
        name: isProposer ? null : entry.userName,
        role: entry.role,
        department: department ? presentDepartmentRef(department) : null,
      },
      resource: entry.resource,
      sections:
        entry.resource === 'sections'
          ? entry.detail
              .split(',')
              .filter((s): s is ConfidentialSection =>
                (CONFIDENTIAL_SECTIONS as readonly string[]).includes(s),
              )
          : [],
      fileName: entry.resource === 'attachment' ? entry.detail : null,
    };
  });
}
