/**
 * The administrators' audit log: the audit events (every recorded change), the workflow
 * transitions of the timeline and the confidential access log (every read of confidential
 * content) as one list, read through their modules'
 * repositories, with the names of people, departments and proposals as they are now.
 */
import { sql, type SQL } from 'drizzle-orm';
import { CONFIDENTIAL_READ_ACTIONS, type AuditFilter } from '@kyoso/contracts/audit';
import type { Role } from '@kyoso/contracts/roles';
import { WORKFLOW_ACTIONS } from '@kyoso/contracts/workflow';
import { queryRows, type Executor } from '../../db/client';
import { accessLogRowsSql } from '../access-log/access-log.repository';
import { auditEventRowsSql, findAuditActions } from '../audit/audit.repository';
import { departmentSql, type DepartmentRecord } from '../departments/departments.repository';
import { proposalReferenceSql, transitionEventRowsSql } from '../proposals/proposals.repository';
import { userDepartmentIdSql, userNameSql, userRoleSql } from '../users/users.repository';

export type AuditLogRow = {
  kind: 'change' | 'confidential_read';
  id: string;
  at: Date | string;
  action: string;
  actor_user_id: string | null;
  person_name: string | null;
  person_role: Role | null;
  person_department: DepartmentRecord | null;
  subject_type: string;
  subject_id: string | null;
  proposal_id: string | null;
  reference_number: string | null;
  subject_department: DepartmentRecord | null;
  data: Record<string, unknown> | string | null;
  ip: string | null;
};

/** The filter, with the reference number already turned into the proposal's id. */
export type ResolvedAuditFilter = Omit<AuditFilter, 'reference'> & { proposalId?: string };

/** An instant: the start of a day in Japan's time. */
function tokyoStartOf(date: string): string {
  return `${date}T00:00:00+09:00`;
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Both sources with the person's name, role and department resolved (as `entry`). */
function entriesSql(): SQL {
  const person = sql.raw('log.actor_user_id');
  return sql`(select log.*,
      coalesce(log.actor_name, ${userNameSql(person)}) as person_name,
      coalesce(log.actor_role, ${userRoleSql(person)}::text) as person_role,
      coalesce(log.actor_department_id, ${userDepartmentIdSql(person)}) as person_department_id
    from (${auditEventRowsSql()} union all ${transitionEventRowsSql()}
      union all ${accessLogRowsSql(CONFIDENTIAL_READ_ACTIONS)}) as log
  ) as entry`;
}

function whereSql(filter: ResolvedAuditFilter): SQL {
  const conditions: SQL[] = [sql`true`];
  if (filter.person) {
    const pattern = `%${filter.person.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(sql`entry.person_name ilike ${pattern}`);
  }
  if (filter.departmentId) {
    conditions.push(
      sql`(entry.person_department_id = ${filter.departmentId}::uuid
        or (entry.subject_type = 'department' and entry.subject_id = ${filter.departmentId}))`,
    );
  }
  if (filter.proposalId) {
    conditions.push(sql`entry.proposal_id = ${filter.proposalId}`);
  }
  if (filter.action) {
    conditions.push(sql`entry.action = ${filter.action}`);
  }
  if (filter.from) {
    conditions.push(sql`entry.at >= ${tokyoStartOf(filter.from)}::timestamptz`);
  }
  if (filter.to) {
    conditions.push(sql`entry.at < ${tokyoStartOf(nextDay(filter.to))}::timestamptz`);
  }
  return sql.join(conditions, sql` and `);
}

/** One page of the log, newest first. */
export async function findAuditLog(
  db: Executor,
  filter: ResolvedAuditFilter,
  page: { limit: number; offset: number },
): Promise<AuditLogRow[]> {
  const department = sql.raw('entry.person_department_id');
  const proposal = sql.raw('entry.proposal_id');
  const subjectDepartment = sql.raw(
    "(case when entry.subject_type = 'department' then entry.subject_id::uuid end)",
  );
  return queryRows<AuditLogRow>(
    db,
    sql`select entry.kind, entry.id, entry.at, entry.action, entry.actor_user_id,
        entry.person_name, entry.person_role,
        ${departmentSql(department)} as person_department,
        entry.subject_type, entry.subject_id, entry.proposal_id,
        ${proposalReferenceSql(proposal)} as reference_number,
        ${departmentSql(subjectDepartment)} as subject_department,
        entry.data, entry.ip
      from ${entriesSql()}
      where ${whereSql(filter)}
      order by entry.at desc, entry.id desc
      limit ${page.limit} offset ${page.offset}`,
  );
}

export async function countAuditLog(db: Executor, filter: ResolvedAuditFilter): Promise<number> {
  const [row] = await queryRows<{ n: number | string }>(
    db,
    sql`select count(*) as n from ${entriesSql()} where ${whereSql(filter)}`,
  );
  return Number(row?.n ?? 0);
}

/** Every action the log can hold: the recorded changes', the transitions' and the confidential reads'. */
export async function findAuditLogActions(db: Executor): Promise<string[]> {
  const changes = await findAuditActions(db);
  return [
    ...new Set([
      ...changes,
      ...WORKFLOW_ACTIONS.map((action) => `workflow.${action}`),
      ...Object.values(CONFIDENTIAL_READ_ACTIONS),
    ]),
  ].sort();
}
