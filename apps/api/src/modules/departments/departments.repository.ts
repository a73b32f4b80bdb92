import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
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
