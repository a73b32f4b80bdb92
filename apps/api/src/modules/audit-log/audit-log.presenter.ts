import type { AuditEntry } from '@kyoso/contracts/audit';
import { ROLES, type Role } from '@kyoso/contracts/roles';
import { presentDepartmentRef } from '../departments/departments.presenter';
import type { AuditLogRow } from './audit-log.repository';

/** A detail's value is cut at this length (the CSV and the table stay readable). */
const MAX_VALUE_LENGTH = 500;

function asText(value: unknown): string {
  const text =
    value === null || value === undefined
      ? ''
      : typeof value === 'string'
        ? value
        : JSON.stringify(value);
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH)}…` : text;
}

/** What an entry recorded, as `key: value` pairs in the order they were written. */
export function auditDetails(data: AuditLogRow['data']): AuditEntry['details'] {
  const object: unknown = typeof data === 'string' ? JSON.parse(data) : data;
  if (!object || typeof object !== 'object' || Array.isArray(object)) {
    return [];
  }
  return Object.entries(object as Record<string, unknown>)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ({ key, value: asText(value) }));
}

export function presentAuditEntry(row: AuditLogRow): AuditEntry {
  const role = (ROLES as readonly string[]).includes(row.person_role ?? '')
    ? (row.person_role as Role)
    : null;
  const hasActor = row.actor_user_id !== null || row.person_name !== null;
  return {
    id: `${row.kind === 'change' ? 'change' : 'read'}:${row.id}`,
    kind: row.kind,
    at: new Date(row.at).toISOString(),
    action: row.action,
    actor: hasActor
      ? {
          id: row.actor_user_id,
          name: row.person_name,
          role,
          department: row.person_department ? presentDepartmentRef(row.person_department) : null,
        }
      : null,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    proposal:
      row.proposal_id && /^[0-9a-f-]{36}$/i.test(row.proposal_id)
        ? { id: row.proposal_id, referenceNumber: row.reference_number }
        : null,
    department: row.subject_department ? presentDepartmentRef(row.subject_department) : null,
    details: auditDetails(row.data),
    ip: row.ip,
  };
}
