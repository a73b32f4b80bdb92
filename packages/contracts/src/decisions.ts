/**
 * STEP 4: the city's decision, on its three published criteria (city fiscal burden, originality,
 * exclusive use of city resources), with the legal and regulatory check, the body that decided
 * and when, and the outcome: adopt, hold (until a date or a fiscal year's budget cycle), or
 * decline with reasons. The lead department records it; the desk sees it; the proposer reads the
 * conclusions in plain words once the decision is taken (never the internal notes).
 */
import { z } from 'zod';
import { dateStringSchema, timestampSchema } from './common';
import type { DeclineReasonCode } from './workflow';

export const DECISION_OUTCOMES = ['adopt', 'hold', 'decline'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/** Whether city money is needed (`decision.fiscalBurden.<value>` in the catalogue). */
export const FISCAL_BURDENS = ['none', 'existing_budget', 'new_budget'] as const;
export type FiscalBurden = (typeof FISCAL_BURDENS)[number];

/** How exclusively the proposer would use city resources (`decision.exclusiveUse.<value>`). */
export const EXCLUSIVE_USES = ['none', 'partial', 'exclusive'] as const;
export type ExclusiveUse = (typeof EXCLUSIVE_USES)[number];

/** How long a held proposal waits: until a date, or until a fiscal year's budget cycle starts. */
export const HOLD_KINDS = ['date', 'budget_cycle'] as const;
export type HoldKind = (typeof HOLD_KINDS)[number];

/** The reasons a decline at STEP 4 may give (a subset of the workflow's decline reasons). */
export const DECISION_DECLINE_REASONS = [
  'legal_conflict',
  'fiscal_burden',
  'exclusive_use',
  'duplicate',
  'infeasible',
  'other',
] as const satisfies readonly DeclineReasonCode[];
export type DecisionDeclineReason = (typeof DECISION_DECLINE_REASONS)[number];

export const DECISION_LIMITS = {
  text: 4000,
  shortText: 500,
  maxYen: 100_000_000_000,
} as const;

const text = z.string().trim().max(DECISION_LIMITS.text);
const requiredText = z.string().trim().min(1).max(DECISION_LIMITS.text);
const fiscalYearSchema = z.number().int().min(2000).max(2100);

/** What the lead department writes. Conditional parts are required by `superRefine`. */
export const decisionInputSchema = z
  .object({
    outcome: z.enum(DECISION_OUTCOMES),
    fiscalBurden: z.enum(FISCAL_BURDENS),
    /** The amount of new city money (yen), when a new budget is needed. */
    fiscalAmountYen: z.number().int().min(0).max(DECISION_LIMITS.maxYen).nullable(),
    /** The fiscal year whose budget would carry it (the calendar suggests the earliest). */
    budgetFiscalYear: fiscalYearSchema.nullable(),
    /** A supplementary budget (補正予算) instead of the initial budget. */
    supplementaryBudget: z.boolean(),
    fiscalExplanation: requiredText,
    /** Original enough to justify a negotiated contract (随意契約) rather than an open call. */
    original: z.boolean(),
    originalityJustification: requiredText,
    exclusiveUse: z.enum(EXCLUSIVE_USES),
    /** How other companies get a fair chance (e.g. an open call for the same test field). */
    fairnessMeasure: text,
    lawsExamined: requiredText,
    conflictsFound: text,
    /** Special zones or regulatory sandboxes considered. */
    specialZones: text,
    /** Who decided (e.g. 保健福祉局 局議) and when. */
    decisionBody: z.string().trim().min(1).max(DECISION_LIMITS.shortText),
    decidedOn: dateStringSchema,
    holdKind: z.enum(HOLD_KINDS).nullable(),
    holdUntil: dateStringSchema.nullable(),
    holdFiscalYear: fiscalYearSchema.nullable(),
    declineReasonCodes: z
      .array(z.enum(DECISION_DECLINE_REASONS))
      .max(DECISION_DECLINE_REASONS.length),
    declineReason: text,
    /** The city's own deliberation: staff only, never the proposer. */
    internalNotes: text,
    /** The version the writer saw (a newer one answers 409 instead of being overwritten). */
    expectedVersion: z.number().int().min(0).optional(),
  })
  .superRefine((value, ctx) => {
    const required = (path: string, kind: 'text' | 'choice' | 'date' = 'text') =>
      ctx.addIssue({
        code: 'custom',
        path: [path],
        message: 'common.required',
        input: kind === 'date' ? '' : undefined,
        ...(kind === 'date' ? { format: 'date' } : {}),
      });
    if (value.fiscalBurden === 'new_budget') {
      if (value.fiscalAmountYen === null) {
        required('fiscalAmountYen');
      }
      if (value.budgetFiscalYear === null) {
        required('budgetFiscalYear', 'choice');
      }
    }
    if (value.exclusiveUse !== 'none' && value.fairnessMeasure === '') {
      required('fairnessMeasure');
    }
    if (value.outcome === 'hold') {
      if (value.holdKind === null) {
        required('holdKind', 'choice');
      } else if (value.holdKind === 'date' && value.holdUntil === null) {
        required('holdUntil', 'date');
      } else if (value.holdKind === 'budget_cycle' && value.holdFiscalYear === null) {
        required('holdFiscalYear', 'choice');
      }
    }
    if (value.outcome === 'decline') {
      if (value.declineReasonCodes.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['declineReasonCodes'],
          message: 'workflow.reason_codes_required',
        });
      }
      if (value.declineReason === '') {
        required('declineReason');
      }
    }
  });
export type DecisionInput = z.infer<typeof decisionInputSchema>;

/** A decision as the proposer reads it: the conclusions, never the internal notes. */
export const decisionPublicSchema = z.object({
  version: z.number().int(),
  outcome: z.enum(DECISION_OUTCOMES),
  fiscalBurden: z.enum(FISCAL_BURDENS),
  fiscalAmountYen: z.number().nullable(),
  budgetFiscalYear: z.number().int().nullable(),
  supplementaryBudget: z.boolean(),
  fiscalExplanation: z.string(),
  original: z.boolean(),
  originalityJustification: z.string(),
  exclusiveUse: z.enum(EXCLUSIVE_USES),
  fairnessMeasure: z.string(),
  lawsExamined: z.string(),
  conflictsFound: z.string(),
  specialZones: z.string(),
  decisionBody: z.string(),
  decidedOn: z.string(),
  holdKind: z.enum(HOLD_KINDS).nullable(),
  /** The day the review resumes (a budget cycle is turned into its first day). */
  resumeOn: z.string().nullable(),
  holdFiscalYear: z.number().int().nullable(),
  declineReasonCodes: z.array(z.enum(DECISION_DECLINE_REASONS)),
  declineReason: z.string(),
  recordedAt: timestampSchema,
  /** When the adopt, hold or decline action took this version (null: not acted on yet). */
  takenAt: timestampSchema.nullable(),
});

/** A decision as city staff read it: with the internal notes and who wrote it. */
export const decisionStaffSchema = decisionPublicSchema.extend({
  internalNotes: z.string(),
  recordedBy: z.object({ name: z.string().nullable() }),
});
export type DecisionView = z.infer<typeof decisionStaffSchema>;
export type DecisionPublicView = z.infer<typeof decisionPublicSchema>;

/** The current decision for the caller's audience (the staff view carries the internal notes). */
export const decisionSchema = z.union([decisionStaffSchema, decisionPublicSchema]);

/**
 * What the budget calendar says to whoever records a decision: the earliest fiscal year whose
 * initial budget can still carry new city money, whether this year's cutoff has passed, and
 * when the budget cycles of the next years start (a hold "until the budget of FY N" ends then).
 */
export const decisionGuideSchema = z.object({
  today: z.string(),
  earliestBudgetFiscalYear: z.number().int(),
  afterCutoff: z.boolean(),
  cutoffDate: z.string(),
  budgetCycles: z.array(z.object({ fiscalYear: z.number().int(), startsOn: z.string() })),
});
export type DecisionGuide = z.infer<typeof decisionGuideSchema>;

export const decisionResponseSchema = z.object({
  decision: decisionSchema.nullable(),
  /** Only for whoever may record the decision. */
  guide: decisionGuideSchema.nullable(),
});
/** Every version, newest first (city staff only): a changed decision keeps the previous one. */
export const decisionVersionsResponseSchema = z.object({
  versions: z.array(decisionStaffSchema),
});
