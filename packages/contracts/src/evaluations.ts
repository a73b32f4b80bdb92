/**
 * STEP 6: the evaluation, written together before the next stage is decided: what each KPI
 * achieved, what worked and what did not (failures too), each side's comments, the next stage
 * with its reason, and optionally the social return on investment (SROI). The lead department
 * writes it (a new version each time); the proposer adds their comment. `complete` needs it.
 */
import { z } from 'zod';
import { SROI_LIMITS } from '@kyoso/impact/sroi';
import { idSchema, timestampSchema } from './common';
import { COMPLETION_OUTCOMES } from './workflow';

/** How far a KPI's target was reached (`evaluation.achievement.<value>`). */
export const KPI_ACHIEVEMENTS = ['met', 'partly', 'not_met'] as const;
export type KpiAchievement = (typeof KPI_ACHIEVEMENTS)[number];

export const EVALUATION_LIMITS = { text: 4000, name: 200 } as const;

const text = z.string().trim().max(EVALUATION_LIMITS.text);
const requiredText = z.string().trim().min(1).max(EVALUATION_LIMITS.text);
const fraction = z.number().min(0).max(1);

export const sroiOutcomeSchema = z.object({
  name: z.string().trim().min(1).max(EVALUATION_LIMITS.name),
  stakeholder: z.string().trim().max(EVALUATION_LIMITS.name).optional(),
  quantity: z.number().min(0).max(SROI_LIMITS.maxQuantity),
  financialProxyYen: z.number().min(0).max(SROI_LIMITS.maxYen),
  deadweight: fraction,
  displacement: fraction,
  attribution: fraction,
  dropOff: fraction,
  durationYears: z.number().int().min(1).max(SROI_LIMITS.maxDurationYears),
});

/** `POST /api/sroi` and the evaluation's SROI: rates are fractions from 0 to 1. */
export const sroiInputSchema = z.object({
  investmentYen: z.number().min(0).max(SROI_LIMITS.maxYen),
  discountRate: fraction,
  outcomes: z.array(sroiOutcomeSchema).min(1).max(SROI_LIMITS.maxOutcomes),
});
export type SroiInputBody = z.infer<typeof sroiInputSchema>;

const sroiYearSchema = z.object({
  year: z.number().int(),
  valueYen: z.number(),
  presentValueYen: z.number(),
});
export const sroiResultSchema = z.object({
  presentValueYen: z.number(),
  netPresentValueYen: z.number(),
  ratio: z.number().nullable(),
  byYear: z.array(sroiYearSchema),
  byOutcome: z.array(
    z.object({ name: z.string(), presentValueYen: z.number(), years: z.array(sroiYearSchema) }),
  ),
});

export const kpiAchievementInputSchema = z.object({
  kpiId: idSchema,
  achievement: z.enum(KPI_ACHIEVEMENTS),
  comment: text,
});

export const evaluationInputSchema = z.object({
  achievements: z.array(kpiAchievementInputSchema).max(20),
  whatWorked: requiredText,
  /** What did not work: failures are part of the record. */
  whatDidNot: requiredText,
  cityComment: text,
  nextStage: z.enum(COMPLETION_OUTCOMES),
  nextStageReason: requiredText,
  sroi: sroiInputSchema.nullable(),
  expectedVersion: z.number().int().min(0).optional(),
});
export type EvaluationInput = z.infer<typeof evaluationInputSchema>;

export const evaluationCommentBodySchema = z.object({ comment: requiredText });

export const evaluationSchema = z.object({
  version: z.number().int(),
  achievements: z.array(
    z.object({
      kpiId: z.string(),
      kpiName: z.string(),
      achievement: z.enum(KPI_ACHIEVEMENTS),
      comment: z.string(),
    }),
  ),
  whatWorked: z.string(),
  whatDidNot: z.string(),
  cityComment: z.string(),
  proposerComment: z.string(),
  proposerCommentedAt: timestampSchema.nullable(),
  nextStage: z.enum(COMPLETION_OUTCOMES),
  nextStageReason: z.string(),
  sroi: z.object({ input: sroiInputSchema, result: sroiResultSchema }).nullable(),
  recordedAt: timestampSchema,
  /** City staff only. */
  recordedBy: z.object({ name: z.string().nullable() }).nullable(),
});
export type Evaluation = z.infer<typeof evaluationSchema>;

export const evaluationResponseSchema = z.object({ evaluation: evaluationSchema.nullable() });
export const evaluationVersionsResponseSchema = z.object({ versions: z.array(evaluationSchema) });
