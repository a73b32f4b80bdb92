/**
 * Proposals as their authors and the city see them: drafts (created and edited by the proposer's
 * organisation), one proposal with the caller's allowed actions, lists and the timeline.
 */
import { tokyoDate } from '@kyoso/calendar/dates';
import {
  LIST_COUNT_CAP,
  type CreateProposalBody,
  type ProposalListQuery,
  type UpdateProposalBody,
} from '@kyoso/contracts/proposals';
import { STATUSES, type WorkflowActor } from '@kyoso/contracts/workflow';
import type { AppContext } from '../../app-context';
import {
  claimIdempotencyKey,
  recordIdempotentResult,
  type IdempotencyRequest,
} from '../idempotency/idempotency.service';
import { AppError } from '../shared/errors';
import { getThemeById, isThemeOpen } from '../themes/themes.repository';
import type { Actor } from '../users/actor';
import { findUserNames } from '../users/users.repository';
import { maySeeSimilar, type CaseAccess } from './proposals.case';
import { canEditDraft } from './proposals.policies';
import { presentCase, presentEvent, presentProposalSummary } from './proposals.presenter';
import { recordAuditEvent } from '../audit/audit.repository';
import { termsOf } from '../shared/terms';
import {
  findProposalEvents,
  findSimilarProposals,
  insertProposal,
  lockProposal,
  setAssignedCoordinator,
  updateDraftFields,
  updateProposalAtVersion,
} from './proposals.repository';
import { recordCaseEvent } from './proposals.timeline';
import { inboxCsv } from './export';
import { findInbox, type InboxScope } from './inbox.repository';

/**
 * A case as its caller sees it. Every answer that shows a case goes through here, so that the
 * plugins' hooks run (city staff shown confidential parts are written in the access log).
 */
export async function showCase(ctx: AppContext, actor: Actor, access: CaseAccess) {
  await ctx.cases.shown(ctx.db, actor, access);
  return presentCase(ctx.cases, access, ctx.now());
}

function ensureProposer(actor: Actor): string {
  if (actor.role !== 'proposer' || !actor.organizationId) {
    throw new AppError('auth.forbidden');
  }
  return actor.organizationId;
}

/**
 * Starts a draft, on a theme (while its window is open) or free.
 * @throws auth.forbidden, themes.not_found, themes.closed
 */
export async function createDraft(args: {
  ctx: AppContext;
  actor: Actor;
  input: CreateProposalBody;
  idempotency?: IdempotencyRequest | undefined;
}) {
  const { ctx, actor, input, idempotency } = args;
  const organizationId = ensureProposer(actor);
  const { kind, themeId, ...fields } = input;
  if (kind === 'theme') {
    if (!themeId) {
      throw new AppError('request.invalid_body', {
        details: [
          {
            path: 'themeId',
            code: 'common.required',
            issue: {
              code: 'invalid_value',
              message: 'common.required',
              path: ['themeId'],
              input: undefined,
            },
          },
        ],
      });
    }
    const theme = await getThemeById(ctx.db, themeId);
    if (!theme || theme.status !== 'published') {
      throw new AppError('themes.not_found');
    }
    if (!isThemeOpen(theme, tokyoDate(ctx.now()))) {
      throw new AppError('themes.closed');
    }
  }
  const id = await ctx.db.transaction(async (tx) => {
    const earlier = idempotency ? await claimIdempotencyKey(tx, idempotency) : undefined;
    if (earlier) {
      return earlier.resourceId;
    }
    const row = await insertProposal(tx, {
      ...fields,
      kind,
      themeId: kind === 'theme' ? (themeId ?? null) : null,
      organizationId,
      createdBy: actor.id,
      contactName: fields.contactName ?? actor.name,
      contactEmail: fields.contactEmail ?? actor.email,
    });
    await recordCaseEvent(tx, { proposalId: row.id, type: 'created', toStatus: 'draft', actor });
    if (idempotency) {
      await recordIdempotentResult(tx, idempotency, { statusCode: 201, resourceId: row.id });
    }
    return row.id;
  });
  return ctx.cases.load(ctx.db, actor, id);
}

/**
 * A declined proposer starts again: a new draft prefilled from the declined proposal and linked
 * to it, so that the desk sees the history (the previous reference number and its reasons). A
 * theme whose window has closed makes it a free proposal. Files are not copied (the proposer
 * attaches what still applies).
 * @throws proposals.not_found, auth.forbidden, proposals.not_resubmittable
 */
export async function resubmitProposal(args: {
  ctx: AppContext;
  actor: Actor;
  proposalId: string;
  ip: string | null;
}) {
  const { ctx, actor, proposalId, ip } = args;
  const id = await ctx.db.transaction(async (tx) => {
    // Whoever may not see the proposal learns nothing of it (404), then only its proposer may act.
    const access = await ctx.cases.load(tx, actor, proposalId);
    if (!access.relations.includes('proposer')) {
      throw new AppError('auth.forbidden');
    }
    const organizationId = ensureProposer(actor);
    await lockProposal(tx, proposalId);
    const fresh = await ctx.cases.reload(tx, access);
    if (fresh.proposal.status !== 'declined' || fresh.resubmittedAs !== null) {
      throw new AppError('proposals.not_resubmittable');
    }
    const old = fresh.proposal;
    const theme = old.themeId ? await getThemeById(tx, old.themeId) : undefined;
    const themeOpen =
      theme !== undefined &&
      theme.status === 'published' &&
      isThemeOpen(theme, tokyoDate(ctx.now()));
    const row = await insertProposal(tx, {
      kind: themeOpen ? old.kind : 'free',
      themeId: themeOpen ? old.themeId : null,
      organizationId,
      createdBy: actor.id,
      previousProposalId: old.id,
      title: old.title,
      summary: old.summary,
      problem: old.problem,
      whyThisCity: old.whyThisCity,
      solution: old.solution,
      cityRole: old.cityRole,
      companyRole: old.companyRole,
      cityBudget: old.cityBudget,
      cityBudgetEstimateYen: old.cityBudgetEstimateYen,
      resourcesWanted: old.resourcesWanted,
      impact: old.impact,
      kpis: old.kpis,
      desiredStart: old.desiredStart,
      pilot: old.pilot,
      contactName: actor.name,
      contactEmail: actor.email,
      confidentialSections: old.confidentialSections,
    });
    await recordCaseEvent(tx, { proposalId: row.id, type: 'created', toStatus: 'draft', actor });
    await recordCaseEvent(tx, {
      proposalId: row.id,
      type: 'resubmitted',
      actor,
      data: { reference: old.referenceNumber, previousId: old.id },
    });
    await recordAuditEvent(tx, {
      actorUserId: actor.id,
      action: 'proposal.resubmitted',
      subjectType: 'proposal',
      subjectId: row.id,
      data: { previousId: old.id },
      ip,
    });
    return row.id;
  });
  return ctx.cases.load(ctx.db, actor, id);
}

/**
 * Saves fields of a draft (autosave). With `version`, refuses to overwrite a newer save.
 * @throws proposals.not_found, auth.forbidden, proposals.not_editable, workflow.version_conflict
 */
export async function updateDraft(args: {
  ctx: AppContext;
  actor: Actor;
  proposalId: string;
  input: UpdateProposalBody;
}) {
  const { ctx, actor, proposalId, input } = args;
  const access = await ctx.cases.load(ctx.db, actor, proposalId);
  const p = access.proposal;
  if (!access.relations.includes('proposer')) {
    throw new AppError('auth.forbidden');
  }
  if (!canEditDraft(access.relations, p.status)) {
    throw new AppError('proposals.not_editable');
  }
  const { version, ...fields } = input;
  if (version !== undefined && version !== p.version) {
    throw new AppError('workflow.version_conflict');
  }
  // Without a version the last save wins (one person's autosave); with one, a newer save is kept.
  const updated = await updateDraftFields(ctx.db, proposalId, version, fields);
  if (!updated) {
    throw new AppError(
      version === undefined ? 'proposals.not_editable' : 'workflow.version_conflict',
    );
  }
  // Only the proposal's own fields changed: the rest of the case is as it was loaded.
  return { ...access, proposal: updated };
}

/**
 * Turns a draft written on a theme into a free proposal (the theme's call has closed or is about
 * to): everything written stays; only the theme is let go.
 * @throws proposals.not_found, auth.forbidden, proposals.not_editable, proposals.not_on_theme
 */
export async function continueAsFreeProposal(args: {
  ctx: AppContext;
  actor: Actor;
  proposalId: string;
  ip: string | null;
}) {
  const { ctx, actor, proposalId, ip } = args;
  return ctx.db.transaction(async (tx) => {
    const access = await ctx.cases.load(tx, actor, proposalId);
    if (!access.relations.includes('proposer')) {
      throw new AppError('auth.forbidden');
    }
    const p = access.proposal;
    if (!canEditDraft(access.relations, p.status)) {
      throw new AppError('proposals.not_editable');
    }
    if (p.kind !== 'theme') {
      throw new AppError('proposals.not_on_theme');
    }
    const updated = await updateProposalAtVersion(tx, proposalId, p.version, {
      kind: 'free',
      themeId: null,
    });
    if (!updated) {
      throw new AppError('workflow.version_conflict');
    }
    await recordAuditEvent(tx, {
      actorUserId: actor.id,
      action: 'proposal.continued_as_free',
      subjectType: 'proposal',
      subjectId: proposalId,
      data: { themeId: p.themeId },
      ip,
    });
    return ctx.cases.reload(tx, access);
  });
}

/** One proposal for its reader. @throws proposals.not_found */
export async function getProposal(args: { ctx: AppContext; actor: Actor; proposalId: string }) {
  return args.ctx.cases.load(args.ctx.db, args.actor, args.proposalId);
}

/** The timeline as the caller may see it. @throws proposals.not_found */
export async function getProposalEvents(args: {
  ctx: AppContext;
  actor: Actor;
  proposalId: string;
}) {
  const { ctx, actor, proposalId } = args;
  // Both at once (two connections, one wait): the events are read before the caller is known
  // to see the case, and dropped unread when the load refuses it (404).
  const [access, events] = await Promise.all([
    ctx.cases.load(ctx.db, actor, proposalId),
    findProposalEvents(ctx.db, proposalId),
  ]);
  const isProposer = access.audience === 'proposer';
  const rows = events.filter((row) => !isProposer || row.event.visibility === 'public');
  const actorIds = [
    ...new Set(rows.map((r) => r.event.actorUserId).filter((id): id is string => id !== null)),
  ];
  // A person's name is for city staff only.
  const names = new Map(
    isProposer ? [] : (await findUserNames(ctx.db, actorIds)).map((u) => [u.id, u.name] as const),
  );
  return rows.map((row) =>
    presentEvent(ctx.cases, row, { relations: access.relations, actorNames: names }),
  );
}

function scopeFor(
  actor: Actor,
  scope: ProposalListQuery['scope'],
): { scope: InboxScope; relation: WorkflowActor } {
  if (scope === 'mine') {
    return {
      scope: { kind: 'organization', organizationId: ensureProposer(actor) },
      relation: 'proposer',
    };
  }
  if (actor.role === 'coordinator') {
    return { scope: { kind: 'all' }, relation: 'coordinator' };
  }
  if (actor.role === 'department' && actor.departmentId) {
    return {
      scope: { kind: 'department', departmentId: actor.departmentId },
      relation: 'lead_department',
    };
  }
  throw new AppError('auth.forbidden');
}

/**
 * `mine`: the organisation's proposals (proposers). `inbox`: every submitted proposal (desk) or
 * the proposals a department leads or supports.
 * @throws auth.forbidden
 */
export async function listProposals(args: {
  ctx: AppContext;
  actor: Actor;
  query: ProposalListQuery;
}) {
  const { ctx, actor, query } = args;
  const now = ctx.now();
  const { scope, relation } = scopeFor(actor, query.scope);
  const { rows, total, totalCapped } = await findInbox(ctx.db, {
    scope,
    query,
    today: tokyoDate(now),
    actorId: actor.id,
    unlockedSql: ctx.cases.unlockedSql,
    totals: ctx.caches.inboxTotals,
    verify: ctx.verifyFastPaths ?? false,
  });
  return {
    proposals: rows.map((row) => presentProposalSummary(row, [relation], now)),
    total,
    totalCapped,
  };
}

/** At most this many rows in one export; the file says so when more match. */
export const EXPORT_MAX_ROWS = LIST_COUNT_CAP;

/**
 * The city's inbox, with the same filters, as an Excel-safe CSV (never a confidential section).
 * @throws auth.forbidden
 */
export async function exportInbox(args: {
  ctx: AppContext;
  actor: Actor;
  query: Omit<ProposalListQuery, 'scope' | 'page' | 'pageSize'>;
}) {
  const { ctx, actor } = args;
  const now = ctx.now();
  const { scope, relation } = scopeFor(actor, 'inbox');
  const query: ProposalListQuery = { ...args.query, scope: 'inbox', page: 1, pageSize: 1 };
  const { rows, totalCapped } = await findInbox(ctx.db, {
    scope,
    query,
    today: tokyoDate(now),
    actorId: actor.id,
    unlockedSql: ctx.cases.unlockedSql,
    limit: EXPORT_MAX_ROWS,
    offset: 0,
    verify: ctx.verifyFastPaths ?? false,
  });
  const summaries = rows.map((row) => presentProposalSummary(row, [relation], now));
  return {
    csv: inboxCsv(summaries, totalCapped),
    fileName: `kyoso-proposals-${tokyoDate(now)}.csv`,
  };
}

/**
 * A coordinator takes the first check (visible to the other coordinators), or lets it go
 * (`take: false`). Recorded on the internal timeline.
 * @throws proposals.not_found, auth.forbidden, proposals.closed, proposals.already_assigned
 */
export async function setFirstCheckAssignee(args: {
  ctx: AppContext;
  actor: Actor;
  proposalId: string;
  take: boolean;
}) {
  const { ctx, actor, proposalId, take } = args;
  await ctx.db.transaction(async (tx) => {
    const access = await ctx.cases.load(tx, actor, proposalId);
    if (!access.relations.includes('coordinator')) {
      throw new AppError('auth.forbidden');
    }
    if (STATUSES[access.proposal.status].terminal) {
      throw new AppError('proposals.closed');
    }
    if (!(await setAssignedCoordinator(tx, proposalId, take ? actor.id : null))) {
      throw new AppError('proposals.already_assigned');
    }
    await recordCaseEvent(tx, {
      proposalId,
      type: 'assigned',
      actor,
      data: { coordinatorId: take ? actor.id : null },
      visibility: 'internal',
    });
  });
  return ctx.cases.load(ctx.db, actor, proposalId);
}

/** How many proposals the duplicate radar shows, and how many words of the proposal it looks for. */
const SIMILAR_LIMIT = 10;
const SIMILAR_TERMS = 8;

/**
 * The duplicate radar: proposals like this one, across departments and fiscal years, with why
 * (shared words, the same theme, the same organisation) and where each stands. City staff in
 * charge only; a proposal the caller may not open is shown as "another proposal".
 * @throws proposals.not_found, auth.forbidden
 */
export async function listSimilar(args: { ctx: AppContext; actor: Actor; proposalId: string }) {
  const { ctx, actor, proposalId } = args;
  const access = await ctx.cases.load(ctx.db, actor, proposalId);
  if (!maySeeSimilar(access)) {
    throw new AppError('auth.forbidden');
  }
  const p = access.proposal;
  const terms = termsOf(`${p.title} ${p.summary}`).slice(0, SIMILAR_TERMS);
  const rows = await findSimilarProposals(ctx.db, {
    proposalId,
    terms,
    themeId: p.themeId,
    organizationId: p.organizationId,
    visibleTo:
      actor.role === 'coordinator' || !actor.departmentId
        ? { all: true }
        : { departmentId: actor.departmentId },
    limit: SIMILAR_LIMIT,
  });
  return rows.map((row) => ({
    id: row.visible ? row.id : null,
    referenceNumber: row.visible ? row.referenceNumber : null,
    title: row.visible ? row.title : null,
    status: row.status,
    fiscalYear: row.fiscalYear,
    reasons: {
      words: row.words,
      sameTheme: row.sameTheme,
      sameOrganization: row.sameOrganization,
    },
  }));
}
