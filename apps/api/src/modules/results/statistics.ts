/**
 * The statistics of the process, computed from each proposal's submission and transitions: pure
 * functions. Counts of one to four proposals are suppressed ("<5"), and a median or a share over
 * fewer than five proposals is not given, so that no single proposal can be identified.
 */
import { businessDaysBetween } from '@kyoso/calendar/business-days';
import type { ProposalKind } from '@kyoso/contracts/proposals';
import {
  SMALL_CELL,
  STATISTIC_STEPS,
  SUPPRESSED,
  type CountCell,
  type Statistics,
} from '@kyoso/contracts/results';
import {
  DECLINE_REASON_CODES,
  STATUSES,
  type DeclineReasonCode,
  type ProposalStatus,
  type WorkflowAction,
} from '@kyoso/contracts/workflow';

export type StatisticsTransition = {
  action: WorkflowAction | null;
  fromStatus: ProposalStatus | null;
  toStatus: ProposalStatus | null;
  /** Japan's date of the transition. */
  on: string;
};

export type StatisticsProposal = {
  kind: ProposalKind;
  /** Japan's date of the submission. */
  submittedOn: string;
  transferCount: number;
  declineReasonCodes: readonly DeclineReasonCode[] | null;
  /** Oldest first. */
  transitions: readonly StatisticsTransition[];
};

/** A count as it may be published: 1–4 become "<5". */
export function cell(count: number): CountCell {
  return count > 0 && count < SMALL_CELL ? SUPPRESSED : count;
}

/** The median of some numbers, or null when there are too few to publish. */
export function median(values: readonly number[]): number | null {
  if (values.length < SMALL_CELL) {
    return null;
  }
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value =
    sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return Math.round(value * 10) / 10;
}

/** A share (0–1, three decimals), or null over too few proposals. */
export function share(part: number, whole: number): number | null {
  return whole < SMALL_CELL ? null : Math.round((part / whole) * 1000) / 1000;
}

/** The day a proposal entered a STEP (2: its submission), or null if it never did. */
export function enteredStep(p: StatisticsProposal, step: number): string | null {
  if (step === 2) {
    return p.submittedOn;
  }
  const t = p.transitions.find((x) => x.toStatus && STATUSES[x.toStatus].step === step);
  return t?.on ?? null;
}

/** The day a proposal finished a STEP (entered the next; STEP 6 ends when it completes). */
function finishedStep(p: StatisticsProposal, step: number): string | null {
  if (step === 6) {
    return p.transitions.find((x) => x.toStatus === 'completed')?.on ?? null;
  }
  return enteredStep(p, step + 1);
}

const FIRST_CHECK_ACTIONS: readonly WorkflowAction[] = [
  'accept_for_routing',
  'request_info',
  'decline',
];
const STEP_4: readonly ProposalStatus[] = ['internal_review', 'on_hold'];

export function computeStatistics(args: {
  proposals: readonly StatisticsProposal[];
  fiscalYear: number | null;
  fiscalYears: readonly number[];
  computedAt: Date;
  firstCheckBusinessDays: number;
}): Statistics {
  const { proposals } = args;
  const kinds: ProposalKind[] = ['theme', 'free'];

  const months = new Map<string, number>();
  for (const p of proposals) {
    const month = p.submittedOn.slice(0, 7);
    months.set(month, (months.get(month) ?? 0) + 1);
  }

  const firstChecks = proposals.flatMap((p) => {
    const t = p.transitions.find((x) => x.action && FIRST_CHECK_ACTIONS.includes(x.action));
    return t ? [businessDaysBetween(p.submittedOn, t.on)] : [];
  });

  const decisions = proposals.map((p) => {
    const adopted = p.transitions.some((x) => x.action === 'adopt');
    const declined = p.transitions.some(
      (x) => x.action === 'decline' && x.fromStatus !== null && STEP_4.includes(x.fromStatus),
    );
    return { kind: p.kind, decided: adopted || declined, adopted };
  });

  const declines = proposals.flatMap((p) => {
    const t = p.transitions.findLast((x) => x.action === 'decline');
    if (!t || !p.declineReasonCodes) {
      return [];
    }
    const step = t.fromStatus && STEP_4.includes(t.fromStatus) ? 4 : 2;
    return p.declineReasonCodes.map((code) => ({ code, step }));
  });

  const routed = proposals.filter((p) =>
    p.transitions.some((x) => x.toStatus === 'awaiting_department'),
  );

  return {
    fiscalYear: args.fiscalYear,
    computedAt: args.computedAt.toISOString(),
    fiscalYears: [...args.fiscalYears].sort((a, b) => b - a),
    received: {
      total: cell(proposals.length),
      byKind: kinds.map((kind) => ({
        kind,
        count: cell(proposals.filter((p) => p.kind === kind).length),
      })),
      byMonth: [...months.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([month, count]) => ({ month, count: cell(count) })),
    },
    reachedStep: STATISTIC_STEPS.map((step) => ({
      step,
      count: cell(proposals.filter((p) => enteredStep(p, step) !== null).length),
    })),
    medianBusinessDays: STATISTIC_STEPS.map((step) => {
      const days = proposals.flatMap((p) => {
        const from = enteredStep(p, step);
        const to = finishedStep(p, step);
        return from && to ? [businessDaysBetween(from, to)] : [];
      });
      return { step, median: median(days), proposals: cell(days.length) };
    }),
    firstCheck: {
      targetBusinessDays: args.firstCheckBusinessDays,
      checked: cell(firstChecks.length),
      medianBusinessDays: median(firstChecks),
      withinTarget: share(
        firstChecks.filter((d) => d <= args.firstCheckBusinessDays).length,
        firstChecks.length,
      ),
    },
    adoption: kinds.map((kind) => {
      const decided = decisions.filter((d) => d.kind === kind && d.decided);
      const adopted = decided.filter((d) => d.adopted).length;
      return {
        kind,
        decided: cell(decided.length),
        adopted: cell(adopted),
        rate: share(adopted, decided.length),
      };
    }),
    declineReasons: DECLINE_REASON_CODES.map((code) => ({
      code,
      step2: cell(declines.filter((d) => d.code === code && d.step === 2).length),
      step4: cell(declines.filter((d) => d.code === code && d.step === 4).length),
    })),
    transfers: {
      none: cell(routed.filter((p) => p.transferCount === 0).length),
      once: cell(routed.filter((p) => p.transferCount === 1).length),
      more: cell(routed.filter((p) => p.transferCount >= 2).length),
    },
  };
}
