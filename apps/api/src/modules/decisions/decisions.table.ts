import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  integer,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type {
  DecisionDeclineReason,
  DecisionOutcome,
  ExclusiveUse,
  FiscalBurden,
  HoldKind,
} from '@kyoso/contracts/decisions';
import { proposalsTable } from '../proposals/proposals.table';
import { createdAtColumn, idColumn, timestampColumn } from '../shared/columns';
import { usersTable } from '../users/users.table';

/**
 * STEP 4 decisions, versioned: every change is a new row (version 1, 2, …); the latest is the
 * decision, the earlier ones stay for the record. Never updated or deleted.
 */
export const decisionsTable = pgTable(
  'decisions',
  {
    id: idColumn(),
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => proposalsTable.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    outcome: text('outcome').$type<DecisionOutcome>().notNull(),
    fiscalBurden: text('fiscal_burden').$type<FiscalBurden>().notNull(),
    fiscalAmountYen: bigint('fiscal_amount_yen', { mode: 'number' }),
    budgetFiscalYear: integer('budget_fiscal_year'),
    supplementaryBudget: boolean('supplementary_budget').notNull().default(false),
    fiscalExplanation: text('fiscal_explanation').notNull(),
    original: boolean('original').notNull(),
    originalityJustification: text('originality_justification').notNull(),
    exclusiveUse: text('exclusive_use').$type<ExclusiveUse>().notNull(),
    fairnessMeasure: text('fairness_measure').notNull().default(''),
    lawsExamined: text('laws_examined').notNull(),
    conflictsFound: text('conflicts_found').notNull().default(''),
    specialZones: text('special_zones').notNull().default(''),
    decisionBody: text('decision_body').notNull(),
    decidedOn: date('decided_on', { mode: 'string' }).notNull(),
    holdKind: text('hold_kind').$type<HoldKind>(),
    holdUntil: date('hold_until', { mode: 'string' }),
    holdFiscalYear: integer('hold_fiscal_year'),
    /** The day a hold ends (the date chosen, or the first day of the fiscal year's budget cycle). */
    resumeOn: date('resume_on', { mode: 'string' }),
    declineReasonCodes: text('decline_reason_codes')
      .array()
      .$type<DecisionDeclineReason[]>()
      .notNull()
      .default(sql`'{}'::text[]`),
    declineReason: text('decline_reason').notNull().default(''),
    internalNotes: text('internal_notes').notNull().default(''),
    recordedBy: uuid('recorded_by').references(() => usersTable.id, { onDelete: 'set null' }),
    createdAt: createdAtColumn(),
    /** When the transition (adopt, hold, decline) took this version: the proposer reads it then. */
    takenAt: timestampColumn('taken_at'),
  },
  (t) => [
    uniqueIndex('decisions_proposal_version_unique').on(t.proposalId, t.version),
    check('decisions_outcome_check', sql`${t.outcome} in ('adopt', 'hold', 'decline')`),
    check(
      'decisions_fiscal_burden_check',
      sql`${t.fiscalBurden} in ('none', 'existing_budget', 'new_budget')`,
    ),
    check(
      'decisions_exclusive_use_check',
      sql`${t.exclusiveUse} in ('none', 'partial', 'exclusive')`,
    ),
  ],
);
