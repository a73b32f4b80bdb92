import type { Executor } from '../../db/client';
import { auditEventsTable } from './audit.table';

export type AuditEntry = {
  actorUserId: string | null;
  action: string;
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
