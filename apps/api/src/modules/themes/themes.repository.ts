import {
  and,
  asc,
  desc,
  eq,
  gte,
  inArray,
  isNull,
  lte,
  or,
  sql,
  type SQL,
  type SQLWrapper,
} from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { PolicyArea, ThemeStatus, ThemeWindow } from '@kyoso/contracts/theme-constants';
import { statementsByShape, type Binder } from '../../db/binder';
import type { Executor } from '../../db/client';
import { preparedOnce } from '../../db/prepared';
import { outerRef } from '../shared/sql';
import { textSearchCondition } from '../shared/search';
import { themeAmendmentsTable, themeQuestionsTable, themesTable } from './themes.table';

export type ThemeRow = typeof themesTable.$inferSelect;
export type NewThemeRow = typeof themesTable.$inferInsert;
export type ThemeAmendmentRow = typeof themeAmendmentsTable.$inferSelect;
export type ThemeQuestionRow = typeof themeQuestionsTable.$inferSelect;

/** The statuses the public sees (a closed theme stays readable, with why it closed). */
export const PUBLIC_THEME_STATUSES: readonly ThemeStatus[] = ['published', 'closed'];

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

/** The last day a theme accepted proposals: the day it was closed early, else its close date. */
export function themeLastDay(theme: Pick<ThemeRow, 'closesOn' | 'closedOn'>): string | null {
  return theme.closedOn ?? theme.closesOn;
}

/** Where a theme's window stands on `today` (Japan's date); closed early means closed. */
export function themeWindow(
  theme: Pick<ThemeRow, 'opensOn' | 'closesOn'> & { status?: ThemeStatus },
  today: string,
): ThemeWindow {
  if (theme.status === 'closed' || theme.status === 'archived') {
    return 'closed';
  }
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

function openFirst(today: SQLWrapper | string) {
  return sql`case when ${themesTable.status} = 'published' and ${themesTable.opensOn} <= ${today} and (${themesTable.closesOn} is null or ${themesTable.closesOn} >= ${today}) then 0 else 1 end`;
}

// The public list as every visitor first sees it (no filter): built once, planned once.
const publishedThemes = preparedOnce((db) =>
  db
    .select()
    .from(themesTable)
    .where(inArray(themesTable.status, [...PUBLIC_THEME_STATUSES]))
    .orderBy(
      asc(openFirst(sql.placeholder('today'))),
      desc(themesTable.opensOn),
      asc(themesTable.title),
    )
    .limit(200)
    .prepare('themes_published'),
);

type ThemeListArgs = ThemeFilter & { today: string };

// The conditions without a value, written once (every request binds the others).
const isPublicTheme = inArray(themesTable.status, [...PUBLIC_THEME_STATUSES]);
const isPublished = sql`${themesTable.status} = 'published'`;

/**
 * Everything a filtered list's statement takes from a request, bound by `b` in one order (the
 * choices that bind nothing are marked): the conditions, then the day the order depends on.
 */
function bindThemes(args: ThemeListArgs, b: Binder) {
  const t = themesTable;
  const conditions: SQL[] = [];
  if (!args.includeUnpublished) {
    b.mark('public');
    conditions.push(isPublicTheme);
  }
  const search = args.q ? textSearchCondition(t.searchText, t.searchBigrams, args.q, b) : undefined;
  if (search) {
    conditions.push(search);
  }
  if (args.policyArea) {
    conditions.push(sql`${t.policyArea} = ${b.bind('policyArea', args.policyArea)}`);
  }
  if (args.departmentId) {
    conditions.push(sql`${t.departmentId} = ${b.bind('departmentId', args.departmentId)}`);
  }
  if (args.window) {
    b.mark(args.window);
  }
  if (args.window === 'upcoming') {
    conditions.push(sql`${t.opensOn} > ${b.bind('today', args.today)}`);
  } else if (args.window === 'closed') {
    conditions.push(
      sql`(${t.closesOn} < ${b.bind('today', args.today)} or ${t.status} = 'closed')`,
    );
  } else if (args.window === 'open') {
    const today = b.bind('today', args.today);
    conditions.push(
      sql`${t.opensOn} <= ${today}`,
      sql`(${t.closesOn} is null or ${t.closesOn} >= ${today})`,
      isPublished,
    );
  }
  return { where: and(...conditions), today: b.bind('today', args.today) };
}

/** The filtered lists' statements, built once per shape of filter (`db/binder.ts`). */
const filteredThemes = statementsByShape({
  name: 'themes',
  bind: bindThemes,
  build: (db: Executor, args: ThemeListArgs, b: Binder) => {
    const { where, today } = bindThemes(args, b);
    return {
      list: db
        .select()
        .from(themesTable)
        .where(where)
        .orderBy(asc(openFirst(today)), desc(themesTable.opensOn), asc(themesTable.title))
        .limit(200)
        // Unnamed on the server: PostgreSQL still plans each search with its words.
        .prepare(''),
    };
  },
  said: (statements) => ({ list: statements.list.getQuery() }),
});

/**
 * Themes, open ones first. `verify` (tests, development): a filtered list's prepared statement
 * is compared with the one built with its values.
 */
export async function findThemes(db: Executor, filter: ThemeFilter, today: string, verify = false) {
  const { q, policyArea, departmentId, window, includeUnpublished } = filter;
  if (!q && !policyArea && !departmentId && !window && !includeUnpublished) {
    return publishedThemes(db).execute({ today });
  }
  const { statements, values } = filteredThemes(db, { ...filter, today }, verify);
  return statements.list.execute(values);
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

/** A department's own themes (every status), or every theme for the desk; newest change first. */
export async function findManagedThemes(
  db: Executor,
  filter: { departmentId: string | null; status?: ThemeStatus | undefined },
) {
  const conditions: SQL[] = [];
  if (filter.departmentId) {
    conditions.push(eq(themesTable.departmentId, filter.departmentId));
  }
  if (filter.status) {
    conditions.push(eq(themesTable.status, filter.status));
  }
  return db
    .select()
    .from(themesTable)
    .where(and(...conditions))
    .orderBy(desc(themesTable.updatedAt))
    .limit(500);
}

export async function insertTheme(db: Executor, values: NewThemeRow): Promise<ThemeRow> {
  const [row] = await db.insert(themesTable).values(values).returning();
  return row!;
}

/**
 * Changes a theme only while it is still in `from` (so of two simultaneous changes one wins);
 * undefined when it was not.
 */
export async function updateThemeInStatus(
  db: Executor,
  id: string,
  from: ThemeStatus,
  patch: Partial<NewThemeRow>,
): Promise<ThemeRow | undefined> {
  const [row] = await db
    .update(themesTable)
    .set({ ...patch, updatedAt: new Date() })
    .where(and(eq(themesTable.id, id), eq(themesTable.status, from)))
    .returning();
  return row;
}

/** Published themes whose close date lies between two days (both included). */
export async function findThemesClosingBetween(db: Executor, from: string, to: string) {
  return db
    .select()
    .from(themesTable)
    .where(
      and(
        eq(themesTable.status, 'published'),
        gte(themesTable.closesOn, from),
        lte(themesTable.closesOn, to),
      ),
    );
}

export async function findThemeAmendments(db: Executor, themeId: string) {
  return db
    .select()
    .from(themeAmendmentsTable)
    .where(eq(themeAmendmentsTable.themeId, themeId))
    .orderBy(asc(themeAmendmentsTable.createdAt));
}

export async function insertThemeAmendment(
  db: Executor,
  values: typeof themeAmendmentsTable.$inferInsert,
) {
  const [row] = await db.insert(themeAmendmentsTable).values(values).returning();
  return row!;
}

/** A theme's questions, oldest first; only the answered ones when `answeredOnly`. */
export async function findThemeQuestions(db: Executor, themeId: string, answeredOnly: boolean) {
  return db
    .select()
    .from(themeQuestionsTable)
    .where(
      and(
        eq(themeQuestionsTable.themeId, themeId),
        answeredOnly ? sql`${themeQuestionsTable.answer} is not null` : undefined,
      ),
    )
    .orderBy(asc(themeQuestionsTable.createdAt));
}

export async function insertThemeQuestion(
  db: Executor,
  values: typeof themeQuestionsTable.$inferInsert,
): Promise<ThemeQuestionRow> {
  const [row] = await db.insert(themeQuestionsTable).values(values).returning();
  return row!;
}

/** Answers a question (once: undefined if it was answered already or is not the theme's). */
export async function answerThemeQuestion(
  db: Executor,
  args: { themeId: string; questionId: string; answer: string; answeredBy: string; at: Date },
): Promise<ThemeQuestionRow | undefined> {
  const [row] = await db
    .update(themeQuestionsTable)
    .set({ answer: args.answer, answeredBy: args.answeredBy, answeredAt: args.at })
    .where(
      and(
        eq(themeQuestionsTable.id, args.questionId),
        eq(themeQuestionsTable.themeId, args.themeId),
        isNull(themeQuestionsTable.answer),
      ),
    )
    .returning();
  return row;
}

/**
 * A theme still in use on `today`: being written, under review, or published with its window
 * not over. A closed one (closed early, or past its close date) is history and keeps its
 * department.
 */
function themeInUse(today: string): SQL {
  const t = themesTable;
  return sql`(${t.status} in ('draft', 'in_review')
    or (${t.status} = 'published' and (${t.closesOn} is null or ${t.closesOn} >= ${today})))`;
}

/** How many themes in use each department owns or is the contact for (a theme counts once). */
export async function countThemesInUseByDepartment(
  db: Executor,
  today: string,
): Promise<Map<string, number>> {
  const t = themesTable;
  const rows = await db
    .select({
      departmentId: sql<string>`d.department_id`,
      n: sql<number>`count(distinct ${t.id})::int`,
    })
    .from(t)
    .innerJoin(
      sql`lateral (values (${t.departmentId}), (${t.contactDepartmentId})) as d(department_id)`,
      sql`d.department_id is not null`,
    )
    .where(themeInUse(today))
    .groupBy(sql`d.department_id`);
  return new Map(rows.map((r) => [r.departmentId, Number(r.n)]));
}

/**
 * The themes in use a department owns or is the contact for, locked until the end of the
 * caller's transaction (a handover must not race an edit), in title order.
 */
export async function lockThemesInUseOf(db: Executor, departmentId: string, today: string) {
  const t = themesTable;
  return db
    .select({
      id: t.id,
      title: t.title,
      status: t.status,
      departmentId: t.departmentId,
      contactDepartmentId: t.contactDepartmentId,
    })
    .from(t)
    .where(
      and(
        or(eq(t.departmentId, departmentId), eq(t.contactDepartmentId, departmentId)),
        themeInUse(today),
      ),
    )
    .orderBy(asc(t.title), asc(t.id))
    .for('update');
}

/** Gives a theme's ownership and contact, where they were one department's, to another. */
export async function moveThemeDepartment(
  db: Executor,
  input: { themeId: string; fromDepartmentId: string; toDepartmentId: string },
): Promise<void> {
  const t = themesTable;
  const { fromDepartmentId: from, toDepartmentId: to } = input;
  await db
    .update(t)
    .set({
      departmentId: sql`case when ${t.departmentId} = ${from} then ${to}::uuid else ${t.departmentId} end`,
      contactDepartmentId: sql`case when ${t.contactDepartmentId} = ${from} then ${to}::uuid else ${t.contactDepartmentId} end`,
      updatedAt: new Date(),
    })
    .where(eq(t.id, input.themeId));
}
