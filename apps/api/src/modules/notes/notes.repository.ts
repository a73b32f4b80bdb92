import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { departmentSql } from '../departments/departments.repository';
import { userDepartmentIdSql, userNameSql } from '../users/users.repository';
import { proposalNotesTable } from './notes.table';

export type NoteRow = typeof proposalNotesTable.$inferSelect;

export async function insertNote(
  db: Executor,
  values: typeof proposalNotesTable.$inferInsert,
): Promise<NoteRow> {
  const [row] = await db.insert(proposalNotesTable).values(values).returning();
  return row!;
}

/** The proposal's notes, oldest first, with their authors and the authors' departments. */
export async function findNotes(db: Executor, proposalId: string) {
  return db
    .select({
      note: proposalNotesTable,
      authorName: userNameSql(proposalNotesTable.authorId),
      department: departmentSql(userDepartmentIdSql(proposalNotesTable.authorId)),
    })
    .from(proposalNotesTable)
    .where(eq(proposalNotesTable.proposalId, proposalId))
    .orderBy(asc(proposalNotesTable.createdAt), asc(proposalNotesTable.id));
}
