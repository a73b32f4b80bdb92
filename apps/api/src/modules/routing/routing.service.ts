/**
 * Routing help for the co-creation desk: department suggestions for one proposal, and the
 * report of hand-offs per department (transfers, returns, time to accept).
 */
import { tokyoDate } from '@kyoso/calendar/dates';
import type { Actor } from '../users/actor';
import { fullDepartmentName } from '../departments/departments.presenter';
import { findDepartments } from '../departments/departments.repository';
import type { AppContext } from '../../app-context';
import { AppError } from '../shared/errors';
import {
  countAwaiting,
  findAcceptedTexts,
  findRoutingEvents,
  transferTotals,
} from '../proposals/hand-offs.repository';
import { average, foldRoutingEvents } from './routing.report';
import { suggestDepartments } from './routing.scoring';

function ensureCoordinator(actor: Actor) {
  if (actor.role !== 'coordinator') {
    throw new AppError('auth.forbidden');
  }
}

/**
 * The departments in use ranked for a text (the routing's one ranking), each with why. A
 * profile given here stands in for that section's saved one (an administrator's preview).
 */
export async function rankDepartments(args: {
  ctx: AppContext;
  text: string;
  themeDepartmentId: string | null;
  /** The proposal being routed: its own acceptance is not part of any history. */
  exceptProposalId?: string;
  profile?: { departmentId: string; mission: string; keywords: readonly string[] };
}) {
  const { ctx, text, themeDepartmentId, profile } = args;
  const [departments, accepted] = await Promise.all([
    findDepartments(ctx.db),
    findAcceptedTexts(ctx.db, args.exceptProposalId ?? '00000000-0000-0000-0000-000000000000'),
  ]);
  const byId = new Map(departments.map((d) => [d.id, d]));
  const suggestions = suggestDepartments({
    text,
    themeDepartmentId,
    departments: departments
      // A retired department is no longer suggested.
      .filter((d) => !d.isCoordinatorDesk && d.retiredAt === null)
      .map((d) => {
        const edited = profile?.departmentId === d.id ? profile : null;
        return {
          id: d.id,
          mission: edited ? edited.mission : d.mission,
          keywords: edited ? edited.keywords : d.keywords,
          history: accepted
            .filter((a) => a.departmentId === d.id)
            .slice(0, 100)
            .map((a) => `${a.title} ${a.summary}`),
        };
      }),
  });
  return suggestions.map((s) => {
    const d = byId.get(s.departmentId)!;
    return {
      department: {
        id: d.id,
        name: { ja: d.nameJa, en: d.nameEn },
        fullName: fullDepartmentName(d, byId),
      },
      reason: s.reason,
      score: s.score,
      matchedWords: s.matchedWords,
    };
  });
}

/** @throws proposals.not_found, auth.forbidden */
export async function getRoutingSuggestions(args: {
  ctx: AppContext;
  actor: Actor;
  proposalId: string;
}) {
  const { ctx, actor, proposalId } = args;
  const access = await ctx.cases.load(ctx.db, actor, proposalId);
  if (!access.relations.includes('coordinator')) {
    throw new AppError('auth.forbidden');
  }
  const p = access.proposal;
  return rankDepartments({
    ctx,
    text: [p.title, p.summary, p.problem, p.whyThisCity, p.solution].join('\n'),
    themeDepartmentId: access.theme?.departmentId ?? null,
    exceptProposalId: proposalId,
  });
}

/** The routing report for the desk. @throws auth.forbidden */
export async function getRoutingReport(args: { ctx: AppContext; actor: Actor }) {
  const { ctx, actor } = args;
  ensureCoordinator(actor);
  const now = ctx.now();
  const [departments, events, awaiting, totals] = await Promise.all([
    findDepartments(ctx.db),
    findRoutingEvents(ctx.db),
    countAwaiting(ctx.db, tokyoDate(now)),
    transferTotals(ctx.db, now),
  ]);
  const byId = new Map(departments.map((d) => [d.id, d]));
  const stats = foldRoutingEvents(events);
  const waiting = new Map(awaiting.map((a) => [a.departmentId, a]));
  const rows = departments
    .filter((d) => stats.has(d.id) || waiting.has(d.id))
    .map((d) => {
      const s = stats.get(d.id);
      return {
        department: {
          id: d.id,
          name: { ja: d.nameJa, en: d.nameEn },
          fullName: fullDepartmentName(d, byId),
        },
        routedAsLead: s?.routedAsLead ?? 0,
        accepted: s?.accepted ?? 0,
        returned: s?.returned ?? 0,
        awaiting: waiting.get(d.id)?.awaiting ?? 0,
        awaitingOverdue: waiting.get(d.id)?.overdue ?? 0,
        averageDaysToAccept: average(s?.daysToAccept ?? []),
      };
    })
    .sort((a, b) => b.returned - a.returned || b.routedAsLead - a.routedAsLead);
  return {
    rows,
    totals: {
      transfers: totals.transfers,
      proposalsWithTransfers: totals.proposalsWithTransfers,
      averageDaysWithoutDepartment:
        totals.averageDaysWithoutDepartment === null
          ? null
          : Math.round(Number(totals.averageDaysWithoutDepartment) * 10) / 10,
    },
  };
}
