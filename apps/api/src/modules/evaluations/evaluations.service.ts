/**
 * STEP 6 evaluations: the lead department writes the evaluation (a new version each time) with
 * what each KPI achieved, what worked and what did not, the next stage and, optionally, the
 * SROI computed by `@kyoso/impact`; the proposer adds their comment. `complete` then carries out
 * the next stage the evaluation recommends.
 */
import type { EvaluationInput } from '@kyoso/contracts/evaluations';
import { computeSroi } from '@kyoso/impact/sroi';
import { textOf } from '@kyoso/i18n/core';
import { recordsMessages } from '@kyoso/i18n/catalogues/records';
import type { AppContext } from '../../app-context';
import { recordAuditEvent } from '../audit/audit.repository';
import { kpisOf } from '../kpis/kpis.case';
import { notifyCase } from '../proposals/proposals.notifications';
import { lockProposal } from '../proposals/proposals.repository';
import { recordCaseEvent } from '../proposals/proposals.timeline';
import { AppError } from '../shared/errors';
import type { Actor } from '../users/actor';
import { evaluationOf } from './evaluations.case';
import { evaluationPermissions } from './evaluations.policies';
import { presentEvaluation } from './evaluations.presenter';
import {
  findEvaluationVersions,
  insertEvaluation,
  saveEvaluationComment,
} from './evaluations.repository';

type Args = { ctx: AppContext; actor: Actor; proposalId: string };
type Client = { ip: string | null };

/** The evaluation as the caller may read it. */
export async function getEvaluation(args: Args) {
  const access = await args.ctx.cases.load(args.ctx.db, args.actor, args.proposalId);
  return { evaluation: presentEvaluation(evaluationOf(access), access.audience) };
}

/** Every version, newest first (city staff). */
export async function listEvaluationVersions(args: Args) {
  const access = await args.ctx.cases.load(args.ctx.db, args.actor, args.proposalId);
  if (access.audience !== 'staff') {
    throw new AppError('auth.forbidden');
  }
  const state = evaluationOf(access);
  return (await findEvaluationVersions(args.ctx.db, args.proposalId)).map((current) =>
    presentEvaluation(state, 'staff', current)!,
  );
}

/**
 * Records a new version of the evaluation (the lead department, during the evaluation).
 * @throws proposals.not_found, auth.forbidden, evaluations.not_open, evaluations.version_conflict,
 *   request.invalid_body (a KPI that is not the project's)
 */
export async function recordEvaluation(args: Args & Client & { input: EvaluationInput }) {
  const { ctx, actor, proposalId, input, ip } = args;
  await ctx.db.transaction(async (tx) => {
    const access = await ctx.cases.load(tx, actor, proposalId);
    if (!access.relations.includes('lead_department')) {
      throw new AppError('auth.forbidden');
    }
    if (access.proposal.status !== 'evaluation') {
      throw new AppError('evaluations.not_open');
    }
    await lockProposal(tx, proposalId);
    const fresh = await ctx.cases.reload(tx, access);
    const version = evaluationOf(fresh).current?.version ?? 0;
    if (input.expectedVersion !== undefined && input.expectedVersion !== version) {
      throw new AppError('evaluations.version_conflict');
    }
    const kpis = new Map(kpisOf(fresh).kpis.map((k) => [k.id, k.name]));
    const unknown = input.achievements.flatMap((a, index) => (kpis.has(a.kpiId) ? [] : [index]));
    if (unknown.length > 0) {
      throw new AppError('request.invalid_body', {
        details: unknown.map((index) => ({
          path: `achievements.${index}.kpiId`,
          code: 'evaluations.unknown_kpi',
          message: { key: 'detail.evaluations.unknown_kpi' },
        })),
      });
    }
    const row = await insertEvaluation(tx, {
      proposalId,
      version: version + 1,
      createdAt: ctx.now(),
      achievements: input.achievements.map((a) => ({ ...a, kpiName: kpis.get(a.kpiId)! })),
      whatWorked: input.whatWorked,
      whatDidNot: input.whatDidNot,
      cityComment: input.cityComment,
      nextStage: input.nextStage,
      nextStageReason: input.nextStageReason,
      sroiInput: input.sroi,
      sroiResult: input.sroi ? computeSroi(input.sroi) : null,
      recordedBy: actor.id,
    });
    const event = {
      type: 'evaluation_recorded' as const,
      data: { version: row.version, nextStage: row.nextStage },
    };
    await recordCaseEvent(tx, { proposalId, actor, ...event });
    await notifyCase({
      ctx,
      tx,
      access,
      actor,
      to: 'proposer',
      event,
      next: textOf(recordsMessages, 'mail.next.evaluation_recorded'),
      tab: 'evaluation',
    });
    await recordAuditEvent(tx, {
      actorUserId: actor.id,
      action: 'evaluation.recorded',
      subjectType: 'proposal',
      subjectId: proposalId,
      data: { evaluationId: row.id, version: row.version },
      ip,
    });
  });
  ctx.wakeOutbox();
  return getEvaluation(args);
}

/**
 * The proposer's comment on the evaluation (replaces their earlier one; the timeline keeps each).
 * @throws proposals.not_found, auth.forbidden, evaluations.not_found
 */
export async function commentOnEvaluation(args: Args & Client & { comment: string }) {
  const { ctx, actor, proposalId, comment, ip } = args;
  await ctx.db.transaction(async (tx) => {
    const access = await ctx.cases.load(tx, actor, proposalId);
    if (!access.relations.includes('proposer')) {
      throw new AppError('auth.forbidden');
    }
    const can = evaluationPermissions(
      access.relations,
      access.proposal.status,
      evaluationOf(access),
    );
    if (!can.commentEvaluation) {
      throw new AppError('evaluations.not_found');
    }
    await saveEvaluationComment(tx, {
      proposalId,
      comment,
      commentedBy: actor.id,
      commentedAt: ctx.now(),
    });
    const event = { type: 'evaluation_commented' as const, data: {} };
    await recordCaseEvent(tx, { proposalId, actor, reason: comment, ...event });
    await notifyCase({
      ctx,
      tx,
      access,
      actor,
      to: 'lead_department',
      event,
      quote: { label: textOf(recordsMessages, 'mail.commentLabel'), text: comment },
      tab: 'evaluation',
    });
    await recordAuditEvent(tx, {
      actorUserId: actor.id,
      action: 'evaluation.commented',
      subjectType: 'proposal',
      subjectId: proposalId,
      ip,
    });
  });
  ctx.wakeOutbox();
  return getEvaluation(args);
}
