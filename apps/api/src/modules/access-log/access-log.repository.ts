import { desc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { departmentSql } from '../departments/departments.repository';
import { confidentialAccessLogTable } from './access-log.table';

export type NewAccessLogRow = typeof confidentialAccessLogTable.$inferInsert;

export async function insertAccessLogEntry(db: Executor, values: NewAccessLogRow): Promise<void> {
  await db.insert(confidentialAccessLogTable).values(values);
}

/** The newest entries first, with the department's names as they are now. */
export async function findAccessLog(db: Executor, proposalId: string, limit = 5000) {
  return db
    .select({
      entry: confidentialAccessLogTable,
      department: departmentSql(confidentialAccessLogTable.departmentId),
    })
    .from(confidentialAccessLogTable)
    .where(eq(confidentialAccessLogTable.proposalId, proposalId))
    .orderBy(desc(confidentialAccessLogTable.createdAt), desc(confidentialAccessLogTable.id))
    .limit(limit);
}
