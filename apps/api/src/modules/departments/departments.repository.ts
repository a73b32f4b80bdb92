import { asc, eq, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import { outerRef } from '../shared/sql';
import { departmentsTable } from './departments.table';

export type DepartmentRow = typeof departmentsTable.$inferSelect;

export async function findDepartments(db: Executor): Promise<DepartmentRow[]> {
  return db
    .select()
    .from(departmentsTable)
    .orderBy(asc(departmentsTable.sortOrder), asc(departmentsTable.code));
}

export async function getDepartmentById(
  db: Executor,
  id: string,
): Promise<DepartmentRow | undefined> {
  const [row] = await db
    .select()
    .from(departmentsTable)
    .where(eq(departmentsTable.id, id))
    .limit(1);
  return row;
}

/** What other modules read about a department: enough to name it and to route to it. */
export type DepartmentRecord = Pick<
  DepartmentRow,
  'id' | 'parentId' | 'level' | 'code' | 'nameJa' | 'nameEn' | 'isCoordinatorDesk'
>;

/**
 * A department as a JSON value inside another module's query (null when `id` is null), so that
 * other modules name departments without reading this module's table themselves.
 */
export function departmentSql(id: AnyPgColumn | SQL): SQL<DepartmentRecord | null> {
  const d = departmentsTable;
  return sql<DepartmentRecord | null>`(select json_build_object(
      'id', ${d.id}, 'parentId', ${d.parentId}, 'level', ${d.level}, 'code', ${d.code},
      'nameJa', ${d.nameJa}, 'nameEn', ${d.nameEn}, 'isCoordinatorDesk', ${d.isCoordinatorDesk})
    from ${d} where ${d.id} = ${outerRef(id)})`;
}

/** The departments whose ids a subquery gives, as `[{ id, nameJa, nameEn }]`, in chart order. */
export function departmentRefsSql(
  ids: SQL,
): SQL<Array<{ id: string; nameJa: string; nameEn: string }>> {
  const d = departmentsTable;
  return sql<Array<{ id: string; nameJa: string; nameEn: string }>>`coalesce((
    select json_agg(json_build_object('id', ${d.id}, 'nameJa', ${d.nameJa}, 'nameEn', ${d.nameEn})
      order by ${d.sortOrder})
    from ${d} where ${d.id} in ${ids}), '[]'::json)`;
}

/** The names of a department, as SQL columns for lists and exports. */
export function departmentNamesSql(id: AnyPgColumn | SQL) {
  const d = departmentsTable;
  return {
    nameJa: sql<string | null>`(select ${d.nameJa} from ${d} where ${d.id} = ${outerRef(id)})`,
    nameEn: sql<string | null>`(select ${d.nameEn} from ${d} where ${d.id} = ${outerRef(id)})`,
  };
}

/** A department's place in the organisation chart, for ordering other modules' lists. */
export function departmentSortSql(id: AnyPgColumn | SQL): SQL<number | null> {
  const d = departmentsTable;
  return sql<number | null>`(select ${d.sortOrder} from ${d} where ${d.id} = ${outerRef(id)})`;
}

/** The departments in use (not retired), in chart order. */
export async function findActiveDepartments(db: Executor): Promise<DepartmentRow[]> {
  return (await findDepartments(db)).filter((d) => d.retiredAt === null);
}

export async function getDepartmentByCode(
  db: Executor,
  code: string,
): Promise<DepartmentRow | undefined> {
  const [row] = await db
    .select()
    .from(departmentsTable)
    .where(eq(departmentsTable.code, code))
    .limit(1);
  return row;
}

/** Locks a department's row until the end of the caller's transaction. */
export async function lockDepartment(db: Executor, id: string): Promise<DepartmentRow | undefined> {
  const [row] = await db
    .select()
    .from(departmentsTable)
    .where(eq(departmentsTable.id, id))
    .for('update');
  return row;
}

export async function insertDepartment(
  db: Executor,
  values: typeof departmentsTable.$inferInsert,
): Promise<DepartmentRow> {
  const [row] = await db.insert(departmentsTable).values(values).returning();
  return row!;
}

export async function updateDepartment(
  db: Executor,
  id: string,
  values: Partial<
    Pick<DepartmentRow, 'nameJa' | 'nameEn' | 'parentId' | 'mission' | 'keywords' | 'retiredAt'>
  >,
): Promise<DepartmentRow> {
  const [row] = await db
    .update(departmentsTable)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(departmentsTable.id, id))
    .returning();
  return row!;
}

/** The next place in the chart for a new department under `parentId`. */
export async function nextSortOrder(db: Executor): Promise<number> {
  const [row] = await db
    .select({ max: sql<number | null>`max(${departmentsTable.sortOrder})` })
    .from(departmentsTable);
  return Number(row?.max ?? 0) + 10;
}
