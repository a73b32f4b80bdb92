import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { departmentSql } from '../departments/departments.repository';
import { userNameSql } from '../users/users.repository';
import { proposalMessagesTable } from './messages.table';

export type MessageRow = typeof proposalMessagesTable.$inferSelect;

export async function insertMessage(
  db: Executor,
  values: typeof proposalMessagesTable.$inferInsert,
): Promise<MessageRow> {
  const [row] = await db.insert(proposalMessagesTable).values(values).returning();
  return row!;
}

/** The thread, oldest first, with each author's name and department. */
export async function findMessages(db: Executor, proposalId: string) {
  return db
    .select({
      message: proposalMessagesTable,
      authorName: userNameSql(proposalMessagesTable.authorId),
      department: departmentSql(proposalMessagesTable.departmentId),
    })
    .from(proposalMessagesTable)
    .where(eq(proposalMessagesTable.proposalId, proposalId))
    .orderBy(asc(proposalMessagesTable.createdAt), asc(proposalMessagesTable.id));
}
