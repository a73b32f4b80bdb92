import { getTableColumns, sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import type { CalendarAssessment } from '@kyoso/contracts/calendar';
import type { ProposalEventType } from '@kyoso/contracts/proposals';
import type { Role } from '@kyoso/contracts/roles';
import type {
  CompletionOutcome,
  DeclineReasonCode,
  ProposalStatus,
  WorkflowAction,
} from '@kyoso/contracts/workflow';
import { departmentsTable } from '../departments/departments.table';
import { organizationsTable } from '../organizations/organizations.table';
import { createdAtColumn, idColumn, timestampColumn, updatedAtColumn } from '../shared/columns';
import { themesTable } from '../themes/themes.table';
import { usersTable } from '../users/users.table';

export type ProposalKind = 'theme' | 'free';
export type CityBudget = 'none' | 'existing' | 'new';
export type Kpi = { name: string; target: string };

export const proposalsTable = pgTable(
  'proposals',
  {
    id: idColumn(),
    /** `KY-2026-00042`, unique per fiscal year; given at submission. */
    referenceNumber: text('reference_number'),
    fiscalYear: integer('fiscal_year'),
    kind: text('kind').$type<ProposalKind>().notNull(),
    themeId: uuid('theme_id').references(() => themesTable.id, { onDelete: 'restrict' }),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizationsTable.id, { onDelete: 'restrict' }),
    createdBy: uuid('created_by').references(() => usersTable.id, { onDelete: 'set null' }),
    status: text('status').$type<ProposalStatus>().notNull().default('draft'),
    /** Optimistic concurrency: every change increments it; a stale version is refused (409). */
    version: integer('version').notNull().default(1),

    // The proposal itself (the four points and the rest of the form).
    title: text('title').notNull().default(''),
    summary: text('summary').notNull().default(''),
    problem: text('problem').notNull().default(''),
    whyThisCity: text('why_this_city').notNull().default(''),
    solution: text('solution').notNull().default(''),
    cityRole: text('city_role').notNull().default(''),
    companyRole: text('company_role').notNull().default(''),
    cityBudget: text('city_budget').$type<CityBudget>(),
    cityBudgetEstimateYen: bigint('city_budget_estimate_yen', { mode: 'number' }),
    resourcesWanted: text('resources_wanted')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    impact: text('impact').notNull().default(''),
    kpis: jsonb('kpis').$type<Kpi[]>().notNull().default([]),
    desiredStart: text('desired_start'),
    pilot: boolean('pilot'),
    contactName: text('contact_name').notNull().default(''),
    contactEmail: text('contact_email').notNull().default(''),
    confidentialSections: text('confidential_sections')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),

    // Submission and the budget calendar.
    submittedAt: timestampColumn('submitted_at'),
    calendarAssessment: jsonb('calendar_assessment').$type<CalendarAssessment>(),

    // STEP 2: the first check and routing.
    screeningDueOn: date('screening_due_on', { mode: 'string' }),
    /** Business days left on the first-check clock while it is paused (more info requested). */
    screeningDaysLeft: integer('screening_days_left'),
    assignedCoordinatorId: uuid('assigned_coordinator_id').references(() => usersTable.id, {
      onDelete: 'set null',
    }),
    leadDepartmentId: uuid('lead_department_id').references(() => departmentsTable.id, {
      onDelete: 'restrict',
    }),
    routedAt: timestampColumn('routed_at'),
    departmentDueOn: date('department_due_on', { mode: 'string' }),
    leadAcceptedAt: timestampColumn('lead_accepted_at'),
    /** The declined proposal this one was resubmitted from (the desk sees the history). */
    previousProposalId: uuid('previous_proposal_id').references(
      (): AnyPgColumn => proposalsTable.id,
      { onDelete: 'set null' },
    ),
    /** When the proposal entered its current status (the stage clocks of STEPs 4–6 start then). */
    statusChangedAt: timestampColumn('status_changed_at').notNull().defaultNow(),
    /** How many times the lead department changed (たらい回し is measured, not hidden). */
    transferCount: integer('transfer_count').notNull().default(0),

    // STEP 4–6 and the ends.
    holdResumeOn: date('hold_resume_on', { mode: 'string' }),
    declineReasonCodes: text('decline_reason_codes').array().$type<DeclineReasonCode[]>(),
    declineReason: text('decline_reason'),
    outcome: text('outcome').$type<CompletionOutcome>(),
    closedAt: timestampColumn('closed_at'),

    /** The due date of the current stage (first check, department acceptance, resumption). */
    dueOn: date('due_on', { mode: 'string' }),

    /**
     * Japanese substring search over title, summary, problem and solution: the text normalised
     * (NFKC, lower case) and its set of two-character pieces, indexed with GIN. A query's pieces
     * must all be present (index) and the text must contain the query (check).
     */
    searchText: text('search_text').generatedAlwaysAs(
      sql`lower(normalize(title || ' ' || summary || ' ' || problem || ' ' || solution, NFKC))`,
    ),
    searchBigrams: text('search_bigrams')
      .array()
      .generatedAlwaysAs(
        sql`kyoso_bigrams(title || ' ' || summary || ' ' || problem || ' ' || solution)`,
      ),

    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  },
  (t) => [
    uniqueIndex('proposals_reference_number_unique').on(t.referenceNumber),
    index('proposals_search_idx').using('gin', t.searchBigrams),
    // The inbox's default order (due date, then newest), read in order: a page is 20 index rows.
    index('proposals_due_idx').on(
      t.dueOn,
      t.submittedAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),

    index('proposals_organization_idx').on(t.organizationId, t.updatedAt),
    index('proposals_status_idx').on(t.status),
    index('proposals_lead_department_idx').on(t.leadDepartmentId),
    index('proposals_theme_idx').on(t.themeId),
    index('proposals_submitted_idx').on(t.submittedAt),
    index('proposals_updated_idx').on(t.updatedAt),
    // Every case finds the proposal resubmitted from it (few rows have one).
    index('proposals_previous_idx')
      .on(t.previousProposalId)
      .where(sql`${t.previousProposalId} is not null`),
    check('proposals_kind_check', sql`${t.kind} in ('theme', 'free')`),
    check('proposals_theme_kind_check', sql`(${t.kind} = 'theme') = (${t.themeId} is not null)`),
    check(
      'proposals_status_check',
      sql`${t.status} in ('draft', 'submitted', 'more_info_requested', 'routing', 'awaiting_department', 'nda', 'dialogue', 'internal_review', 'on_hold', 'agreement', 'in_progress', 'evaluation', 'completed', 'declined', 'withdrawn')`,
    ),
    check('proposals_city_budget_check', sql`${t.cityBudget} in ('none', 'existing', 'new')`),
    check('proposals_version_check', sql`${t.version} >= 1`),
  ],
);

/** Departments assigned to a proposal: one lead, any number supporting. */
export const proposalDepartmentsTable = pgTable(
  'proposal_departments',
  {
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => proposalsTable.id, { onDelete: 'cascade' }),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departmentsTable.id, { onDelete: 'restrict' }),
    role: text('role').$type<'lead' | 'supporting'>().notNull(),
    assignedBy: uuid('assigned_by').references(() => usersTable.id, { onDelete: 'set null' }),
    note: text('note'),
    assignedAt: createdAtColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.proposalId, t.departmentId] }),
    index('proposal_departments_department_idx').on(t.departmentId),
    check('proposal_departments_role_check', sql`${t.role} in ('lead', 'supporting')`),
  ],
);

/** The last reference number given in each fiscal year. */
export const referenceCountersTable = pgTable('reference_counters', {
  fiscalYear: integer('fiscal_year').primaryKey(),
  lastValue: integer('last_value').notNull(),
});

export type ProposalEventVisibility = 'public' | 'internal';

/**
 * The timeline of a case: every status change and every STEP record written, with who (user,
 * role, department), when, from, to and why. Written in the same transaction as the change;
 * never updated or deleted. `internal` events are never shown to the proposer.
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
    visibility: text('visibility').$type<ProposalEventVisibility>().notNull().default('public'),
    createdAt: createdAtColumn(),
  },
  (t) => [
    index('proposal_events_proposal_idx').on(t.proposalId, t.createdAt),
    check('proposal_events_visibility_check', sql`${t.visibility} in ('public', 'internal')`),
  ],
);

/**
 * Every column but the two search columns, which only the search's `where` reads (generated,
 * large: a row's bigrams are a few hundred strings that would be sent and parsed for nothing).
 */
export const proposalColumns = (() => {
  const {
    searchText: _text,
    searchBigrams: _bigrams,
    ...columns
  } = getTableColumns(proposalsTable);
  return columns;
})();

/** A proposal as the application reads it (`proposalColumns`). */
export type ProposalRow = Omit<typeof proposalsTable.$inferSelect, 'searchText' | 'searchBigrams'>;
export type NewProposalRow = typeof proposalsTable.$inferInsert;
export type ProposalEventRow = typeof proposalEventsTable.$inferSelect;
export type NewProposalEventRow = typeof proposalEventsTable.$inferInsert;
