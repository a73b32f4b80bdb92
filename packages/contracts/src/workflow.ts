/**
 * The six-STEP co-creation workflow, defined once. Zod-free (the request schemas are in
 * transitions.ts), so that pages showing the STEPs do not download zod.
 *
 * The API enforces it (who may take which action from which status, what each action needs) and
 * the web app renders it (labels, progress bar, buttons). Nothing else in the code base may list
 * statuses, steps or actions of its own: import them from here.
 */
import { formatText, type LocalizedText } from './i18n';

// ---------------------------------------------------------------------------------------------
// STEPs
// ---------------------------------------------------------------------------------------------

export const STEP_NUMBERS = [1, 2, 3, 4, 5, 6] as const;
export type StepNumber = (typeof STEP_NUMBERS)[number];
/** A proposal's STEP: 1–6, or `end` for a proposal declined or withdrawn. */
export type Step = StepNumber | 'end';

export type StepDefinition = {
  step: StepNumber;
  name: LocalizedText;
  targetTime: LocalizedText | null;
  summary: LocalizedText;
};

export const STEPS: readonly StepDefinition[] = [
  {
    step: 1,
    name: { ja: '提案の入口', en: 'Entry' },
    targetTime: null,
    summary: {
      ja: 'テーマへの提案（課題設定型）または自由提案を提出します。受付番号をお知らせします。',
      en: 'Submit a proposal on a published theme or a free proposal. You receive a reference number.',
    },
  },
  {
    step: 2,
    name: { ja: '受付・橋渡し', en: 'Receipt and routing' },
    targetTime: { ja: '1〜2週間', en: '1–2 weeks' },
    summary: {
      ja: '共創窓口が一次確認を行い、担当部署を見つけて橋渡しします。たらい回しはしません。',
      en: 'The co-creation desk does a first check, finds the right department and hands the proposal over. No bouncing between departments.',
    },
  },
  {
    step: 3,
    name: { ja: '対話', en: 'Dialogue' },
    targetTime: { ja: '1〜3か月', en: '1–3 months' },
    summary: {
      ja: '秘密保持の範囲を決めたうえで、担当部署と対話を重ねます（①骨格づくり ②実現性の検討）。',
      en: 'After agreeing on confidentiality, you hold dialogues with the department: ① the skeleton, ② feasibility.',
    },
  },
  {
    step: 4,
    name: { ja: '庁内意思決定', en: 'Internal decision' },
    targetTime: null,
    summary: {
      ja: '公表している基準（財政負担・独自性・市の資源の独占的利用）に基づいて市が判断します。見送りの場合は理由をお伝えします。',
      en: 'The city decides on published criteria (fiscal burden, originality, exclusive use of city resources). A no always comes with reasons.',
    },
  },
  {
    step: 5,
    name: { ja: '契約・協定', en: 'Agreement' },
    targetTime: null,
    summary: {
      ja: '実証実験協定や連携協定などを締結します。予算や条例が必要な場合は市議会の議決を経ます。',
      en: 'A pilot or partnership agreement is signed. If a budget or an ordinance is needed, the city council votes first.',
    },
  },
  {
    step: 6,
    name: { ja: 'ネクストステージ', en: 'Next stage' },
    targetTime: null,
    summary: {
      ja: 'KPIを一緒に評価し、学びを共有して、本格実施や横展開につなげます。',
      en: 'Evaluate the KPIs together, share what was learned and move to full implementation or other fields.',
    },
  },
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

export type StatusDefinition = {
  step: Step;
  /** Who is expected to act next; empty once the proposal has ended. */
  nextActors: readonly WorkflowActor[];
  /** What the next actor is expected to do, for dashboards and the proposer's "what now". */
  nextAction: LocalizedText | null;
  /** The label city staff see. */
  staffLabel: LocalizedText;
  /**
   * The label the proposer sees, on the portal and in e-mails. `{department}` is the lead
   * department's name, `{resumeOn}` the date a held proposal is expected to resume. Never a
   * person's name.
   */
  publicLabel: LocalizedText;
  terminal: boolean;
  clock: StatusClock | null;
};

export const SCREENING_BUSINESS_DAYS = 10;
export const DEPARTMENT_ACCEPTANCE_BUSINESS_DAYS = 5;

export const STATUSES = {
  draft: {
    step: 1,
    nextActors: ['proposer'],
    nextAction: { ja: '提案を完成させて提出してください', en: 'Complete and submit the proposal' },
    staffLabel: { ja: '下書き', en: 'Draft' },
    publicLabel: { ja: '下書き', en: 'Draft' },
    terminal: false,
    clock: null,
  },
  submitted: {
    step: 2,
    nextActors: ['coordinator'],
    nextAction: {
      ja: '共創窓口が一次確認を行います',
      en: 'The co-creation desk does the first check',
    },
    staffLabel: { ja: '一次確認待ち', en: 'Awaiting first check' },
    publicLabel: { ja: '受付済み', en: 'Received' },
    terminal: false,
    clock: { kind: 'screening', businessDays: SCREENING_BUSINESS_DAYS },
  },
  more_info_requested: {
    step: 2,
    nextActors: ['proposer'],
    nextAction: {
      ja: '窓口からの質問に回答してください',
      en: 'Answer the questions from the co-creation desk',
    },
    staffLabel: { ja: '追加情報の回答待ち', en: 'Waiting for more information' },
    publicLabel: { ja: '追加情報をお願いしています', en: 'More information needed' },
    terminal: false,
    clock: null,
  },
  routing: {
    step: 2,
    nextActors: ['coordinator'],
    nextAction: {
      ja: '共創窓口が担当部署を選びます',
      en: 'The co-creation desk chooses the department',
    },
    staffLabel: { ja: '担当部署の選定中', en: 'Choosing departments' },
    publicLabel: { ja: '担当部署を調整中', en: 'Finding the department in charge' },
    terminal: false,
    clock: { kind: 'screening', businessDays: SCREENING_BUSINESS_DAYS },
  },
  awaiting_department: {
    step: 2,
    nextActors: ['lead_department'],
    nextAction: {
      ja: '担当部署が受け入れを判断します',
      en: 'The department decides whether to take it',
    },
    staffLabel: { ja: '部署の受入待ち', en: 'Awaiting department acceptance' },
    publicLabel: { ja: '担当部署を調整中', en: 'Finding the department in charge' },
    terminal: false,
    clock: { kind: 'department_acceptance', businessDays: DEPARTMENT_ACCEPTANCE_BUSINESS_DAYS },
  },
  nda: {
    step: 3,
    nextActors: ['proposer', 'lead_department'],
    nextAction: {
      ja: '秘密保持契約（NDA）の手続きを行います',
      en: 'Sign the non-disclosure agreement (NDA)',
    },
    staffLabel: { ja: '秘密保持契約の手続き中', en: 'NDA in progress' },
    publicLabel: {
      ja: '{department}と協議中（秘密保持の手続き）',
      en: 'In discussion with {department} (confidentiality agreement)',
    },
    terminal: false,
    clock: null,
  },
  dialogue: {
    step: 3,
    nextActors: ['lead_department', 'proposer'],
    nextAction: {
      ja: '担当部署と対話を進めます（対話①・②）',
      en: 'Hold dialogues ① and ② with the department',
    },
    staffLabel: { ja: '対話中', en: 'In dialogue' },
    publicLabel: { ja: '{department}と協議中', en: 'In discussion with {department}' },
    terminal: false,
    clock: null,
  },
  internal_review: {
    step: 4,
    nextActors: ['lead_department'],
    nextAction: { ja: '市が庁内で判断します', en: 'The city makes its internal decision' },
    staffLabel: { ja: '庁内検討中', en: 'Internal review' },
    publicLabel: { ja: '庁内で検討中', en: 'Under review inside the city' },
    terminal: false,
    clock: null,
  },
  on_hold: {
    step: 4,
    nextActors: ['lead_department'],
    nextAction: {
      ja: '再開予定日に検討を再開します',
      en: 'The review resumes on the planned date',
    },
    staffLabel: { ja: '保留', en: 'On hold' },
    publicLabel: { ja: '保留中（{resumeOn}に再開予定）', en: 'On hold (to resume on {resumeOn})' },
    terminal: false,
    clock: null,
  },
  agreement: {
    step: 5,
    nextActors: ['lead_department', 'proposer'],
    nextAction: { ja: '協定・契約を準備して締結します', en: 'Prepare and sign the agreement' },
    staffLabel: { ja: '協定・契約の準備中', en: 'Preparing the agreement' },
    publicLabel: {
      ja: '{department}と協定・契約の準備中',
      en: 'Preparing the agreement with {department}',
    },
    terminal: false,
    clock: null,
  },
  in_progress: {
    step: 6,
    nextActors: ['proposer', 'lead_department'],
    nextAction: {
      ja: '事業を実施し、KPIを記録します',
      en: 'Carry out the project and record the KPIs',
    },
    staffLabel: { ja: '実施中', en: 'In progress' },
    publicLabel: { ja: '{department}と実施中', en: 'In progress with {department}' },
    terminal: false,
    clock: null,
  },
  evaluation: {
    step: 6,
    nextActors: ['lead_department', 'proposer'],
    nextAction: { ja: 'KPIを一緒に評価します', en: 'Evaluate the KPIs together' },
    staffLabel: { ja: '評価中', en: 'Evaluation' },
    publicLabel: { ja: '{department}と成果を評価中', en: 'Evaluating results with {department}' },
    terminal: false,
    clock: null,
  },
  completed: {
    step: 6,
    nextActors: [],
    nextAction: null,
    staffLabel: { ja: '完了', en: 'Completed' },
    publicLabel: { ja: '完了', en: 'Completed' },
    terminal: true,
    clock: null,
  },
  declined: {
    step: 'end',
    nextActors: [],
    nextAction: null,
    staffLabel: { ja: '見送り', en: 'Declined' },
    publicLabel: {
      ja: '今回は見送り（理由をお知らせしています）',
      en: 'Not taken forward (reasons given)',
    },
    terminal: true,
    clock: null,
  },
  withdrawn: {
    step: 'end',
    nextActors: [],
    nextAction: null,
    staffLabel: { ja: '取り下げ', en: 'Withdrawn' },
    publicLabel: { ja: '取り下げ済み', en: 'Withdrawn' },
    terminal: true,
    clock: null,
  },
} as const satisfies Record<ProposalStatus, StatusDefinition>;

/** The STEP of a status. */
export function stepOf(status: ProposalStatus): Step {
  return STATUSES[status].step;
}

/**
 * The label the proposer sees. Before a department has accepted the proposal, the label names no
 * department; afterwards it names the lead department. Never a person.
 */
export function publicStatusLabel(
  status: ProposalStatus,
  context: { departmentName?: LocalizedText | null; resumeOn?: string | null } = {},
): LocalizedText {
  const label = STATUSES[status].publicLabel;
  const department = context.departmentName ?? { ja: '担当部署', en: 'the department in charge' };
  const filled = {
    ja: formatText(label, { department: department.ja, resumeOn: context.resumeOn ?? '未定' }).ja,
    en: formatText(label, {
      department: department.en,
      resumeOn: context.resumeOn ?? 'a date to be set',
    }).en,
  };
  return filled;
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
 * A precondition the API checks beyond status and role, because it depends on other records.
 * - `nda_settled`: an NDA signed by both sides is in effect, or the proposer declared nothing
 *   confidential (then the NDA step may be skipped).
 * - `dialogue_2_recorded`: the record of Dialogue ② (laws and rules, shared risks, KPIs) exists.
 */
export type WorkflowGuard = 'nda_settled' | 'dialogue_2_recorded';

export type TransitionRule = {
  /** Statuses the action may be taken from. */
  from: readonly ProposalStatus[];
  /** Who may take it from those statuses. */
  actors: readonly WorkflowActor[];
};

export type ActionDefinition = {
  to: ProposalStatus;
  rules: readonly TransitionRule[];
  guards: readonly WorkflowGuard[];
  label: LocalizedText;
  /** Shown before the action is taken, when it cannot be undone. */
  confirm: LocalizedText | null;
  /** Whether the action needs the caller to write something (reason, message, note). */
  needsText: boolean;
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

export const ACTIONS = {
  submit: {
    to: 'submitted',
    rules: [{ from: ['draft'], actors: ['proposer'] }],
    guards: [],
    label: { ja: '提出する', en: 'Submit' },
    confirm: {
      ja: '提出後は内容を変更できません。提出しますか？',
      en: 'You cannot change the proposal after submitting it. Submit now?',
    },
    needsText: false,
  },
  request_info: {
    to: 'more_info_requested',
    rules: [{ from: ['submitted', 'routing'], actors: ['coordinator'] }],
    guards: [],
    label: { ja: '追加情報を依頼する', en: 'Request more information' },
    confirm: null,
    needsText: true,
  },
  provide_info: {
    to: 'submitted',
    rules: [{ from: ['more_info_requested'], actors: ['proposer'] }],
    guards: [],
    label: { ja: '追加情報を回答する', en: 'Send the information' },
    confirm: null,
    needsText: true,
  },
  accept_for_routing: {
    to: 'routing',
    rules: [{ from: ['submitted'], actors: ['coordinator'] }],
    guards: [],
    label: { ja: '一次確認を完了し部署選定へ', en: 'Pass first check and route' },
    confirm: null,
    needsText: false,
  },
  route: {
    to: 'awaiting_department',
    rules: [{ from: ['routing'], actors: ['coordinator'] }],
    guards: [],
    label: { ja: '担当部署へ橋渡しする', en: 'Route to departments' },
    confirm: null,
    needsText: false,
  },
  accept_assignment: {
    to: 'nda',
    rules: [{ from: ['awaiting_department'], actors: ['lead_department'] }],
    guards: [],
    label: { ja: '担当として受け入れる', en: 'Accept as lead department' },
    confirm: null,
    needsText: false,
  },
  return_assignment: {
    to: 'routing',
    rules: [{ from: ['awaiting_department'], actors: ['lead_department'] }],
    guards: [],
    label: { ja: '窓口へ戻す（理由必須）', en: 'Return to the desk (reason required)' },
    confirm: null,
    needsText: true,
  },
  start_dialogue: {
    to: 'dialogue',
    rules: [{ from: ['nda'], actors: ['lead_department'] }],
    guards: ['nda_settled'],
    label: { ja: '対話を開始する', en: 'Start the dialogue' },
    confirm: null,
    needsText: false,
  },
  send_to_review: {
    to: 'internal_review',
    rules: [{ from: ['dialogue'], actors: ['lead_department'] }],
    guards: ['dialogue_2_recorded'],

    label: { ja: '庁内検討へ進める', en: 'Send to internal review' },
    confirm: null,
    needsText: false,
  },
  adopt: {
    to: 'agreement',
    rules: [{ from: ['internal_review'], actors: ['lead_department'] }],
    guards: [],
    label: { ja: '採択する', en: 'Adopt' },
    confirm: {
      ja: 'この提案を採択し、協定・契約の準備に進みます。よろしいですか？',
      en: 'Adopt this proposal and move on to the agreement?',
    },
    needsText: false,
  },
  hold: {
    to: 'on_hold',
    rules: [{ from: ['internal_review'], actors: ['lead_department'] }],
    guards: [],
    label: { ja: '保留にする（再開日を設定）', en: 'Put on hold (with a resume date)' },
    confirm: null,
    needsText: true,
  },
  resume: {
    to: 'internal_review',
    rules: [{ from: ['on_hold'], actors: ['lead_department', 'coordinator'] }],
    guards: [],
    label: { ja: '検討を再開する', en: 'Resume the review' },
    confirm: null,
    needsText: false,
  },
  decline: {
    to: 'declined',
    rules: [
      { from: ['submitted', 'more_info_requested', 'routing'], actors: ['coordinator'] },
      { from: ['internal_review', 'on_hold'], actors: ['lead_department'] },
    ],
    guards: [],
    label: { ja: '見送る（理由必須）', en: 'Decline (reasons required)' },
    confirm: {
      ja: '見送りは取り消せません。理由は提案者へ通知されます。よろしいですか？',
      en: 'Declining cannot be undone. The reasons will be sent to the proposer. Continue?',
    },
    needsText: true,
  },
  sign_agreement: {
    to: 'in_progress',
    rules: [{ from: ['agreement'], actors: ['lead_department'] }],
    guards: [],
    label: { ja: '協定・契約の締結を記録する', en: 'Record the signed agreement' },
    confirm: null,
    needsText: false,
  },
  start_evaluation: {
    to: 'evaluation',
    rules: [{ from: ['in_progress'], actors: ['lead_department'] }],
    guards: [],
    label: { ja: '評価を開始する', en: 'Start the evaluation' },
    confirm: null,
    needsText: false,
  },
  complete: {
    to: 'completed',
    rules: [{ from: ['evaluation'], actors: ['lead_department'] }],
    guards: [],
    label: { ja: '完了にする（次の展開を選択）', en: 'Complete (choose the next stage)' },
    confirm: null,
    needsText: false,
  },
  withdraw: {
    to: 'withdrawn',
    rules: [{ from: BEFORE_COMPLETION, actors: ['proposer'] }],
    guards: [],
    label: { ja: '提案を取り下げる', en: 'Withdraw the proposal' },
    confirm: {
      ja: '取り下げると元に戻せません。本当に取り下げますか？',
      en: 'Withdrawing cannot be undone. Withdraw this proposal?',
    },
    needsText: false,
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

// ---------------------------------------------------------------------------------------------
// Reasons and outcomes
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

export const DECLINE_REASONS = {
  not_co_creation: {
    ja: '官民共創の提案に当たらない（製品・サービスの営業など）',
    en: 'Not a co-creation proposal (e.g. a sales pitch)',
  },
  procurement_request: {
    ja: '調達・購入のご案内に当たる（入札・調達の窓口をご利用ください）',
    en: 'A procurement request (please use the procurement channel)',
  },
  duplicate: {
    ja: '既存の事業・提案と重複している',
    en: 'Duplicates an existing programme or proposal',
  },
  legal_conflict: { ja: '法令・条例等との整合が取れない', en: 'Conflicts with laws or ordinances' },
  fiscal_burden: {
    ja: '市の財政負担が見込まれる',
    en: 'Would need city money the city cannot commit',
  },
  exclusive_use: {
    ja: '市の資源の独占的な利用となり公平性を保てない',
    en: 'Would give exclusive use of city resources (fairness)',
  },
  infeasible: { ja: '現時点では実現が難しい', en: 'Not feasible at this time' },
  other: { ja: 'その他', en: 'Other' },
} as const satisfies Record<DeclineReasonCode, LocalizedText>;

export const COMPLETION_OUTCOMES = ['scale_up', 'extend', 'continue', 'end'] as const;
export type CompletionOutcome = (typeof COMPLETION_OUTCOMES)[number];
export const COMPLETION_OUTCOME_LABELS = {
  scale_up: { ja: '本格実施へ', en: 'Scale up' },
  extend: { ja: '他分野・他地域へ展開', en: 'Extend to other fields or areas' },
  continue: { ja: '実証を継続', en: 'Continue the pilot' },
  end: { ja: '終了', en: 'End' },
} as const satisfies Record<CompletionOutcome, LocalizedText>;

// ---------------------------------------------------------------------------------------------
// Transition requests
// ---------------------------------------------------------------------------------------------

export const WORKFLOW_LIMITS = {
  maxReasonLength: 4000,
  maxNoteLength: 2000,
  maxSupportingDepartments: 10,
} as const;
