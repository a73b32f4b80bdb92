import { sql } from 'drizzle-orm';
import { check, date, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import type {
  PolicyArea,
  ThemeBudget,
  ThemeResource,
  ThemeStatus,
} from '@kyoso/contracts/theme-constants';
import { usersTable } from '../users/users.table';
import { departmentsTable } from '../departments/departments.table';
import { createdAtColumn, idColumn, timestampColumn, updatedAtColumn } from '../shared/columns';

export type { ThemeStatus };

/** A theme (課題設定型): a concrete challenge a department publishes for proposals. */
export const themesTable = pgTable(
  'themes',
  {
    id: idColumn(),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departmentsTable.id, { onDelete: 'restrict' }),
    status: text('status').$type<ThemeStatus>().notNull().default('draft'),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    policyArea: text('policy_area').$type<PolicyArea>().notNull(),
    background: text('background').notNull().default(''),
    problem: text('problem').notNull().default(''),
    outcomeWanted: text('outcome_wanted').notNull().default(''),
    resourcesOffered: text('resources_offered').notNull().default(''),
    /** Who has the problem, and the evidence that they do. */
    whoIsAffected: text('who_is_affected').notNull().default(''),
    evidence: text('evidence').notNull().default(''),
    /** What the city offers, each with a sentence. */
    resources: jsonb('resources')
      .$type<Array<{ kind: ThemeResource; description: string }>>()
      .notNull()
      .default([]),
    budget: text('budget').$type<ThemeBudget>().notNull().default('none'),
    /** The department proposers talk to (the theme's own when null). */
    contactDepartmentId: uuid('contact_department_id').references(() => departmentsTable.id, {
      onDelete: 'set null',
    }),
    /** Optional English version shown on English pages instead of the Japanese. */
    titleEn: text('title_en'),
    summaryEn: text('summary_en'),
    textEn: text('text_en'),
    submittedAt: timestampColumn('submitted_at'),
    /** The desk's comments when it sent the theme back to its department. */
    reviewComment: text('review_comment'),
    reviewedAt: timestampColumn('reviewed_at'),
    /** Closed early by the department: the day and why. */
    closedOn: date('closed_on', { mode: 'string' }),
    closedReason: text('closed_reason'),
    opensOn: date('opens_on', { mode: 'string' }).notNull(),
    closesOn: date('closes_on', { mode: 'string' }),
    publishedAt: timestampColumn('published_at'),
    /** Japanese substring search (see proposals.table.ts): normalised text and its bigrams. */
    searchText: text('search_text').generatedAlwaysAs(
      sql`lower(normalize(title || ' ' || summary || ' ' || background || ' ' || problem || ' ' || outcome_wanted, NFKC))`,
    ),
    searchBigrams: text('search_bigrams')
      .array()
      .generatedAlwaysAs(
        sql`kyoso_bigrams(title || ' ' || summary || ' ' || background || ' ' || problem || ' ' || outcome_wanted)`,
      ),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  },
  (t) => [
    index('themes_department_idx').on(t.departmentId),
    index('themes_status_idx').on(t.status, t.opensOn),
    check(
      'themes_status_check',
      sql`${t.status} in ('draft', 'in_review', 'published', 'closed', 'archived')`,
    ),
    check(
      'themes_policy_area_check',
      sql`${t.policyArea} in ('welfare', 'children', 'education', 'urban', 'environment', 'safety', 'industry', 'digital', 'other')`,
    ),
    index('themes_search_idx').using('gin', t.searchBigrams),
    check('themes_budget_check', sql`${t.budget} in ('none', 'existing', 'to_be_requested')`),
  ],
);

/** An amendment to a published theme, shown with its date on the theme's page. */
export const themeAmendmentsTable = pgTable(
  'theme_amendments',
  {
    id: idColumn(),
    themeId: uuid('theme_id')
      .notNull()
      .references(() => themesTable.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    amendedOn: date('amended_on', { mode: 'string' }).notNull(),
    createdBy: uuid('created_by').references(() => usersTable.id, { onDelete: 'set null' }),
    createdAt: createdAtColumn(),
  },
  (t) => [index('theme_amendments_theme_idx').on(t.themeId, t.createdAt)],
);

/** A registered proposer's question on a theme; its answer is public, the asker never named. */
export const themeQuestionsTable = pgTable(
  'theme_questions',
  {
    id: idColumn(),
    themeId: uuid('theme_id')
      .notNull()
      .references(() => themesTable.id, { onDelete: 'cascade' }),
    askedBy: uuid('asked_by').references(() => usersTable.id, { onDelete: 'set null' }),
    question: text('question').notNull(),
    answer: text('answer'),
    answeredAt: timestampColumn('answered_at'),
    answeredBy: uuid('answered_by').references(() => usersTable.id, { onDelete: 'set null' }),
    createdAt: createdAtColumn(),
  },
  (t) => [index('theme_questions_theme_idx').on(t.themeId, t.createdAt)],
);
