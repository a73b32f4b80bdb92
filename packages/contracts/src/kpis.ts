/**
 * STEPs 5–6: the logic model and the KPIs of a co-creation project. Both sides edit the logic
 * model and the KPIs while the agreement is prepared and the project runs; the proposer reports
 * each KPI's actual value per period, the lead department verifies each report or asks a question
 * the proposer answers. Reports are due a set number of business days after their period ends.
 */
import { z } from 'zod';
import { dateStringSchema, idSchema, timestampSchema } from './common';

/** The five columns of a logic model (`logicModel.<column>` in the catalogue). */
export const LOGIC_MODEL_COLUMNS = [
  'inputs',
  'activities',
  'outputs',
  'outcomes',
  'impact',
] as const;
export type LogicModelColumn = (typeof LOGIC_MODEL_COLUMNS)[number];

/** How often a KPI is reported (`kpi.period.<value>`). */
export const KPI_PERIODS = ['monthly', 'quarterly', 'yearly'] as const;
export type KpiPeriod = (typeof KPI_PERIODS)[number];

/** Where a report stands (`kpi.reportStatus.<value>`). */
export const KPI_REPORT_STATUSES = ['submitted', 'verified', 'questioned', 'answered'] as const;
export type KpiReportStatus = (typeof KPI_REPORT_STATUSES)[number];

export const KPI_LIMITS = {
  kpis: 12,
  name: 100,
  unit: 20,
  source: 300,
  comment: 2000,
  logicModelItems: 12,
  logicModelItem: 300,
  maxValue: 1e12,
  maxPeriods: 60,
} as const;

const itemsSchema = z
  .array(z.string().trim().min(1).max(KPI_LIMITS.logicModelItem))
  .max(KPI_LIMITS.logicModelItems);

export const logicModelInputSchema = z.object({
  inputs: itemsSchema,
  activities: itemsSchema,
  outputs: itemsSchema,
  outcomes: itemsSchema,
  impact: itemsSchema,
  expectedVersion: z.number().int().min(0).optional(),
});
export type LogicModelInput = z.infer<typeof logicModelInputSchema>;

export const logicModelSchema = z.object({
  inputs: z.array(z.string()),
  activities: z.array(z.string()),
  outputs: z.array(z.string()),
  outcomes: z.array(z.string()),
  impact: z.array(z.string()),
  /** 0 while it is only the draft started from the proposal. */
  version: z.number().int(),
  updatedAt: timestampSchema.nullable(),
  /** Which side wrote the current version. */
  updatedBySide: z.enum(['city', 'proposer']).nullable(),
});
export type LogicModel = z.infer<typeof logicModelSchema>;
export const logicModelResponseSchema = z.object({ logicModel: logicModelSchema });

const valueSchema = z.number().min(-KPI_LIMITS.maxValue).max(KPI_LIMITS.maxValue);

export const kpiInputSchema = z.object({
  /** An existing KPI keeps its id (its reports stay with it); a new one has none. */
  id: idSchema.optional(),
  name: z.string().trim().min(1).max(KPI_LIMITS.name),
  unit: z.string().trim().min(1).max(KPI_LIMITS.unit),
  baseline: valueSchema,
  target: valueSchema,
  period: z.enum(KPI_PERIODS),
  /** Where the figures come from (e.g. 施設の記録, 市の統計). */
  source: z.string().trim().min(1).max(KPI_LIMITS.source),
  /** The first day of the first reporting period. */
  startsOn: dateStringSchema,
});
export type KpiInput = z.infer<typeof kpiInputSchema>;

export const kpisInputSchema = z.object({
  kpis: z.array(kpiInputSchema).min(1).max(KPI_LIMITS.kpis),
  expectedVersion: z.number().int().min(0).optional(),
});

export const kpiReportInputSchema = z.object({
  /** The first day of the period reported on (one of the KPI's periods). */
  periodStart: dateStringSchema,
  actual: valueSchema,
  comment: z.string().trim().max(KPI_LIMITS.comment),
});
export type KpiReportInput = z.infer<typeof kpiReportInputSchema>;

export const kpiReportReviewBodySchema = z.object({
  /** verify: accepted as reported; question: the proposer is asked (a question is required). */
  verdict: z.enum(['verify', 'question']),
  comment: z.string().trim().max(KPI_LIMITS.comment),
});
export const kpiReportAnswerBodySchema = z.object({
  answer: z.string().trim().min(1).max(KPI_LIMITS.comment),
  /** A corrected figure, if the question showed a mistake. */
  actual: valueSchema.optional(),
});

export const kpiReportSchema = z.object({
  id: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  actual: z.number(),
  comment: z.string(),
  status: z.enum(KPI_REPORT_STATUSES),
  file: z.object({ fileName: z.string(), sizeBytes: z.number().int() }).nullable(),
  reportedAt: timestampSchema,
  /** The department's verification comment or question. */
  review: z.string().nullable(),
  reviewedAt: timestampSchema.nullable(),
  answer: z.string().nullable(),
  answeredAt: timestampSchema.nullable(),
});
export type KpiReport = z.infer<typeof kpiReportSchema>;

/** One period of a KPI: when its report is due and the report, if any. */
export const kpiPeriodSchema = z.object({
  periodStart: z.string(),
  periodEnd: z.string(),
  /** The report is due this day (business days after the period ends). */
  dueOn: z.string(),
  /** The target for this period, on a straight line from the baseline to the target. */
  plannedValue: z.number(),
  report: kpiReportSchema.nullable(),
  overdue: z.boolean(),
});

export const kpiSchema = z.object({
  id: z.string(),
  name: z.string(),
  unit: z.string(),
  baseline: z.number(),
  target: z.number(),
  period: z.enum(KPI_PERIODS),
  source: z.string(),
  startsOn: z.string(),
  /** The periods up to the agreement's end (or a year when it has none), oldest first. */
  periods: z.array(kpiPeriodSchema),
});
export type KpiView = z.infer<typeof kpiSchema>;

export const kpisResponseSchema = z.object({ kpis: z.array(kpiSchema), version: z.number().int() });
export const kpiReportResponseSchema = z.object({ report: kpiReportSchema });
export const kpiReportParamsSchema = z.object({ id: idSchema, reportId: idSchema });
export const kpiParamsSchema = z.object({ id: idSchema, kpiId: idSchema });
