/**
 * The confidential access log. Whenever city staff are shown a confidential section or open a
 * confidential file, an entry records who, in which department, what and when. The proposer's
 * organisation and the co-creation desk read the log; entries are never changed or removed.
 */
import type { AccessLogEntry } from '@kyoso/contracts/collaboration';
import { CONFIDENTIAL_SECTIONS, type ConfidentialSection } from '@kyoso/contracts/proposals';
import type { Executor } from '../../db/client';
import type { Actor } from '../../plugins/auth';
import type { AttachmentRow } from '../attachments/attachments.presenter';
import { canSeeConfidential } from '../proposals/proposals.policies';
import type { AppContext } from '../shared/context';
import { AppError } from '../shared/errors';
import { presentDepartmentRef } from '../users/users.presenter';
import { loadProposalFor, type ProposalAccess } from '../workflow/workflow.service';
import { findAccessLog, insertAccessLogEntry } from './access-log.repository';

/** City staff reading a proposal (the proposer's own reading is not logged). */
function isCityReader(access: Pick<ProposalAccess, 'relations'>): boolean {
  return access.relations.length > 0 && !access.relations.includes('proposer');
}

/**
 * Records that the actor was shown the proposal's confidential sections, if it has any and the
 * actor is city staff entitled to them. Call it whenever a response carries those sections.
 */
export async function logConfidentialSectionsShown(
  db: Executor,
  actor: Actor,
  access: Pick<ProposalAccess, 'relations' | 'nda' | 'context'>,
): Promise<void> {
  const sections = access.context.proposal.confidentialSections as ConfidentialSection[];
  if (
    sections.length === 0 ||
    !isCityReader(access) ||
    !canSeeConfidential(access.relations, access.nda.inEffect)
  ) {
    return;
  }
  await insertAccessLogEntry(db, {
    proposalId: access.context.proposal.id,
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
  access: Pick<ProposalAccess, 'relations' | 'context'>,
  attachment: Pick<AttachmentRow, 'id' | 'fileName' | 'confidential'>,
): Promise<void> {
  if (!attachment.confidential || !isCityReader(access)) {
    return;
  }
  await insertAccessLogEntry(db, {
    proposalId: access.context.proposal.id,
    userId: actor.id,
    userName: actor.name,
    role: actor.role,
    departmentId: actor.departmentId,
    resource: 'attachment',
    attachmentId: attachment.id,
    detail: attachment.fileName,
  });
}

/**
 * The log for the proposer's organisation and the co-creation desk. The proposer sees the
 * department, never the person; the desk sees names.
 * @throws proposals.not_found, auth.forbidden
 */
export async function getAccessLog(args: { ctx: AppContext; actor: Actor; proposalId: string }) {
  const { ctx, actor, proposalId } = args;
  const access = await loadProposalFor(ctx.db, actor, proposalId);
  const isProposer = access.relations.includes('proposer');
  if (!isProposer && !access.relations.includes('coordinator')) {
    throw new AppError('auth.forbidden');
  }
  const rows = await findAccessLog(ctx.db, proposalId);
  return rows.map(({ entry, department }): AccessLogEntry => ({
    id: entry.id,
    at: entry.createdAt.toISOString(),
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
  }));
}
