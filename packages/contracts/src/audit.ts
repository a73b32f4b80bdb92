import { z } from 'zod';
import { dateStringSchema, idSchema, localizedTextSchema, timestampSchema } from './common';
import { ROLES } from './roles';

/**
 * The administrators' audit log: every change recorded as an audit event and every read of
 * confidential content by city staff (the confidential access log), newest first.
 */
export const AUDIT_ENTRY_KINDS = ['change', 'confidential_read'] as const;
export type AuditEntryKind = (typeof AUDIT_ENTRY_KINDS)[number];

/** The actions of the confidential access log, as the audit log names them. */
export const CONFIDENTIAL_READ_ACTIONS = {
  sections: 'confidential.sections_viewed',
  attachment: 'confidential.file_opened',
} as const;

/**
 * Every action an audit event is written with (`recordAuditEvent` takes nothing else). Each has
 * its words in the `admin` catalogue (`audit.action.<action>`); a test checks every language.
 */
export const AUDIT_EVENT_ACTIONS = [
  'agreement.confirmed',
  'agreement.document_added',
  'agreement.recorded',
  'decision.recorded',
  'department.created',
  'department.handed_over',
  'department.proposal_handed_over',
  'department.retired',
  'department.theme_handed_over',
  'department.updated',
  'evaluation.commented',
  'evaluation.recorded',
  'kpi.answered',
  'kpi.questioned',
  'kpi.reported',
  'kpi.verified',
  'kpis.defined',
  'logic_model.updated',
  'nda.countersigned',
  'nda.signed_by_proposer',
  'nda_template.version_added',
  'organization.member_invited',
  'organization.member_joined',
  'organization.updated',
  'proposal.continued_as_free',
  'proposal.resubmitted',
  'public_summary.consented',
  'public_summary.withdrawn',
  'public_summary.written',
  'session.refresh_reuse_detected',
  'settings.calendar_updated',
  'settings.service_levels_updated',
  'theme.amended',
  'theme.close',
  'theme.created',
  'theme.drafted',
  'theme.publish',
  'theme.question_answered',
  'theme.question_asked',
  'theme.send_back',
  'theme.submit',
  'theme.updated',
  'user.created_by_cli',
  'user.email_verified',
  'user.password_changed',
  'user.password_reset',
  'user.password_reset_requested',
  'user.registered',
  'user.registration_attempted',
  'user.staff_created',
  'user.staff_updated',
] as const;
export type AuditEventAction = (typeof AUDIT_EVENT_ACTIONS)[number];

export type ConfidentialReadAction =
  (typeof CONFIDENTIAL_READ_ACTIONS)[keyof typeof CONFIDENTIAL_READ_ACTIONS];

/** The actions the `admin` catalogue names (`audit.action.<action>`): changes and reads. */
export type AdminNamedAuditAction = AuditEventAction | ConfidentialReadAction;

const ADMIN_NAMED_ACTIONS: ReadonlySet<string> = new Set<string>([
  ...AUDIT_EVENT_ACTIONS,
  ...Object.values(CONFIDENTIAL_READ_ACTIONS),
]);

export function isAdminNamedAuditAction(action: string): action is AdminNamedAuditAction {
  return ADMIN_NAMED_ACTIONS.has(action);
}

export const AUDIT_PAGINATION = { defaultPageSize: 50, maxPageSize: 200 } as const;
/** The CSV carries at most this many entries (newest first) and says so when it is cut. */
export const AUDIT_CSV_MAX_ROWS = 20_000;

export const auditFilterSchema = z.object({
  /** A part of the person's name. */
  person: z.string().trim().max(100).optional(),
  /** The department of whoever acted, or the department the change was made to. */
  departmentId: idSchema.optional(),
  /** The proposal's reference number (`KY-2026-00012`). */
  reference: z.string().trim().max(40).optional(),
  action: z.string().trim().max(100).optional(),
  /** From this date (Japan's time), inclusive. */
  from: dateStringSchema.optional(),
  /** To this date (Japan's time), inclusive. */
  to: dateStringSchema.optional(),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

export const auditQuerySchema = auditFilterSchema.extend({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce
    .number()
    .int()
    .min(1)
    .max(AUDIT_PAGINATION.maxPageSize)
    .default(AUDIT_PAGINATION.defaultPageSize),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

const departmentRefSchema = z.object({ id: z.uuid(), name: localizedTextSchema });

export const auditEntrySchema = z.object({
  /** Unique across both sources (`change:<id>`, `read:<id>`). */
  id: z.string(),
  kind: z.enum(AUDIT_ENTRY_KINDS),
  at: timestampSchema,
  action: z.string(),
  actor: z
    .object({
      id: z.uuid().nullable(),
      name: z.string().nullable(),
      role: z.enum(ROLES).nullable(),
      department: departmentRefSchema.nullable(),
    })
    .nullable(),
  subjectType: z.string(),
  subjectId: z.string().nullable(),
  proposal: z.object({ id: z.uuid(), referenceNumber: z.string().nullable() }).nullable(),
  /** The department a change was made to (its names as they are now). */
  department: departmentRefSchema.nullable(),
  /** What the entry recorded, as text (a confidential file is named by its id only). */
  details: z.array(z.object({ key: z.string(), value: z.string() })),
  ip: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditResponseSchema = z.object({
  entries: z.array(auditEntrySchema),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
  /** Every action the log holds, for the filter. */
  actions: z.array(z.string()),
});
export type AuditResponse = z.infer<typeof auditResponseSchema>;
