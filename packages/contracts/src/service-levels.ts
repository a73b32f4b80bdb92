/**
 * The service levels of STEPs 3–6: how many of the city's business days each stage should take.
 * Administrators set them (`/api/settings/service-levels`); the proposer sees the resulting dates
 * and the desk's overdue filter, badges and digests count them. STEP 2's first check and the
 * department's acceptance keep the workflow table's fixed numbers (the playbook's promise).
 */
import { z } from 'zod';

export const SERVICE_LEVEL_KEYS = [
  'dialogueBusinessDays',
  'decisionBusinessDays',
  'agreementBusinessDays',
  'kpiReportBusinessDays',
  'kpiVerificationBusinessDays',
  'evaluationBusinessDays',
  'reminderBusinessDays',
] as const;
export type ServiceLevelKey = (typeof SERVICE_LEVEL_KEYS)[number];
export type ServiceLevels = Record<ServiceLevelKey, number>;

export const DEFAULT_SERVICE_LEVELS: ServiceLevels = {
  /** STEP 3: the dialogues, from the department's acceptance (the playbook: 1–3 months). */
  dialogueBusinessDays: 60,
  /** STEP 4: the decision, from `send_to_review`. */
  decisionBusinessDays: 20,
  /** STEP 5: the signed agreement, from adoption. */
  agreementBusinessDays: 40,
  /** STEP 6: a KPI report, after its period ends. */
  kpiReportBusinessDays: 10,
  /** STEP 6: the department's verification of a report. */
  kpiVerificationBusinessDays: 5,
  /** STEP 6: the evaluation, from `start_evaluation`. */
  evaluationBusinessDays: 30,
  /** How long before a report is due the proposer is reminded. */
  reminderBusinessDays: 3,
};

const days = z.number().int().min(1).max(250);
export const serviceLevelsSchema = z.object({
  dialogueBusinessDays: days,
  decisionBusinessDays: days,
  agreementBusinessDays: days,
  kpiReportBusinessDays: days,
  kpiVerificationBusinessDays: days,
  evaluationBusinessDays: days,
  reminderBusinessDays: z.number().int().min(1).max(30),
});
export const serviceLevelsResponseSchema = z.object({ serviceLevels: serviceLevelsSchema });
