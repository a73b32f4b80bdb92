import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { KpiPeriod, KpiReportStatus } from '@kyoso/contracts/kpis';
import { proposalsTable } from '../proposals/proposals.table';
import { createdAtColumn, idColumn, timestampColumn } from '../shared/columns';
import { usersTable } from '../users/users.table';

/** The logic model of a project, versioned: each save by either side is a new row. */
export const logicModelsTable = pgTable(
  'logic_models',
  {
    id: idColumn(),
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => proposalsTable.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    inputs: jsonb('inputs').$type<string[]>().notNull(),
    activities: jsonb('activities').$type<string[]>().notNull(),
    outputs: jsonb('outputs').$type<string[]>().notNull(),
    outcomes: jsonb('outcomes').$type<string[]>().notNull(),
    impact: jsonb('impact').$type<string[]>().notNull(),
    updatedBy: uuid('updated_by').references(() => usersTable.id, { onDelete: 'set null' }),
    updatedSide: text('updated_side').$type<'city' | 'proposer'>().notNull(),
    createdAt: createdAtColumn(),
  },
  (t) => [uniqueIndex('logic_models_proposal_version_unique').on(t.proposalId, t.version)],
);

/**
 * The KPIs of a project. A KPI removed from the set is archived, never deleted (its reports stay
 * on record); each change of the set is a revision with a snapshot.
 */
export const kpisTable = pgTable(
  'kpis',
  {
    id: idColumn(),
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => proposalsTable.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    unit: text('unit').notNull(),
    baseline: doublePrecision('baseline').notNull(),
    target: doublePrecision('target').notNull(),
    period: text('period').$type<KpiPeriod>().notNull(),
    source: text('source').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    createdAt: createdAtColumn(),
    archivedAt: timestampColumn('archived_at'),
  },
  (t) => [
    index('kpis_proposal_idx').on(t.proposalId),
    check('kpis_period_check', sql`${t.period} in ('monthly', 'quarterly', 'yearly')`),
  ],
);

/** Each change of a project's KPI set, with what the set was after it. */
export const kpiRevisionsTable = pgTable(
  'kpi_revisions',
  {
    id: idColumn(),
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => proposalsTable.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    snapshot: jsonb('snapshot').$type<unknown[]>().notNull(),
    changedBy: uuid('changed_by').references(() => usersTable.id, { onDelete: 'set null' }),
    createdAt: createdAtColumn(),
  },
  (t) => [uniqueIndex('kpi_revisions_proposal_version_unique').on(t.proposalId, t.version)],
);

/**
 * One report of a KPI's actual value for one period, by the proposer; the lead department
 * verifies it or asks a question the proposer answers (the figure may be corrected then).
 */
export const kpiReportsTable = pgTable(
  'kpi_reports',
  {
    id: idColumn(),
    kpiId: uuid('kpi_id')
      .notNull()
      .references(() => kpisTable.id, { onDelete: 'cascade' }),
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => proposalsTable.id, { onDelete: 'cascade' }),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    actual: doublePrecision('actual').notNull(),
    comment: text('comment').notNull().default(''),
    status: text('status').$type<KpiReportStatus>().notNull().default('submitted'),
    fileKey: text('file_key'),
    fileName: text('file_name'),
    fileSize: bigint('file_size', { mode: 'number' }),
    fileMediaType: text('file_media_type'),
    reportedBy: uuid('reported_by').references(() => usersTable.id, { onDelete: 'set null' }),
    reportedAt: createdAtColumn(),
    review: text('review'),
    reviewedBy: uuid('reviewed_by').references(() => usersTable.id, { onDelete: 'set null' }),
    reviewedAt: timestampColumn('reviewed_at'),
    answer: text('answer'),
    answeredBy: uuid('answered_by').references(() => usersTable.id, { onDelete: 'set null' }),
    answeredAt: timestampColumn('answered_at'),
  },
  (t) => [
    uniqueIndex('kpi_reports_kpi_period_unique').on(t.kpiId, t.periodStart),
    index('kpi_reports_proposal_idx').on(t.proposalId),
    check(
      'kpi_reports_status_check',
      sql`${t.status} in ('submitted', 'verified', 'questioned', 'answered')`,
    ),
  ],
);

/** Reminders already sent (once per KPI period and kind), so the daily job never repeats one. */
export const kpiRemindersTable = pgTable(
  'kpi_reminders',
  {
    id: idColumn(),
    kpiId: uuid('kpi_id')
      .notNull()
      .references(() => kpisTable.id, { onDelete: 'cascade' }),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    kind: text('kind').$type<'report_due' | 'verification'>().notNull(),
    sentAt: createdAtColumn(),
  },
  (t) => [uniqueIndex('kpi_reminders_unique').on(t.kpiId, t.periodStart, t.kind)],
);
