import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import type { Role } from '@kyoso/contracts/roles';
import { proposalAttachmentsTable } from '../attachments/attachments.table';
import { departmentsTable } from '../departments/departments.table';
import { proposalsTable } from '../proposals/proposals.table';
import { createdAtColumn, idColumn } from '../shared/columns';
import { usersTable } from '../users/users.table';

/**
 * Every view or download of confidential content by city staff: who, in which department, what,
 * when. The proposer sees this log on the proposal page. Never updated or deleted.
 */
export const confidentialAccessLogTable = pgTable(
  'confidential_access_log',
  {
    id: idColumn(),
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => proposalsTable.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => usersTable.id, { onDelete: 'set null' }),
    /** Kept as text so that the entry outlives a renamed or removed account. */
    userName: text('user_name').notNull(),
    role: text('role').$type<Role>().notNull(),
    departmentId: uuid('department_id').references(() => departmentsTable.id, {
      onDelete: 'set null',
    }),
    /** `sections` (confidential parts of the proposal) or `attachment` (a confidential file). */
    resource: text('resource').$type<'sections' | 'attachment'>().notNull(),
    attachmentId: uuid('attachment_id').references(() => proposalAttachmentsTable.id, {
      onDelete: 'set null',
    }),
    /** The sections or the file name, as they were when seen. */
    detail: text('detail').notNull(),
    createdAt: createdAtColumn(),
  },
  (t) => [
    index('confidential_access_log_proposal_idx').on(t.proposalId, t.createdAt),
    check(
      'confidential_access_log_resource_check',
      sql`${t.resource} in ('sections', 'attachment')`,
    ),
  ],
);
