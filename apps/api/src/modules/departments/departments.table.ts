import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  timestamp,
  text,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import type { DepartmentLevel } from '@kyoso/contracts/departments';
import { createdAtColumn, idColumn, updatedAtColumn } from '../shared/columns';

/** The city's organisation chart: 局 (bureau) → 部 (division) → 課 (section). */
export const departmentsTable = pgTable(
  'departments',
  {
    id: idColumn(),
    parentId: uuid('parent_id').references((): AnyPgColumn => departmentsTable.id, {
      onDelete: 'restrict',
    }),
    level: text('level').$type<DepartmentLevel>().notNull(),
    code: text('code').notNull(),
    nameJa: text('name_ja').notNull(),
    nameEn: text('name_en').notNull(),
    /** What the department is for, used to suggest it for free proposals. */
    mission: text('mission').notNull().default(''),
    keywords: text('keywords')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** The one-stop co-creation desk (市政変革推進室 style). */
    isCoordinatorDesk: boolean('is_coordinator_desk').notNull().default(false),
    sortOrder: integer('sort_order').notNull().default(0),
    /**
     * When the department was retired (abolished in a reorganisation): it keeps its name on the
     * records that name it, but is no longer offered anywhere. Null while it is in use.
     */
    retiredAt: timestamp('retired_at', { withTimezone: true }),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  },
  (t) => [
    uniqueIndex('departments_code_unique').on(t.code),
    index('departments_parent_idx').on(t.parentId),
    check('departments_level_check', sql`${t.level} in ('bureau', 'division', 'section')`),
  ],
);
