import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import type { ProposalEventType } from '@kyoso/contracts/proposals';
import type { Role } from '@kyoso/contracts/roles';
import type { ProposalStatus, WorkflowAction } from '@kyoso/contracts/workflow';
import { departmentsTable } from '../departments/departments.table';
import { proposalsTable } from '../proposals/proposals.table';
import { createdAtColumn, idColumn } from '../shared/columns';
import { usersTable } from '../users/users.table';

export type { ProposalEventType };

export type ProposalEventVisibility = 'public' | 'internal';

/**
 * The timeline of a proposal: every status change with who (user, role, department), when, from,
 * to and why. Written in the same transaction as the change; never updated or deleted.
 */
export const proposalEventsTable = pgTable(
  'proposal_events',
  {
    id: idColumn(),
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => proposalsTable.id, { onDelete: 'cascade' }),
    type: text('type').$type<ProposalEventType>().notNull(),
    action: text('action').$type<WorkflowAction>(),
    fromStatus: text('from_status').$type<ProposalStatus>(),
    toStatus: text('to_status').$type<ProposalStatus>(),
    actorUserId: uuid('actor_user_id').references(() => usersTable.id, { onDelete: 'set null' }),
    actorRole: text('actor_role').$type<Role>(),
    actorDepartmentId: uuid('actor_department_id').references(() => departmentsTable.id, {
      onDelete: 'set null',
    }),
    reason: text('reason'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    /** `internal` events are never shown to the proposer. */
    visibility: text('visibility').$type<ProposalEventVisibility>().notNull().default('public'),
    createdAt: createdAtColumn(),
  },
  (t) => [
    index('proposal_events_proposal_idx').on(t.proposalId, t.createdAt),
    check('proposal_events_visibility_check', sql`${t.visibility} in ('public', 'internal')`),
  ],
);
