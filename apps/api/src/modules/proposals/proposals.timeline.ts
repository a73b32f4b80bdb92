/**
 * The timeline writer: every status change and every STEP record written adds one entry, in the
 * same transaction as the change, with who acted (user, role, department). The words of each
 * entry come from the presenter (core events) and the plugins (their own events).
 */
import type { Executor } from '../../db/client';
import type { ProposalEventType } from '@kyoso/contracts/proposals';
import type { ProposalStatus, WorkflowAction } from '@kyoso/contracts/workflow';
import type { Actor } from '../users/actor';
import { insertProposalEvent } from './proposals.repository';
import type { ProposalEventVisibility } from './proposals.table';

export type CaseEventInput = {
  proposalId: string;
  type: ProposalEventType;
  /** Who acted; null for the system (a hold that resumes by itself). */
  actor: Pick<Actor, 'id' | 'role' | 'departmentId'> | null;
  action?: WorkflowAction | null;
  fromStatus?: ProposalStatus | null;
  toStatus?: ProposalStatus | null;
  /** Text the reader of the timeline sees with the entry (a question, the reasons…). */
  reason?: string | null;
  data?: Record<string, unknown>;
  /** `internal` entries are never shown to the proposer. */
  visibility?: ProposalEventVisibility;
};

/** Adds an entry to a case's timeline (inside the caller's transaction). */
export async function recordCaseEvent(db: Executor, input: CaseEventInput): Promise<void> {
  await insertProposalEvent(db, {
    proposalId: input.proposalId,
    type: input.type,
    action: input.action ?? null,
    fromStatus: input.fromStatus ?? null,
    toStatus: input.toStatus ?? null,
    actorUserId: input.actor?.id ?? null,
    actorRole: input.actor?.role ?? null,
    actorDepartmentId: input.actor?.departmentId ?? null,
    reason: input.reason ?? null,
    data: input.data ?? {},
    visibility: input.visibility ?? 'public',
  });
}
