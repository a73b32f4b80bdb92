import { asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { proposalAttachmentsTable } from '../attachments/attachments.table';
import { departmentsTable } from '../departments/departments.table';
import { usersTable } from '../users/users.table';
import { proposalMessagesTable } from './messages.table';

export type MessageRow = typeof proposalMessagesTable.$inferSelect;

export async function insertMessage(
  db: Executor,
  values: typeof proposalMessagesTable.$inferInsert,
): Promise<MessageRow> {
  const [row] = await db.insert(proposalMessagesTable).values(values).returning();
  return row!;
}

/** The thread, oldest first, with authors, departments and files. */
export async function findMessages(db: Executor, proposalId: string) {
  const rows = await db
    .select({
      message: proposalMessagesTable,
      authorName: usersTable.name,
      department: departmentsTable,
    })
    .from(proposalMessagesTable)
    .leftJoin(usersTable, eq(usersTable.id, proposalMessagesTable.authorId))
    .leftJoin(departmentsTable, eq(departmentsTable.id, proposalMessagesTable.departmentId))
    .where(eq(proposalMessagesTable.proposalId, proposalId))
    .orderBy(asc(proposalMessagesTable.createdAt), asc(proposalMessagesTable.id));
  const ids = rows.map((r) => r.message.id);
  const files =
    ids.length > 0
      ? await db
          .select()
          .from(proposalAttachmentsTable)
          .where(inArray(proposalAttachmentsTable.messageId, ids))
          .orderBy(asc(proposalAttachmentsTable.createdAt))
      : [];
  return rows.map((r) => ({
    ...r,
    attachments: files.filter((f) => f.messageId === r.message.id),
  }));
}
