import { and, asc, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { departmentsTable } from '../departments/departments.table';
import { usersTable } from '../users/users.table';
import { proposalNotesTable } from './notes.table';

export type NoteRow = typeof proposalNotesTable.$inferSelect;

export async function insertNote(
  db: Executor,
  values: typeof proposalNotesTable.$inferInsert,
): Promise<NoteRow> {
  const [row] = await db.insert(proposalNotesTable).values(values).returning();
  return row!;
}

/** The proposal's notes, oldest first, with their authors. */
export async function findNotes(db: Executor, proposalId: string) {
  return db
    .select({
      note: proposalNotesTable,
      author: { id: usersTable.id, name: usersTable.name },
      department: departmentsTable,
    })
    .from(proposalNotesTable)
    .leftJoin(usersTable, eq(usersTable.id, proposalNotesTable.authorId))
    .leftJoin(departmentsTable, eq(departmentsTable.id, usersTable.departmentId))
    .where(eq(proposalNotesTable.proposalId, proposalId))
    .orderBy(asc(proposalNotesTable.createdAt), asc(proposalNotesTable.id));
}

/**
 * City staff who can see a proposal: the co-creation desk and the staff of the departments in
 * charge (active accounts only).
 */
export async function findStaffWhoSee(db: Executor, departmentIds: readonly string[]) {
  const staffOfDepartments =
    departmentIds.length > 0
      ? and(eq(usersTable.role, 'department'), inArray(usersTable.departmentId, [...departmentIds]))
      : undefined;
  return db
    .select({
      id: usersTable.id,
      name: usersTable.name,
      email: usersTable.email,
      language: usersTable.language,
      role: usersTable.role,
      department: departmentsTable,
    })
    .from(usersTable)
    .leftJoin(departmentsTable, eq(departmentsTable.id, usersTable.departmentId))
    .where(
      and(
        isNull(usersTable.disabledAt),
        staffOfDepartments
          ? or(eq(usersTable.role, 'coordinator'), staffOfDepartments)
          : eq(usersTable.role, 'coordinator'),
      ),
    )
    .orderBy(asc(departmentsTable.sortOrder), asc(usersTable.name));
}

export async function findUserNames(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) {
    return [];
  }
  return db
    .select({ id: usersTable.id, name: usersTable.name })
    .from(usersTable)
    .where(inArray(usersTable.id, [...ids]));
}
