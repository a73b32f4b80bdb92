/**
 * The six-STEP co-creation workflow, defined once. Zod-free (the request schemas are built from
 * this table in transitions.ts), so that pages showing the STEPs do not download zod.
 *
 * The API enforces it (who may take which action from which status, what each action takes,
 * which guards it needs, who is e-mailed, whether the proposer sees it) and the web app renders
 * it (progress bar, one small form per action). The words are in the `workflow` catalogue of
 * `@kyoso/i18n`, keyed by the codes here (`status.<status>.public`, `action.<action>.label`…).
 * Nothing else in the code base may list statuses, steps or actions of its own: import them.
 */

// ---------------------------------------------------------------------------------------------
// STEPs
// ---------------------------------------------------------------------------------------------

export const STEP_NUMBERS = [1, 2, 3, 4, 5, 6] as const;
export type StepNumber = (typeof STEP_NUMBERS)[number];
/** A proposal's STEP: 1–6, or `end` for a proposal declined or withdrawn. */
export type Step = StepNumber | 'end';

export type StepDefinition = {
  step: StepNumber;
  /** The playbook gives a target time for this STEP (`step.<n>.target` in the catalogue). */
  hasTarget: boolean;
};

/** The STEPs in order; their names, targets and summaries are in the `workflow` catalogue. */
export const STEPS: readonly StepDefinition[] = [
  { step: 1, hasTarget: false },
  { step: 2, hasTarget: true },
  { step: 3, hasTarget: true },
  { step: 4, hasTarget: false },
  { step: 5, hasTarget: false },
  { step: 6, hasTarget: false },
];

// ---------------------------------------------------------------------------------------------
// Statuses
// ---------------------------------------------------------------------------------------------

export const PROPOSAL_STATUSES = [
  'draft',
  'submitted',
  'more_info_requested',
  'routing',
  'awaiting_department',
  'nda',
  'dialogue',
  'internal_review',
  'on_hold',
  'agreement',
  'in_progress',
  'evaluation',
  'completed',
  'declined',
  'withdrawn',
] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/**
 * How someone relates to a proposal. Workflow rules are written in these terms; the API works out
 * which of them apply to the caller (a department user is `lead_department` only for proposals
 * whose lead department is theirs).
 */
export const WORKFLOW_ACTORS = [
  'proposer',
  'coordinator',
  'lead_department',
  'supporting_department',
  'admin',
] as const;
export type WorkflowActor = (typeof WORKFLOW_ACTORS)[number];

/** The service-level clock that runs in a status, counted in the city's business days. */
export type StatusClock = { kind: 'screening' | 'department_acceptance'; businessDays: number };

/**
 * A status. Its words are in the catalogue: `status.<s>.staff` (what city staff read),
 * `status.<s>.public` (what the proposer reads, on the portal and in e-mails: `{department}` is
 * the lead department once it accepted, `{resumeOn}` the date a held proposal resumes; never a
 * person's name) and `status.<s>.next` (what happens next, for open statuses).
 */
export type StatusDefinition = {
  step: Step;
  /** Who is expected to act next; empty once the proposal has ended. */
  nextActors: readonly WorkflowActor[];
  terminal: boolean;
  clock: StatusClock | null;
};

export const SCREENING_BUSINESS_DAYS = 10;
export const DEPARTMENT_ACCEPTANCE_BUSINESS_DAYS = 5;

export const STATUSES = {
  draft: {
    step: 1,
    nextActors: ['proposer'],
    terminal: false,
    clock: null,
  },
  submitted: {
    step: 2,
    nextActors: ['coordinator'],
    terminal: false,
    clock: { kind: 'screening', businessDays: SCREENING_BUSINESS_DAYS },
  },
  more_info_requested: {
    step: 2,
    nextActors: ['proposer'],
    terminal: false,
    clock: null,
  },
  routing: {
    step: 2,
    nextActors: ['coordinator'],
    terminal: false,
    clock: { kind: 'screening', businessDays: SCREENING_BUSINESS_DAYS },
  },
  awaiting_department: {
    step: 2,
    nextActors: ['lead_department'],
    terminal: false,
    clock: { kind: 'department_acceptance', businessDays: DEPARTMENT_ACCEPTANCE_BUSINESS_DAYS },
  },
  nda: {
    step: 3,
    nextActors: ['proposer', 'lead_department'],
    terminal: false,
    clock: null,
  },
  dialogue: {
    step: 3,
    nextActors: ['lead_department', 'proposer'],
    terminal: false,
    clock: null,
  },
  internal_review: {
    step: 4,
    nextActors: ['lead_department'],
    terminal: false,
    clock: null,
  },
  on_hold: {
    step: 4,
    nextActors: ['lead_department'],
    terminal: false,
    clock: null,
  },
  agreement: {
    step: 5,
    nextActors: ['lead_department', 'proposer'],
    terminal: false,
    clock: null,
  },
  in_progress: {
    step: 6,
    nextActors: ['proposer', 'lead_department'],
    terminal: false,
    clock: null,
  },
  evaluation: {
    step: 6,
    nextActors: ['lead_department', 'proposer'],
    terminal: false,
    clock: null,
  },
  completed: {
    step: 6,
    nextActors: [],
    terminal: true,
    clock: null,
  },
  declined: {
    step: 'end',
    nextActors: [],
    terminal: true,
    clock: null,
  },
  withdrawn: {
    step: 'end',
    nextActors: [],
    terminal: true,
    clock: null,
  },
} as const satisfies Record<ProposalStatus, StatusDefinition>;

/** The STEP of a status. */
export function stepOf(status: ProposalStatus): Step {
  return STATUSES[status].step;
}

// ---------------------------------------------------------------------------------------------
// Actions
// ---------------------------------------------------------------------------------------------

export const WORKFLOW_ACTIONS = [
  'submit',
  'request_info',
  'provide_info',
  'accept_for_routing',
  'route',
  'accept_assignment',
  'return_assignment',
  'start_dialogue',
  'send_to_review',
  'adopt',
  'hold',
  'resume',
  'decline',
  'sign_agreement',
  'start_evaluation',
  'complete',
  'withdraw',
] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

/**
 * A precondition the API checks beyond status and role, because it depends on a STEP record.
 * The module that owns the record supplies the check (see the API's case registry).
 * - `nda_settled`: an NDA signed by both sides is in effect, or the proposer declared nothing
 *   confidential (then the NDA step may be skipped).
 * - `dialogue_2_recorded`: the record of Dialogue ② (laws and rules, shared risks, KPIs) exists.
 * - `dialogue_2_confirmed`: the proposer confirmed that record (and asked for no correction).
 */
export const WORKFLOW_GUARDS = [
  'nda_settled',
  'dialogue_2_recorded',
  'dialogue_2_confirmed',
  'decision_matches',
  'agreement_ready',
  'evaluation_recorded',
] as const;
export type WorkflowGuard = (typeof WORKFLOW_GUARDS)[number];

export type ActionGuard = {
  guard: WorkflowGuard;
  /**
   * A guard staff may override by writing why (the proposer sees the reason): the action then
   * takes an `overrideReason`.
   */
  overridable: boolean;
};

export type TransitionRule = {
  /** Statuses the action may be taken from. */
  from: readonly ProposalStatus[];
  /** Who may take it from those statuses. */
  actors: readonly WorkflowActor[];
};

/** Lengths and counts of what actions take; the forms show them and the API enforces them. */
export const WORKFLOW_LIMITS = {
  maxReasonLength: 4000,
  maxNoteLength: 2000,
  maxSupportingDepartments: 10,
} as const;

/**
 * What an action's request may carry besides its name and the version the caller saw:
 * - `reason` (text the proposer reads: a question, the reasons of a decline…), `message` (the
 *   proposer's answer), `comment`, `note` (to the departments): free text, up to
 *   `WORKFLOW_LIMITS.maxReasonLength` (a note: `maxNoteLength`);
 * - `reasonCodes`: the categories of a decline; `leadDepartmentId`, `supportingDepartmentIds`:
 *   the routing; `resumeOn`: the date a hold ends; `outcome`: the next stage on completion;
 * - `overrideReason`: why an overridable guard is overridden.
 * The label of a text field is `action.<action>.reason` in the catalogue.
 */
export const ACTION_FIELD_NAMES = [
  'reason',
  'message',
  'comment',
  'note',
  'reasonCodes',
  'leadDepartmentId',
  'supportingDepartmentIds',
  'resumeOn',
  'outcome',
  'overrideReason',
] as const;
export type ActionFieldName = (typeof ACTION_FIELD_NAMES)[number];
export type ActionFields = { readonly [N in ActionFieldName]?: { readonly required: boolean } };

/** Whom an action e-mails, besides the timeline entry everyone entitled sees. */
export type ActionEmail = {
  /** The proposer's organisation: the receipt, a status change, or nothing. */
  proposer: 'receipt' | 'status' | null;
  /** The departments it was routed to. */
  departments: 'routed' | null;
  /** The co-creation desk. */
  coordinators: 'returned' | null;
};

export type ActionDefinition = {
  to: ProposalStatus;
  rules: readonly TransitionRule[];
  guards: readonly ActionGuard[];
  /** Shown before the action is taken when it cannot be undone (`action.<a>.confirm`). */
  confirm: boolean;
  /**
   * `public`: the proposer sees the event on the timeline and is told; `internal`: a hand-off
   * between city desks the proposer never sees ("担当部署を調整中" stays).
   */
  visibility: 'public' | 'internal';
  fields: ActionFields;
  email: ActionEmail;
};

const BEFORE_COMPLETION: readonly ProposalStatus[] = [
  'submitted',
  'more_info_requested',
  'routing',
  'awaiting_department',
  'nda',
  'dialogue',
  'internal_review',
  'on_hold',
  'agreement',
  'in_progress',
  'evaluation',
];

const REQUIRED = { required: true } as const;
const OPTIONAL = { required: false } as const;
const STATUS_EMAIL = { proposer: 'status', departments: null, coordinators: null } as const;

export const ACTIONS = {
  submit: {
    to: 'submitted',
    rules: [{ from: ['draft'], actors: ['proposer'] }],
    guards: [],
    confirm: true,
    visibility: 'public',
    fields: {},
    email: { proposer: 'receipt', departments: null, coordinators: null },
  },
  request_info: {
    to: 'more_info_requested',
    rules: [{ from: ['submitted', 'routing'], actors: ['coordinator'] }],
    guards: [],
    confirm: false,
    visibility: 'public',
    fields: { reason: REQUIRED },
    email: STATUS_EMAIL,
  },
  provide_info: {
    to: 'submitted',
    rules: [{ from: ['more_info_requested'], actors: ['proposer'] }],
    guards: [],
    confirm: false,
    visibility: 'public',
    fields: { message: REQUIRED },
    email: STATUS_EMAIL,
  },
  accept_for_routing: {
    to: 'routing',
    rules: [{ from: ['submitted'], actors: ['coordinator'] }],
    guards: [],
    confirm: false,
    visibility: 'public',
    fields: { comment: OPTIONAL },
    email: STATUS_EMAIL,
  },
  route: {
    to: 'awaiting_department',
    rules: [{ from: ['routing'], actors: ['coordinator'] }],
    guards: [],
    confirm: false,
    visibility: 'internal',
    fields: { leadDepartmentId: REQUIRED, supportingDepartmentIds: OPTIONAL, note: OPTIONAL },
    email: { proposer: null, departments: 'routed', coordinators: null },
  },
  accept_assignment: {
    to: 'nda',
    rules: [{ from: ['awaiting_department'], actors: ['lead_department'] }],
    guards: [],
    confirm: false,
    visibility: 'public',
    fields: { comment: OPTIONAL },
    email: STATUS_EMAIL,
  },
  return_assignment: {
    to: 'routing',
    rules: [{ from: ['awaiting_department'], actors: ['lead_department'] }],
    guards: [],
    confirm: false,
    visibility: 'internal',
    fields: { reason: REQUIRED },
    email: { proposer: null, departments: null, coordinators: 'returned' },
  },
  start_dialogue: {
    to: 'dialogue',
    rules: [{ from: ['nda'], actors: ['lead_department'] }],
    guards: [{ guard: 'nda_settled', overridable: false }],
    confirm: false,
    visibility: 'public',
    fields: { comment: OPTIONAL },
    email: STATUS_EMAIL,
  },
  send_to_review: {
    to: 'internal_review',
    rules: [{ from: ['dialogue'], actors: ['lead_department'] }],
    guards: [
      { guard: 'dialogue_2_recorded', overridable: false },
      { guard: 'dialogue_2_confirmed', overridable: true },
    ],
    confirm: false,
    visibility: 'public',
    fields: { comment: OPTIONAL, overrideReason: OPTIONAL },
    email: STATUS_EMAIL,
  },
  adopt: {
    to: 'agreement',
    rules: [{ from: ['internal_review'], actors: ['lead_department'] }],
    guards: [{ guard: 'decision_matches', overridable: false }],
    confirm: true,
    visibility: 'public',
    fields: { comment: OPTIONAL },
    email: STATUS_EMAIL,
  },
  hold: {
    to: 'on_hold',
    rules: [{ from: ['internal_review'], actors: ['lead_department'] }],
    guards: [{ guard: 'decision_matches', overridable: false }],
    confirm: false,
    visibility: 'public',
    fields: { resumeOn: REQUIRED, reason: REQUIRED },
    email: STATUS_EMAIL,
  },
  resume: {
    to: 'internal_review',
    rules: [{ from: ['on_hold'], actors: ['lead_department', 'coordinator'] }],
    guards: [],
    confirm: false,
    visibility: 'public',
    fields: { comment: OPTIONAL },
    email: STATUS_EMAIL,
  },
  decline: {
    to: 'declined',
    rules: [
      { from: ['submitted', 'more_info_requested', 'routing'], actors: ['coordinator'] },
      { from: ['internal_review', 'on_hold'], actors: ['lead_department'] },
    ],
    guards: [{ guard: 'decision_matches', overridable: false }],
    confirm: true,
    visibility: 'public',
    fields: { reasonCodes: REQUIRED, reason: REQUIRED },
    email: STATUS_EMAIL,
  },
  sign_agreement: {
    to: 'in_progress',
    rules: [{ from: ['agreement'], actors: ['lead_department'] }],
    guards: [{ guard: 'agreement_ready', overridable: false }],
    confirm: false,
    visibility: 'public',
    fields: { comment: OPTIONAL },
    email: STATUS_EMAIL,
  },
  start_evaluation: {
    to: 'evaluation',
    rules: [{ from: ['in_progress'], actors: ['lead_department'] }],
    guards: [],
    confirm: false,
    visibility: 'public',
    fields: { comment: OPTIONAL },
    email: STATUS_EMAIL,
  },
  complete: {
    to: 'completed',
    rules: [{ from: ['evaluation'], actors: ['lead_department'] }],
    guards: [],
    confirm: false,
    visibility: 'public',
    fields: { outcome: REQUIRED, comment: OPTIONAL },
    email: STATUS_EMAIL,
  },
  withdraw: {
    to: 'withdrawn',
    rules: [{ from: BEFORE_COMPLETION, actors: ['proposer'] }],
    guards: [],
    confirm: true,
    visibility: 'public',
    fields: { reason: OPTIONAL },
    email: STATUS_EMAIL,
  },
} as const satisfies Record<WorkflowAction, ActionDefinition>;

/** The rule that lets `actor` take `action` from `status`, if any. */
export function findTransitionRule(
  action: WorkflowAction,
  status: ProposalStatus,
): TransitionRule | undefined {
  const rules: readonly TransitionRule[] = ACTIONS[action].rules;
  return rules.find((rule) => rule.from.includes(status));
}

/** Whether `action` can be taken from `status` by anybody at all. */
export function isActionAvailable(action: WorkflowAction, status: ProposalStatus): boolean {
  return findTransitionRule(action, status) !== undefined;
}

/** Whether one of `actors` may take `action` from `status` (guards aside). */
export function canTakeAction(
  action: WorkflowAction,
  status: ProposalStatus,
  actors: readonly WorkflowActor[],
): boolean {
  const rule = findTransitionRule(action, status);
  return rule !== undefined && rule.actors.some((actor) => actors.includes(actor));
}

/** All actions that one of `actors` may take from `status` (guards aside), in table order. */
export function actionsFor(
  status: ProposalStatus,
  actors: readonly WorkflowActor[],
): WorkflowAction[] {
  return WORKFLOW_ACTIONS.filter((action) => canTakeAction(action, status, actors));
}

/** Whether the proposer sees an action's event on the timeline and hears of it. */
export function isInternalAction(action: WorkflowAction): boolean {
  return ACTIONS[action].visibility === 'internal';
}

/** The text field of an action the proposer reads as its reason (a question, the reasons…). */
export function reasonFieldOf(action: WorkflowAction): 'reason' | 'message' | null {
  const fields: ActionFields = ACTIONS[action].fields;
  if (fields.reason) {
    return 'reason';
  }
  return fields.message ? 'message' : null;
}

// ---------------------------------------------------------------------------------------------
// Reasons and outcomes (their words: `declineReason.<code>`, `outcome.<code>`)
// ---------------------------------------------------------------------------------------------

export const DECLINE_REASON_CODES = [
  'not_co_creation',
  'procurement_request',
  'duplicate',
  'legal_conflict',
  'fiscal_burden',
  'exclusive_use',
  'infeasible',
  'other',
] as const;
export type DeclineReasonCode = (typeof DECLINE_REASON_CODES)[number];

export const COMPLETION_OUTCOMES = ['scale_up', 'extend', 'continue', 'end'] as const;
export type CompletionOutcome = (typeof COMPLETION_OUTCOMES)[number];
