import {
  and,
  asc,
  desc,
  eq,
  gt,
  isNull,
  lt,
  lte,
  or,
  sql,
  type Placeholder,
  type SQL,
} from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { PolicyArea, ThemeWindow } from '@kyoso/contracts/theme-constants';
import type { Executor } from '../../db/client';
import { preparedOnce } from '../../db/prepared';
import { outerRef } from '../shared/sql';
import { textSearchCondition } from '../shared/search';
import { themesTable } from './themes.table';

export type ThemeRow = typeof themesTable.$inferSelect;

export async function getThemeById(db: Executor, id: string): Promise<ThemeRow | undefined> {
  const [row] = await db.select().from(themesTable).where(eq(themesTable.id, id)).limit(1);
  return row;
}

/** Whether a theme accepts proposals on `today` (its window includes the day). */
export function isThemeOpen(
  theme: Pick<ThemeRow, 'status' | 'opensOn' | 'closesOn'>,
  today: string,
): boolean {
  return theme.status === 'published' && themeWindow(theme, today) === 'open';
}

export function themeWindow(
  theme: Pick<ThemeRow, 'opensOn' | 'closesOn'>,
  today: string,
): ThemeWindow {
  if (theme.opensOn > today) {
    return 'upcoming';
  }
  return theme.closesOn !== null && theme.closesOn < today ? 'closed' : 'open';
}

export type ThemeFilter = {
  q?: string | undefined;
  policyArea?: PolicyArea | undefined;
  departmentId?: string | undefined;
  window?: ThemeWindow | undefined;
  includeUnpublished?: boolean;
};

function openFirst(today: SQL | Placeholder | string) {
  return sql`case when ${themesTable.opensOn} <= ${today} and (${themesTable.closesOn} is null or ${themesTable.closesOn} >= ${today}) then 0 else 1 end`;
}

// The public list as every visitor first sees it (no filter): built once, planned once.
const publishedThemes = preparedOnce((db) =>
  db
    .select()
    .from(themesTable)
    .where(eq(themesTable.status, 'published'))
    .orderBy(
      asc(openFirst(sql.placeholder('today'))),
      desc(themesTable.opensOn),
      asc(themesTable.title),
    )
    .limit(200)
    .prepare('themes_published'),
);

/** Themes with their department, open ones first. */
export async function findThemes(db: Executor, filter: ThemeFilter, today: string) {
  const { q, policyArea, departmentId, window, includeUnpublished } = filter;
  if (!q && !policyArea && !departmentId && !window && !includeUnpublished) {
    return publishedThemes(db).execute({ today });
  }
  const conditions: SQL[] = [];
  if (!filter.includeUnpublished) {
    conditions.push(eq(themesTable.status, 'published'));
  }
  const search = filter.q
    ? textSearchCondition(themesTable.searchText, themesTable.searchBigrams, filter.q)
    : undefined;
  if (search) {
    conditions.push(search);
  }

  if (filter.policyArea) {
    conditions.push(eq(themesTable.policyArea, filter.policyArea));
  }
  if (filter.departmentId) {
    conditions.push(eq(themesTable.departmentId, filter.departmentId));
  }
  if (filter.window === 'upcoming') {
    conditions.push(gt(themesTable.opensOn, today));
  } else if (filter.window === 'closed') {
    conditions.push(lt(themesTable.closesOn, today));
  } else if (filter.window === 'open') {
    const stillOpen = or(isNull(themesTable.closesOn), sql`${themesTable.closesOn} >= ${today}`);
    if (stillOpen) {
      conditions.push(lte(themesTable.opensOn, today), stillOpen);
    }
  }
  return db
    .select()
    .from(themesTable)
    .where(and(...conditions))
    .orderBy(asc(openFirst(today)), desc(themesTable.opensOn), asc(themesTable.title))
    .limit(200);
}

/** A theme's id, title and department as a JSON value inside another module's query. */
export function themeRefSql(
  id: AnyPgColumn | SQL,
): SQL<{ id: string; title: string; departmentId: string } | null> {
  const t = themesTable;
  return sql<{ id: string; title: string; departmentId: string } | null>`(select json_build_object(
      'id', ${t.id}, 'title', ${t.title}, 'departmentId', ${t.departmentId})
    from ${t} where ${t.id} = ${outerRef(id)})`;
}
