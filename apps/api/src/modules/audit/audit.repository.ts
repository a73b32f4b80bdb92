import { asc, sql, type SQL } from 'drizzle-orm';
import type { AuditEventAction } from '@kyoso/contracts/audit';
import type { Executor } from '../../db/client';
import { auditEventsTable } from './audit.table';

export type AuditEntry = {
  actorUserId: string | null;
  /** One of the listed actions, each with its words in the catalogue. */
  action: AuditEventAction;
  subjectType: string;
  subjectId: string | null;
  data?: Record<string, unknown>;
  ip?: string | null;
};

/** Records an audit event; call it inside the transaction of the change it describes. */
export async function recordAuditEvent(tx: Executor, entry: AuditEntry): Promise<void> {
  await tx.insert(auditEventsTable).values({
    actorUserId: entry.actorUserId,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    data: entry.data ?? {},
    ip: entry.ip ?? null,
  });
}

/**
 * The audit events as rows of the administrators' audit log (a subquery for a `union all` with
 * the confidential access log): the same columns in the same order as `accessLogRowsSql`.
 */
export function auditEventRowsSql(): SQL {
  const a = auditEventsTable;
  return sql`select 'change'::text as kind, ${a.id} as id, ${a.createdAt} as at,
      ${a.action} as action, ${a.actorUserId} as actor_user_id, null::text as actor_name,
      null::text as actor_role, null::uuid as actor_department_id,
      ${a.subjectType} as subject_type, ${a.subjectId} as subject_id,
      case when ${a.subjectType} = 'proposal' then ${a.subjectId}
        else ${a.data}->>'proposalId' end as proposal_id,
      ${a.data}::jsonb as data, ${a.ip} as ip
    from ${a}`;
}

/** Every action the audit events hold, in alphabetical order. */
export async function findAuditActions(db: Executor): Promise<string[]> {
  const rows = await db
    .selectDistinct({ action: auditEventsTable.action })
    .from(auditEventsTable)
    .orderBy(asc(auditEventsTable.action));
  return rows.map((r) => r.action);
}
