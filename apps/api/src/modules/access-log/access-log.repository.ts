import { desc, eq, sql, type SQL } from 'drizzle-orm';
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

/**
 * The confidential reads as rows of the administrators' audit log (see `auditEventRowsSql`):
 * who, when, which proposal, which sections or which file — a file by its id, never its name,
 * which may itself be confidential.
 */
export function accessLogRowsSql(actions: { sections: string; attachment: string }): SQL {
  const l = confidentialAccessLogTable;
  return sql`select 'confidential_read'::text as kind, ${l.id} as id, ${l.createdAt} as at,
      case when ${l.resource} = 'sections' then ${actions.sections}::text
        else ${actions.attachment}::text end as action,
      ${l.userId} as actor_user_id, ${l.userName} as actor_name, ${l.role}::text as actor_role,
      ${l.departmentId} as actor_department_id, 'proposal'::text as subject_type,
      ${l.proposalId}::text as subject_id, ${l.proposalId}::text as proposal_id,
      case when ${l.resource} = 'sections' then jsonb_build_object('sections', ${l.detail})
        else jsonb_build_object('attachmentId', ${l.attachmentId}) end as data,
      null::text as ip
    from ${l}`;
}
