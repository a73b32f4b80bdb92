import { z } from 'zod';
import { attachmentSchema } from './attachments';
import { calendarAssessmentSchema } from './calendar-schemas';
import { idSchema, PAGINATION, timestampSchema } from './common';
import { agreementSchema } from './agreements';
import { decisionSchema } from './decisions';
import { evaluationSchema } from './evaluations';
import { kpiSchema as kpiViewSchema, logicModelSchema } from './kpis';
import { localizedTextSchema } from './common';
import { roleSchema } from './auth';
import {
  COMPLETION_OUTCOMES,
  DECLINE_REASON_CODES,
  PROPOSAL_STATUSES,
  WORKFLOW_ACTORS,
} from './workflow';

import { stepSchema, workflowActionSchema } from './transitions';
import { CITY_BUDGET_OPTIONS, needsCityBudget, type CityBudget } from './proposal-constants';

export const PROPOSAL_KINDS = ['theme', 'free'] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];

export { CITY_BUDGET_OPTIONS, needsCityBudget, type CityBudget };

export const CITY_RESOURCES = [
  'test_field',
  'data',
  'regulation',
  'publicity',
  'facilities',
  'other',
] as const;
export type CityResource = (typeof CITY_RESOURCES)[number];

/** Lengths and counts, shown to the proposer as they type and enforced by the API. */
export const PROPOSAL_LIMITS = {
  title: { min: 5, max: 100 },
  summary: { min: 20, max: 400 },
  problem: { min: 50, max: 4000 },
  whyThisCity: { min: 20, max: 2000 },
  solution: { min: 50, max: 4000 },
  cityRole: { min: 10, max: 2000 },
  companyRole: { min: 10, max: 2000 },
  impact: { min: 20, max: 2000 },
  kpis: { min: 1, max: 10 },
  kpiName: { min: 1, max: 100 },
  kpiTarget: { min: 1, max: 200 },
  contactName: { min: 1, max: 100 },
  cityBudgetEstimateYen: { min: 0, max: 100_000_000_000 },
} as const;

/** Sections a proposer may mark confidential (title and summary are needed to route the proposal). */
export const CONFIDENTIAL_SECTIONS = [
  'problem',
  'whyThisCity',
  'solution',
  'cityRole',
  'companyRole',
  'impact',
  'kpis',
] as const;
export type ConfidentialSection = (typeof CONFIDENTIAL_SECTIONS)[number];

const text = (max: number) => z.string().max(max);
const yearMonthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'proposals.invalid_year_month' });

export const kpiSchema = z.object({
  name: z.string().trim().max(PROPOSAL_LIMITS.kpiName.max),
  target: z.string().trim().max(PROPOSAL_LIMITS.kpiTarget.max),
});
export type Kpi = z.infer<typeof kpiSchema>;

/** Fields of a draft. Everything may be incomplete; only the maximums apply. */
export const proposalDraftFieldsSchema = z.object({
  title: text(PROPOSAL_LIMITS.title.max),
  summary: text(PROPOSAL_LIMITS.summary.max),
  problem: text(PROPOSAL_LIMITS.problem.max),
  whyThisCity: text(PROPOSAL_LIMITS.whyThisCity.max),
  solution: text(PROPOSAL_LIMITS.solution.max),
  cityRole: text(PROPOSAL_LIMITS.cityRole.max),
  companyRole: text(PROPOSAL_LIMITS.companyRole.max),
  cityBudget: z.enum(CITY_BUDGET_OPTIONS).nullable(),
  cityBudgetEstimateYen: z
    .number()
    .int()
    .min(PROPOSAL_LIMITS.cityBudgetEstimateYen.min)
    .max(PROPOSAL_LIMITS.cityBudgetEstimateYen.max)
    .nullable(),
  resourcesWanted: z.array(z.enum(CITY_RESOURCES)).max(CITY_RESOURCES.length),
  impact: text(PROPOSAL_LIMITS.impact.max),
  kpis: z.array(kpiSchema).max(PROPOSAL_LIMITS.kpis.max),
  desiredStart: yearMonthSchema.nullable(),
  pilot: z.boolean().nullable(),
  contactName: text(PROPOSAL_LIMITS.contactName.max),
  contactEmail: z.union([z.literal(''), z.email().max(254)]),
  confidentialSections: z.array(z.enum(CONFIDENTIAL_SECTIONS)).max(CONFIDENTIAL_SECTIONS.length),
});
export type ProposalDraftFields = z.infer<typeof proposalDraftFieldsSchema>;

export const createProposalBodySchema = z
  .object({
    kind: z.enum(PROPOSAL_KINDS),
    themeId: idSchema.optional(),
  })
  .extend(proposalDraftFieldsSchema.partial().shape);
export type CreateProposalBody = z.infer<typeof createProposalBodySchema>;

export const updateProposalBodySchema = proposalDraftFieldsSchema.partial().extend({
  /** The version the editor saw; a stale one answers 409 instead of overwriting. */
  version: z.number().int().min(1).optional(),
});
export type UpdateProposalBody = z.infer<typeof updateProposalBodySchema>;

const required = (min: number, max: number) => z.string().trim().min(min).max(max);

/** What a proposal must contain to be submitted: the four points and the rest of the form. */
export const proposalSubmissionSchema = z.object({
  title: required(PROPOSAL_LIMITS.title.min, PROPOSAL_LIMITS.title.max),
  summary: required(PROPOSAL_LIMITS.summary.min, PROPOSAL_LIMITS.summary.max),
  problem: required(PROPOSAL_LIMITS.problem.min, PROPOSAL_LIMITS.problem.max),
  whyThisCity: required(PROPOSAL_LIMITS.whyThisCity.min, PROPOSAL_LIMITS.whyThisCity.max),
  solution: required(PROPOSAL_LIMITS.solution.min, PROPOSAL_LIMITS.solution.max),
  cityRole: required(PROPOSAL_LIMITS.cityRole.min, PROPOSAL_LIMITS.cityRole.max),
  companyRole: required(PROPOSAL_LIMITS.companyRole.min, PROPOSAL_LIMITS.companyRole.max),
  cityBudget: z.enum(CITY_BUDGET_OPTIONS, { error: 'common.required' }),
  cityBudgetEstimateYen: z.number().int().min(0).nullable(),
  resourcesWanted: z.array(z.enum(CITY_RESOURCES)),
  impact: required(PROPOSAL_LIMITS.impact.min, PROPOSAL_LIMITS.impact.max),
  kpis: z
    .array(
      z.object({
        name: required(PROPOSAL_LIMITS.kpiName.min, PROPOSAL_LIMITS.kpiName.max),
        target: required(PROPOSAL_LIMITS.kpiTarget.min, PROPOSAL_LIMITS.kpiTarget.max),
      }),
    )
    .min(PROPOSAL_LIMITS.kpis.min)
    .max(PROPOSAL_LIMITS.kpis.max),
  desiredStart: yearMonthSchema,
  pilot: z.boolean({ error: 'common.required' }),
  contactName: required(PROPOSAL_LIMITS.contactName.min, PROPOSAL_LIMITS.contactName.max),
  contactEmail: z.email(),
});

/** A problem that keeps a proposal from being submitted: the field and what is wrong. */
export type SubmissionIssue = {
  code: string;
  message: string;
  path: PropertyKey[];
  input?: unknown;
  origin?: string;
  format?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
};

/**
 * Everything that keeps a proposal from being submitted, all at once: the form's checklist and
 * the API's refusal use the same list. Cross-field rules are checked even when fields fail.
 */
export function findSubmissionIssues(proposal: Record<string, unknown>): SubmissionIssue[] {
  const result = proposalSubmissionSchema.safeParse(proposal, { reportInput: true });
  const issues: SubmissionIssue[] = result.success
    ? []
    : result.error.issues.map((issue) => ({ ...issue, path: [...issue.path] }));
  const estimate = proposal.cityBudgetEstimateYen;
  if (proposal.cityBudget === 'new' && (estimate === null || estimate === undefined)) {
    issues.push({
      code: 'custom',
      path: ['cityBudgetEstimateYen'],
      message: 'proposals.estimate_required',
    });
  }
  return issues;
}

export const INBOX_SORTS = ['due', 'submitted', 'updated'] as const;
export const DUE_STATES = ['overdue', 'due_soon', 'on_track'] as const;
export type DueState = (typeof DUE_STATES)[number];
/** A stage is "due soon" when its due date is at most this many business days away. */
export const DUE_SOON_BUSINESS_DAYS = 2;

export const departmentRefSchema = z.object({ id: z.uuid(), name: localizedTextSchema });

/**
 * What the caller may do with a proposal now, worked out by the API (the web never derives a
 * permission: it shows what the server says). Each STEP record contributes its part.
 */
export const proposalPermissionsSchema = z.object({
  /** Change the draft and its files (the proposer's organisation, before submission). */
  editDraft: z.boolean(),
  /** Workflow actions the caller may take now (the same as `allowedActions`). */
  actions: z.array(workflowActionSchema),
  /**
   * Actions the caller may take only by writing why a guard is set aside (e.g. sending to review
   * before the proposer confirmed Dialogue ②); the proposer reads the reason.
   */
  actionsWithOverride: z.array(workflowActionSchema),
  /** The timeline of the case. */
  readTimeline: z.boolean(),
  /** The message thread between the city and the proposer. */
  readMessages: z.boolean(),
  writeMessages: z.boolean(),
  /** The city's internal notes (never the proposer). */
  readNotes: z.boolean(),
  writeNotes: z.boolean(),
  /** Dialogue ① and ② records. */
  readDialogues: z.boolean(),
  recordDialogue: z.boolean(),
  /** The proposer confirms a record or asks for a correction. */
  confirmDialogue: z.boolean(),
  commentDialogue: z.boolean(),
  /** The confidentiality agreement. */
  readNda: z.boolean(),
  openNda: z.boolean(),
  signNda: z.boolean(),
  countersignNda: z.boolean(),
  /** Who in the city saw the confidential parts. */
  readAccessLog: z.boolean(),
  /** The desk's first check: take it or hand it back. */
  takeFirstCheck: z.boolean(),
  releaseFirstCheck: z.boolean(),
  /** Routing suggestions for the desk. */
  readRoutingSuggestions: z.boolean(),
  /** The duplicate radar: proposals like this one (city staff in charge of it). */
  readSimilar: z.boolean(),
  /** STEP 4: the decision on the published criteria. */
  readDecision: z.boolean(),
  recordDecision: z.boolean(),
  /** A declined proposer starts a new draft from the declined proposal. */
  resubmit: z.boolean(),
  /** STEP 5: the agreement, its signed document, the proposer's confirmation and consent. */
  readAgreement: z.boolean(),
  recordAgreement: z.boolean(),
  confirmAgreement: z.boolean(),
  writePublicSummary: z.boolean(),
  consentPublicSummary: z.boolean(),
  /** STEP 5–6: the logic model and the KPIs (both sides), their reports and verification. */
  editLogicModel: z.boolean(),
  editKpis: z.boolean(),
  reportKpi: z.boolean(),
  verifyKpi: z.boolean(),
  /** STEP 6: the evaluation (the lead department writes it; the proposer comments). */
  readEvaluation: z.boolean(),
  recordEvaluation: z.boolean(),
  commentEvaluation: z.boolean(),
});
export type ProposalPermissions = z.infer<typeof proposalPermissionsSchema>;

/** A proposal linked to another by a resubmission. */
export const linkedProposalSchema = z.object({
  id: z.string(),
  referenceNumber: z.string().nullable(),
  status: z.enum(PROPOSAL_STATUSES),
  declineReasonCodes: z.array(z.enum(DECLINE_REASON_CODES)),
  declineReason: z.string().nullable(),
  closedAt: timestampSchema.nullable(),
});

export const proposalSchema = z.object({
  id: z.uuid(),
  referenceNumber: z.string().nullable(),
  kind: z.enum(PROPOSAL_KINDS),
  theme: z.object({ id: z.uuid(), title: z.string() }).nullable(),
  organization: z.object({ id: z.uuid(), name: z.string() }),
  status: z.enum(PROPOSAL_STATUSES),
  step: stepSchema,
  /** What the proposer sees ("受付済み", "○○課と協議中", …). */
  statusLabel: localizedTextSchema,
  /** The city's internal name of the status. */
  staffStatusLabel: localizedTextSchema,
  nextAction: localizedTextSchema.nullable(),
  /** The department in charge; hidden from the proposer until it has accepted. */
  leadDepartment: departmentRefSchema.nullable(),
  supportingDepartments: z.array(departmentRefSchema),
  transferCount: z.number().int(),
  /** Calendar days the proposal has waited, since submission, for a department to accept it. */
  daysWithoutDepartment: z.number().int().nullable(),
  /** Where the current stage's due date stands (city staff only; null for the proposer). */
  dueState: z.enum(DUE_STATES).nullable(),
  /** The coordinator who took the first check (city staff only). */
  assignedCoordinator: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  version: z.number().int(),
  /** The actions the caller may take now. */
  allowedActions: z.array(workflowActionSchema),
  /** How the caller relates to the proposal (proposer, coordinator, lead or supporting department). */
  viewerRelations: z.array(z.enum(WORKFLOW_ACTORS)),
  /** What the caller may do with it now. */
  can: proposalPermissionsSchema,

  title: z.string(),
  summary: z.string(),
  // A confidential section the caller may not see is null and listed in `redactedSections`.
  problem: z.string().nullable(),
  whyThisCity: z.string().nullable(),
  solution: z.string().nullable(),
  cityRole: z.string().nullable(),
  companyRole: z.string().nullable(),
  cityBudget: z.enum(CITY_BUDGET_OPTIONS).nullable(),
  cityBudgetEstimateYen: z.number().nullable(),
  resourcesWanted: z.array(z.enum(CITY_RESOURCES)),
  impact: z.string().nullable(),
  /** The KPIs proposed in STEP 1 (null when confidential and not readable yet). */
  proposedKpis: z.array(kpiSchema).nullable(),
  desiredStart: z.string().nullable(),
  pilot: z.boolean().nullable(),
  contactName: z.string(),
  contactEmail: z.string(),
  confidentialSections: z.array(z.enum(CONFIDENTIAL_SECTIONS)),
  redactedSections: z.array(z.enum(CONFIDENTIAL_SECTIONS)),
  attachments: z.array(attachmentSchema),

  calendarAssessment: calendarAssessmentSchema.nullable(),
  submittedAt: timestampSchema.nullable(),
  /** Due date of the current stage (first check, department acceptance), `YYYY-MM-DD`. */
  dueDate: z.string().nullable(),
  holdResumeOn: z.string().nullable(),
  declineReasonCodes: z.array(z.enum(DECLINE_REASON_CODES)).nullable(),
  declineReason: z.string().nullable(),
  outcome: z.enum(COMPLETION_OUTCOMES).nullable(),
  /** STEP 4: the decision as the caller may read it (the proposer: once carried out). */
  decision: decisionSchema.nullable(),
  /** STEP 5: the agreement (terms, signed document, the public summary and its consent). */
  agreement: agreementSchema.nullable(),
  /** STEPs 5–6: the KPIs with their periods and reports (empty until both sides set them). */
  kpis: z.array(kpiViewSchema),
  /** STEPs 5–6: the logic model (version 0 is the draft started from the proposal). */
  logicModel: logicModelSchema.nullable(),
  /** STEP 6: the evaluation (KPI achievements, lessons, next stage, SROI). */
  evaluation: evaluationSchema.nullable(),
  /** The declined proposal this one was resubmitted from, with the reasons it was declined. */
  previous: linkedProposalSchema.nullable(),
  /** The new proposal started from this one after it was declined. */
  resubmittedAs: linkedProposalSchema.nullable(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  closedAt: timestampSchema.nullable(),
});
export type Proposal = z.infer<typeof proposalSchema>;

export const proposalResponseSchema = z.object({ proposal: proposalSchema });

/**
 * A proposal as anyone may see it (the transparency pages): where it stands, never its text,
 * never a person, never a department before it accepted the proposal.
 */
export const publicProposalSchema = z.object({
  referenceNumber: z.string().nullable(),
  kind: z.enum(PROPOSAL_KINDS),
  theme: z.object({ id: z.uuid(), title: z.string() }).nullable(),
  status: z.enum(PROPOSAL_STATUSES),
  step: stepSchema,
  statusLabel: localizedTextSchema,
  submittedAt: timestampSchema.nullable(),
  closedAt: timestampSchema.nullable(),
});
export type PublicProposal = z.infer<typeof publicProposalSchema>;

/** What a timeline entry records besides status changes. */
export const PROPOSAL_EVENT_TYPES = [
  'created',
  'transition',
  'assigned',
  'nda_opened',
  'nda_signed',
  'nda_in_effect',
  'dialogue_recorded',
  'dialogue_confirmed',
  'review_override',
  'decision_recorded',
  'resubmitted',
  'agreement_recorded',
  'agreement_confirmed',
  'agreement_document',
  'public_summary_written',
  'public_summary_consented',
  'public_summary_withdrawn',
  'kpis_defined',
  'kpi_reported',
  'kpi_verified',
  'kpi_questioned',
  'kpi_answered',
  'logic_model_updated',
  'evaluation_recorded',
  'evaluation_commented',
  'departments_handed_over',
] as const;
export type ProposalEventType = (typeof PROPOSAL_EVENT_TYPES)[number];

export const proposalEventSchema = z.object({
  id: z.uuid(),
  type: z.enum(PROPOSAL_EVENT_TYPES),

  action: workflowActionSchema.nullable(),
  fromStatus: z.enum(PROPOSAL_STATUSES).nullable(),
  toStatus: z.enum(PROPOSAL_STATUSES).nullable(),
  /** What happened, in words ("提案を提出しました", "対話②の記録を登録しました"): never empty. */
  title: localizedTextSchema,
  /** The label of the new status, as the reader is entitled to see it. */
  label: localizedTextSchema.nullable(),
  actor: z.object({
    role: roleSchema.nullable(),
    department: departmentRefSchema.nullable(),
    /** A person's name: for city staff only, never shown to the proposer. */
    name: z.string().nullable(),
  }),
  reason: z.string().nullable(),
  reasonCodes: z.array(z.enum(DECLINE_REASON_CODES)).nullable(),
  createdAt: timestampSchema,
});
export type ProposalEvent = z.infer<typeof proposalEventSchema>;
export const proposalEventsResponseSchema = z.object({ events: z.array(proposalEventSchema) });

const queryFlag = z.enum(['true', 'false']).transform((v) => v === 'true');

export const proposalListQuerySchema = z.object({
  scope: z.enum(['mine', 'inbox']).default('mine'),
  /** Japanese substring search over title, summary, problem and solution. */
  q: z.string().trim().max(100).optional(),
  status: z.enum(PROPOSAL_STATUSES).optional(),
  step: z.coerce.number().int().min(1).max(6).optional(),
  kind: z.enum(PROPOSAL_KINDS).optional(),
  themeId: idSchema.optional(),
  /** Proposals this department leads or supports. */
  departmentId: idSchema.optional(),
  /** `overdue`: past the stage's due date; `due_soon`: due within two business days. */
  due: z.enum(['overdue', 'due_soon']).optional(),
  overdue: queryFlag.optional(),
  calendarFlag: z.enum(['warning', 'info', 'any']).optional(),
  /** No coordinator has taken the first check yet. */
  unassigned: queryFlag.optional(),
  assignedToMe: queryFlag.optional(),
  sort: z.enum(INBOX_SORTS).default('due'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce
    .number()
    .int()
    .min(1)
    .max(PAGINATION.maxPageSize)
    .default(PAGINATION.defaultPageSize),
});
export type ProposalListQuery = z.infer<typeof proposalListQuerySchema>;
/** The inbox export takes the inbox's filters and sort, without paging. */
export const proposalExportQuerySchema = proposalListQuerySchema.omit({
  scope: true,
  page: true,
  pageSize: true,
});

export const proposalSummarySchema = proposalSchema
  .pick({
    id: true,
    referenceNumber: true,
    kind: true,
    theme: true,
    organization: true,
    status: true,
    step: true,
    statusLabel: true,
    staffStatusLabel: true,
    nextAction: true,
    leadDepartment: true,
    transferCount: true,
    title: true,
    summary: true,
    calendarAssessment: true,
    submittedAt: true,
    dueDate: true,
    createdAt: true,
    updatedAt: true,
    dueState: true,
    assignedCoordinator: true,
    daysWithoutDepartment: true,
  })
  .extend({
    /** How the reader's department relates to it (department staff only). */
    departmentRole: z.enum(['lead', 'supporting']).nullable(),
  });
export type ProposalSummary = z.infer<typeof proposalSummarySchema>;
/** Beyond this many matches the inbox stops counting and says "10,000 or more". */
export const LIST_COUNT_CAP = 10_000;

export const proposalListResponseSchema = z.object({
  proposals: z.array(proposalSummarySchema),
  /** How many match, at most LIST_COUNT_CAP. */
  total: z.number().int(),
  /** More than LIST_COUNT_CAP match (narrow the filters to see them all). */
  totalCapped: z.boolean(),
});

/** Why a proposal is like another: the words they share, the same theme, the same organisation. */
export const similarReasonsSchema = z.object({
  words: z.array(z.string()),
  sameTheme: z.boolean(),
  sameOrganization: z.boolean(),
});

/**
 * A proposal like the one being read (the duplicate radar). One the caller may not see is shown
 * only as "another proposal": no id, no reference number, no title.
 */
export const similarProposalSchema = z.object({
  id: z.string().nullable(),
  referenceNumber: z.string().nullable(),
  title: z.string().nullable(),
  status: z.enum(PROPOSAL_STATUSES),
  fiscalYear: z.number().int().nullable(),
  reasons: similarReasonsSchema,
});
export type SimilarProposal = z.infer<typeof similarProposalSchema>;
export const similarResponseSchema = z.object({ similar: z.array(similarProposalSchema) });
