import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { departmentsTable } from '../departments/departments.table';
import { proposalsTable } from '../proposals/proposals.table';
import { createdAtColumn, idColumn, timestampColumn } from '../shared/columns';
import { usersTable } from '../users/users.table';

/** NDA templates: Japanese text, versioned; a version is identified by the SHA-256 of its text. */
export const ndaTemplatesTable = pgTable(
  'nda_templates',
  {
    id: idColumn(),
    version: integer('version').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    sha256: text('sha256').notNull(),
    /** The version new NDAs use. Exactly one template is current. */
    current: boolean('current').notNull().default(false),
    createdBy: uuid('created_by').references(() => usersTable.id, { onDelete: 'set null' }),
    createdAt: createdAtColumn(),
  },
  (t) => [
    uniqueIndex('nda_templates_version_unique').on(t.version),
    uniqueIndex('nda_templates_sha256_unique').on(t.sha256),
    uniqueIndex('nda_templates_current_unique')
      .on(t.current)
      .where(sql`${t.current}`),
  ],
);

export type NdaStatus = 'awaiting_proposer' | 'awaiting_city' | 'in_effect' | 'void';

/** An NDA on one proposal: the proposer signs, a city signatory countersigns. */
export const ndasTable = pgTable(
  'ndas',
  {
    id: idColumn(),
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => proposalsTable.id, { onDelete: 'cascade' }),
    templateId: uuid('template_id')
      .notNull()
      .references(() => ndaTemplatesTable.id, { onDelete: 'restrict' }),
    /** The exact text that was signed, identified by its hash. */
    templateSha256: text('template_sha256').notNull(),
    status: text('status').$type<NdaStatus>().notNull().default('awaiting_proposer'),
    openedBy: uuid('opened_by').references(() => usersTable.id, { onDelete: 'set null' }),
    proposerSignerId: uuid('proposer_signer_id').references(() => usersTable.id, {
      onDelete: 'set null',
    }),
    proposerFullName: text('proposer_full_name'),
    proposerTitle: text('proposer_title'),
    proposerOrganization: text('proposer_organization'),
    proposerSignedAt: timestampColumn('proposer_signed_at'),
    proposerIp: text('proposer_ip'),
    proposerUserAgent: text('proposer_user_agent'),
    citySignerId: uuid('city_signer_id').references(() => usersTable.id, { onDelete: 'set null' }),
    cityFullName: text('city_full_name'),
    cityTitle: text('city_title'),
    cityDepartmentId: uuid('city_department_id').references(() => departmentsTable.id, {
      onDelete: 'set null',
    }),
    citySignedAt: timestampColumn('city_signed_at'),
    cityIp: text('city_ip'),
    cityUserAgent: text('city_user_agent'),
    createdAt: createdAtColumn(),
  },
  (t) => [
    index('ndas_proposal_idx').on(t.proposalId),
    // At most one NDA in force or being signed per proposal.
    uniqueIndex('ndas_proposal_active_unique')
      .on(t.proposalId)
      .where(sql`${t.status} <> 'void'`),
    check(
      'ndas_status_check',
      sql`${t.status} in ('awaiting_proposer', 'awaiting_city', 'in_effect', 'void')`,
    ),
  ],
);
