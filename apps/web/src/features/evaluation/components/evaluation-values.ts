/**
 * What the evaluation form holds (strings as typed; rates as percentages, which people read
 * more easily than fractions) and the request it makes, for the contract's schema to check. Pure.
 */
import {
  sroiInputSchema,
  type Evaluation,
  type KpiAchievement,
} from '@kyoso/contracts/evaluations';
import type { CompletionOutcome } from '@kyoso/contracts/workflow';
import { DEFAULT_DISCOUNT_RATE, computeSroi, type SroiResult } from '@kyoso/impact/sroi';

/** A number as typed: full-width digits and thousands separators are fine; empty is none. */
export function toNumber(text: string): number | undefined {
  const cleaned = text.normalize('NFKC').replace(/[,\s]/g, '');
  if (cleaned === '') {
    return undefined;
  }
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : Number.NaN;
}

/** 12.5 (%) → 0.125; empty stays none. */
export function fromPercent(text: string): number | undefined {
  const value = toNumber(text);
  return value === undefined ? undefined : Math.round(value * 1e6) / 1e8;
}

/** 0.125 → '12.5'. */
export function toPercent(fraction: number): string {
  return String(Math.round(fraction * 1e8) / 1e6);
}

export type AchievementValues = {
  kpiId: string;
  kpiName: string;
  achievement: KpiAchievement | '';
  comment: string;
};

export type OutcomeValues = {
  name: string;
  stakeholder: string;
  quantity: string;
  financialProxyYen: string;
  deadweight: string;
  displacement: string;
  attribution: string;
  dropOff: string;
  durationYears: string;
};

export type EvaluationValues = {
  achievements: AchievementValues[];
  whatWorked: string;
  whatDidNot: string;
  cityComment: string;
  nextStage: CompletionOutcome | '';
  nextStageReason: string;
  withSroi: boolean;
  investmentYen: string;
  discountRate: string;
  outcomes: OutcomeValues[];
};

export function emptyOutcome(): OutcomeValues {
  return {
    name: '',
    stakeholder: '',
    quantity: '',
    financialProxyYen: '',
    deadweight: '0',
    displacement: '0',
    attribution: '0',
    dropOff: '0',
    durationYears: '1',
  };
}

/**
 * The form for a new version: the current evaluation's words, and one achievement per KPI of
 * the project (what was said of it before, if anything).
 */
export function evaluationValues(
  current: Evaluation | null,
  kpis: readonly { id: string; name: string }[],
): EvaluationValues {
  const said = new Map(current?.achievements.map((a) => [a.kpiId, a]) ?? []);
  const sroi = current?.sroi?.input ?? null;
  return {
    achievements: kpis.map((k) => ({
      kpiId: k.id,
      kpiName: k.name,
      achievement: said.get(k.id)?.achievement ?? '',
      comment: said.get(k.id)?.comment ?? '',
    })),
    whatWorked: current?.whatWorked ?? '',
    whatDidNot: current?.whatDidNot ?? '',
    cityComment: current?.cityComment ?? '',
    nextStage: current?.nextStage ?? '',
    nextStageReason: current?.nextStageReason ?? '',
    withSroi: sroi !== null,
    investmentYen: sroi ? String(sroi.investmentYen) : '',
    discountRate: toPercent(sroi?.discountRate ?? DEFAULT_DISCOUNT_RATE),
    outcomes: sroi
      ? sroi.outcomes.map((o) => ({
          name: o.name,
          stakeholder: o.stakeholder ?? '',
          quantity: String(o.quantity),
          financialProxyYen: String(o.financialProxyYen),
          deadweight: toPercent(o.deadweight),
          displacement: toPercent(o.displacement),
          attribution: toPercent(o.attribution),
          dropOff: toPercent(o.dropOff),
          durationYears: String(o.durationYears),
        }))
      : [emptyOutcome()],
  };
}

export function sroiRequest(values: EvaluationValues) {
  return {
    investmentYen: toNumber(values.investmentYen),
    discountRate: fromPercent(values.discountRate),
    outcomes: values.outcomes.map((o) => ({
      name: o.name,
      ...(o.stakeholder.trim() ? { stakeholder: o.stakeholder } : {}),
      quantity: toNumber(o.quantity),
      financialProxyYen: toNumber(o.financialProxyYen),
      deadweight: fromPercent(o.deadweight),
      displacement: fromPercent(o.displacement),
      attribution: fromPercent(o.attribution),
      dropOff: fromPercent(o.dropOff),
      durationYears: toNumber(o.durationYears),
    })),
  };
}

export function evaluationRequest(values: EvaluationValues, expectedVersion: number) {
  return {
    achievements: values.achievements.map((a) => ({
      kpiId: a.kpiId,
      achievement: a.achievement === '' ? undefined : a.achievement,
      comment: a.comment,
    })),
    whatWorked: values.whatWorked,
    whatDidNot: values.whatDidNot,
    cityComment: values.cityComment,
    nextStage: values.nextStage === '' ? undefined : values.nextStage,
    nextStageReason: values.nextStageReason,
    sroi: values.withSroi ? sroiRequest(values) : null,
    expectedVersion,
  };
}

/** The SROI of the figures entered so far, once they are complete and valid; null before. */
export function previewSroi(values: EvaluationValues): SroiResult | null {
  if (!values.withSroi) {
    return null;
  }
  const parsed = sroiInputSchema.safeParse(sroiRequest(values));
  return parsed.success ? computeSroi(parsed.data) : null;
}
