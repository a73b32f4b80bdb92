import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import type { PolicyArea } from '@kyoso/contracts/theme-constants';
import { departmentsTable } from '../departments/departments.table';
import { createdAtColumn, idColumn, timestampColumn, updatedAtColumn } from '../shared/columns';

export type ThemeStatus = 'draft' | 'published' | 'archived';

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
    check('themes_status_check', sql`${t.status} in ('draft', 'published', 'archived')`),
    check(
      'themes_policy_area_check',
      sql`${t.policyArea} in ('welfare', 'children', 'education', 'urban', 'environment', 'safety', 'industry', 'digital', 'other')`,
    ),
    index('themes_search_idx').using('gin', t.searchBigrams),
  ],
);
