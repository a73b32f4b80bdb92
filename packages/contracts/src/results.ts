/**
 * Public results, for anyone (no login): the adopted and completed cases whose proposer consented
 * to a public summary, and the statistics of the process. Any count of fewer than five proposals
 * is shown as "<5" (and a median or share over fewer than five is not shown), so that no single
 * proposal can be identified. Nothing personal or confidential is in any of it.
 */
import { z } from 'zod';
import { AGREEMENT_TYPES } from './agreements';
import { localizedTextSchema, PAGINATION, timestampSchema } from './common';
import { PROPOSAL_KINDS } from './proposals';
import {
  PUBLIC_CASE_STAGES,
  SUPPRESSED,
  type CountCell as CountCellValue,
} from './result-constants';
import { COMPLETION_OUTCOMES, DECLINE_REASON_CODES } from './workflow';

export {
  PUBLIC_CASE_STAGES,
  SMALL_CELL,
  STATISTIC_STEPS,
  SUPPRESSED,
  type PublicCaseStage,
} from './result-constants';

/** A count of proposals, or "<5" when it is between 1 and 4. */
export const countCellSchema = z.union([z.number().int().min(0), z.literal(SUPPRESSED)]);
export type CountCell = CountCellValue;

export const publicCaseSchema = z.object({
  referenceNumber: z.string(),
  title: z.string(),
  /** The public summary, as the proposer consented to it. */
  summary: z.string(),
  kind: z.enum(PROPOSAL_KINDS),
  theme: z.object({ id: z.string(), title: z.string() }).nullable(),
  department: z.object({ id: z.string(), name: localizedTextSchema }).nullable(),
  /** The bureau (局) of the department: the field the case belongs to. */
  bureau: z.object({ id: z.string(), name: localizedTextSchema }).nullable(),
  fiscalYear: z.number().int().nullable(),
  stage: z.enum(PUBLIC_CASE_STAGES),
  agreementType: z.enum(AGREEMENT_TYPES).nullable(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  /** The next stage decided at the end (completed cases). */
  nextStage: z.enum(COMPLETION_OUTCOMES).nullable(),
  /** Each KPI with the actual values the city verified, oldest first. */
  kpis: z.array(
    z.object({
      name: z.string(),
      unit: z.string(),
      baseline: z.number(),
      target: z.number(),
      results: z.array(
        z.object({ periodStart: z.string(), periodEnd: z.string(), actual: z.number() }),
      ),
    }),
  ),
});
export type PublicCase = z.infer<typeof publicCaseSchema>;

export const publicCasesQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  fiscalYear: z.coerce.number().int().min(2000).max(2100).optional(),
  bureauId: z.uuid({ error: 'common.invalid_id' }).optional(),
  /** The cases proposed on one theme (its page lists those adopted). */
  themeId: z.uuid({ error: 'common.invalid_id' }).optional(),
  stage: z.enum(PUBLIC_CASE_STAGES).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(PAGINATION.maxPageSize).default(20),
});
export type PublicCasesQuery = z.infer<typeof publicCasesQuerySchema>;

export const publicCasesResponseSchema = z.object({
  cases: z.array(publicCaseSchema),
  total: z.number().int(),
});

export const statisticsSchema = z.object({
  /** null: every fiscal year together. */
  fiscalYear: z.number().int().nullable(),
  computedAt: timestampSchema,
  /** The fiscal years that have proposals, newest first. */
  fiscalYears: z.array(z.number().int()),
  received: z.object({
    total: countCellSchema,
    byKind: z.array(z.object({ kind: z.enum(PROPOSAL_KINDS), count: countCellSchema })),
    byMonth: z.array(z.object({ month: z.string(), count: countCellSchema })),
  }),
  /** How many proposals reached each STEP (2 = received … 6 = the project ran). */
  reachedStep: z.array(z.object({ step: z.number().int(), count: countCellSchema })),
  /** The median number of business days each STEP took, over the proposals that finished it. */
  medianBusinessDays: z.array(
    z.object({ step: z.number().int(), median: z.number().nullable(), proposals: countCellSchema }),
  ),
  /** The share of first checks done within the promised business days. */
  firstCheck: z.object({
    targetBusinessDays: z.number().int(),
    checked: countCellSchema,
    /** The median business days from submission to the first check (null over fewer than five). */
    medianBusinessDays: z.number().nullable(),
    withinTarget: z.number().nullable(),
  }),
  /** Adopted ÷ decided at STEP 4, by kind. */
  adoption: z.array(
    z.object({
      kind: z.enum(PROPOSAL_KINDS),
      decided: countCellSchema,
      adopted: countCellSchema,
      rate: z.number().nullable(),
    }),
  ),
  /** Reasons given on a no, at the first check (STEP 2) and at the decision (STEP 4). */
  declineReasons: z.array(
    z.object({
      code: z.enum(DECLINE_REASON_CODES),
      step2: countCellSchema,
      step4: countCellSchema,
    }),
  ),
  /** How often a routed proposal changed lead department. */
  transfers: z.object({ none: countCellSchema, once: countCellSchema, more: countCellSchema }),
});
export type Statistics = z.infer<typeof statisticsSchema>;

export const statisticsQuerySchema = z.object({
  fiscalYear: z.coerce.number().int().min(2000).max(2100).optional(),
});
export const statisticsResponseSchema = z.object({ statistics: statisticsSchema });
