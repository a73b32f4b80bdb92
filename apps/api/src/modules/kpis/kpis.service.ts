/**
 * STEPs 5–6: the logic model and the KPIs, edited by both sides; the proposer's reports of
 * actual values per period; the lead department's verification or question, and the answer.
 * Each change is one transaction with its timeline entry and audit row, and keeps the due date
 * of STEP 6 (the next report) current.
 */
import { tokyoDate } from '@kyoso/calendar/dates';
import type { AuditEventAction } from '@kyoso/contracts/audit';
import type { KpiInput, KpiReportInput, LogicModelInput } from '@kyoso/contracts/kpis';
import { textOf } from '@kyoso/i18n/core';
import { recordsMessages } from '@kyoso/i18n/catalogues/records';
import type { AppContext } from '../../app-context';
import { agreementOf } from '../agreements/agreements.case';
import { cleanFileName, storeUpload } from '../attachments/attachments.service';
import type { ObjectStorage } from '../attachments/storage';
import { recordAuditEvent } from '../audit/audit.repository';
import type { CaseAccess } from '../proposals/proposals.case';
import { notifyCase } from '../proposals/proposals.notifications';
import { lockProposal } from '../proposals/proposals.repository';
import { recordCaseEvent } from '../proposals/proposals.timeline';
import { getServiceLevels } from '../settings/settings.service';
import { AppError } from '../shared/errors';
import type { Actor } from '../users/actor';
import { kpisOf, kpisViewFor } from './kpis.case';
import { KPI_REPORT_STATUSES, kpiPermissions, sideOf } from './kpis.policies';
import { presentKpi, presentReport } from './kpis.presenter';
import {
  findReport,
  insertKpiRevision,
  insertLogicModel,
  insertReport,
  replaceKpis,
  updateReport,
  type KpiReportRecord,
} from './kpis.repository';

type Args = { ctx: AppContext; actor: Actor; proposalId: string };
type Client = { ip: string | null };
type Tx = Parameters<Parameters<AppContext['db']['transaction']>[0]>[0];

function can(access: CaseAccess) {
  return kpiPermissions(access.relations, access.proposal.status);
}

async function audit(
  tx: Tx,
  actor: Actor,
  proposalId: string,
  action: AuditEventAction,
  ip: string | null,
  data: Record<string, unknown> = {},
) {
  await recordAuditEvent(tx, {
    actorUserId: actor.id,
    action,
    subjectType: 'proposal',
    subjectId: proposalId,
    data,
    ip,
  });
}

/** The KPIs (with periods and reports) and the logic model, as the caller sees them. */
export async function getKpis(args: Args) {
  const access = await args.ctx.cases.load(args.ctx.db, args.actor, args.proposalId);
  const { kpis, kpiVersion, logicModel } = kpisViewFor(access, args.ctx.now());
  return { kpis, version: kpiVersion, logicModel };
}

/**
 * Saves a new version of the logic model (either side, from adoption to the evaluation).
 * @throws proposals.not_found, auth.forbidden, kpis.not_open, kpis.version_conflict
 */
export async function saveLogicModel(args: Args & Client & { input: LogicModelInput }) {
  const { ctx, actor, proposalId, input, ip } = args;
  await ctx.db.transaction(async (tx) => {
    const access = await ctx.cases.load(tx, actor, proposalId);
    const side = sideOf(access.relations);
    if (!side) {
      throw new AppError('auth.forbidden');
    }
    if (!can(access).editLogicModel) {
      throw new AppError('kpis.not_open');
    }
    await lockProposal(tx, proposalId);
    const current = kpisOf(await ctx.cases.reload(tx, access)).logicModel?.version ?? 0;
    if (input.expectedVersion !== undefined && input.expectedVersion !== current) {
      throw new AppError('kpis.version_conflict');
    }
    await insertLogicModel(tx, {
      ...input,
      proposalId,
      version: current + 1,
      updatedBy: actor.id,
      updatedSide: side,
    });
    const event = { type: 'logic_model_updated' as const, data: { version: current + 1 } };
    await recordCaseEvent(tx, { proposalId, actor, ...event });
    await notifyCase({
      ctx,
      tx,
      access,
      actor,
      to: side === 'city' ? 'proposer' : 'lead_department',
      event,
      next: textOf(recordsMessages, 'mail.next.logic_model_updated'),
      tab: 'kpis',
    });
    await audit(tx, actor, proposalId, 'logic_model.updated', ip, { version: current + 1 });
  });
  ctx.wakeOutbox();
  return getKpis(args);
}

/**
 * Replaces the KPI set (either side): KPIs keep their id and reports; a KPI left out is archived.
 * @throws proposals.not_found, auth.forbidden, kpis.not_open, kpis.version_conflict,
 *   request.invalid_body (an id that is not one of this proposal's KPIs)
 */
export async function saveKpis(
  args: Args & Client & { kpis: KpiInput[]; expectedVersion?: number | undefined },
) {
  const { ctx, actor, proposalId, kpis, expectedVersion, ip } = args;
  await ctx.db.transaction(async (tx) => {
    const access = await ctx.cases.load(tx, actor, proposalId);
    if (!sideOf(access.relations)) {
      throw new AppError('auth.forbidden');
    }
    if (!can(access).editKpis) {
      throw new AppError('kpis.not_open');
    }
    await lockProposal(tx, proposalId);
    const state = kpisOf(await ctx.cases.reload(tx, access));
    if (expectedVersion !== undefined && expectedVersion !== state.version) {
      throw new AppError('kpis.version_conflict');
    }
    const known = new Set(state.kpis.map((k) => k.id));
    const unknown = kpis.flatMap((k, index) => (k.id && !known.has(k.id) ? [index] : []));
    if (unknown.length > 0) {
      throw new AppError('request.invalid_body', {
        details: unknown.map((index) => ({
          path: `kpis.${index}.id`,
          code: 'kpis.unknown_kpi',
          message: { key: 'detail.kpis.unknown_kpi' },
        })),
      });
    }
    const ids = await replaceKpis(tx, proposalId, kpis, ctx.now());
    const version = state.version + 1;
    await insertKpiRevision(tx, {
      proposalId,
      version,
      snapshot: kpis.map((k, i) => ({ ...k, id: ids[i] })),
      changedBy: actor.id,
    });
    const event = {
      type: 'kpis_defined' as const,
      data: { version, count: kpis.length, names: kpis.map((k) => k.name) },
    };
    await recordCaseEvent(tx, { proposalId, actor, ...event });
    await notifyCase({
      ctx,
      tx,
      access,
      actor,
      to: sideOf(access.relations) === 'city' ? 'proposer' : 'lead_department',
      event,
      next: textOf(recordsMessages, 'mail.next.kpis_defined'),
      tab: 'kpis',
    });
    await audit(tx, actor, proposalId, 'kpis.defined', ip, { version, count: kpis.length });
    await ctx.cases.refreshDue(tx, access, await getServiceLevels(tx));
  });
  ctx.wakeOutbox();
  return getKpis(args);
}

/** A KPI of the case and the period that starts on `periodStart`, or the error that says why not. */
async function kpiPeriod(
  ctx: AppContext,
  db: Tx,
  access: CaseAccess,
  kpiId: string,
  periodStart: string,
) {
  const kpi = kpisOf(access).kpis.find((k) => k.id === kpiId);
  if (!kpi) {
    throw new AppError('kpis.not_found');
  }
  const view = presentKpi(kpi, {
    agreementEndsOn: agreementOf(access).current?.endsOn ?? null,
    levels: await getServiceLevels(db),
    today: tokyoDate(ctx.now()),
  });
  const period = view.periods.find((p) => p.periodStart === periodStart);
  const invalid = (code: 'not_a_period' | 'period_not_ended') =>
    new AppError('request.invalid_body', {
      details: [
        {
          path: 'periodStart',
          code: `kpis.${code}`,
          message: { key: `detail.kpis.${code}` },
        },
      ],
    });
  if (!period) {
    throw invalid('not_a_period');
  }
  if (period.periodEnd > tokyoDate(ctx.now())) {
    throw invalid('period_not_ended');
  }
  return { kpi, period };
}

function reportOf(access: CaseAccess, reportId: string) {
  for (const kpi of kpisOf(access).kpis) {
    const report: KpiReportRecord | undefined = kpi.reports.find((r) => r.id === reportId);
    if (report) {
      return { report, kpiName: kpi.name, period: kpi.period };
    }
  }
  throw new AppError('kpis.report_not_found');
}

/**
 * The proposer reports the actual value of a KPI for one period that has ended.
 * @throws proposals.not_found, auth.forbidden, kpis.not_reporting, kpis.not_found,
 *   kpis.report_exists, request.invalid_body (not one of the KPI's periods, not ended yet)
 */
export async function reportKpi(args: Args & Client & { kpiId: string; input: KpiReportInput }) {
  const { ctx, actor, proposalId, kpiId, input, ip } = args;
  const id = await ctx.db.transaction(async (tx) => {
    const access = await ctx.cases.load(tx, actor, proposalId);
    if (!access.relations.includes('proposer')) {
      throw new AppError('auth.forbidden');
    }
    if (!KPI_REPORT_STATUSES.includes(access.proposal.status)) {
      throw new AppError('kpis.not_reporting');
    }
    const { kpi, period } = await kpiPeriod(ctx, tx, access, kpiId, input.periodStart);
    const row = await insertReport(tx, {
      kpiId,
      proposalId,
      periodStart: period.periodStart,
      periodEnd: period.periodEnd,
      actual: input.actual,
      comment: input.comment,
      reportedBy: actor.id,
      reportedAt: ctx.now(),
    });
    if (!row) {
      throw new AppError('kpis.report_exists');
    }
    const event = {
      type: 'kpi_reported' as const,
      data: {
        kpi: kpi.name,
        kpiId,
        period: kpi.period,
        periodStart: period.periodStart,
        periodEnd: period.periodEnd,
        reportId: row.id,
      },
    };
    await recordCaseEvent(tx, { proposalId, actor, ...event });
    await notifyCase({
      ctx,
      tx,
      access,
      actor,
      to: 'lead_department',
      event,
      next: textOf(recordsMessages, 'mail.next.kpi_reported'),
      quote: input.comment
        ? { label: textOf(recordsMessages, 'mail.commentLabel'), text: input.comment }
        : null,
      tab: 'kpis',
    });
    await audit(tx, actor, proposalId, 'kpi.reported', ip, { reportId: row.id });
    await ctx.cases.refreshDue(tx, access, await getServiceLevels(tx));
    return row.id;
  });
  ctx.wakeOutbox();
  return oneReport(args, id);
}

async function oneReport(args: Args, reportId: string) {
  const access = await args.ctx.cases.load(args.ctx.db, args.actor, args.proposalId);
  return presentReport(reportOf(access, reportId).report);
}

/**
 * The lead department verifies a report or asks a question about it (a question needs words).
 * @throws proposals.not_found, auth.forbidden, kpis.report_not_found, kpis.report_state,
 *   request.invalid_body
 */
export async function reviewReport(
  args: Args & Client & { reportId: string; verdict: 'verify' | 'question'; comment: string },
) {
  const { ctx, actor, proposalId, reportId, verdict, comment, ip } = args;
  if (verdict === 'question' && comment === '') {
    throw new AppError('request.invalid_body', {
      details: [
        {
          path: 'comment',
          code: 'kpis.question_required',
          message: { key: 'detail.kpis.question_required' },
        },
      ],
    });
  }
  await ctx.db.transaction(async (tx) => {
    const access = await ctx.cases.load(tx, actor, proposalId);
    if (!can(access).verifyKpi) {
      throw new AppError('auth.forbidden');
    }
    await lockProposal(tx, proposalId);
    const { report, kpiName, period } = reportOf(await ctx.cases.reload(tx, access), reportId);
    if (report.status !== 'submitted' && report.status !== 'answered') {
      throw new AppError('kpis.report_state');
    }
    await updateReport(tx, reportId, {
      status: verdict === 'verify' ? 'verified' : 'questioned',
      review: comment === '' ? null : comment,
      reviewedBy: actor.id,
      reviewedAt: ctx.now(),
    });
    const event = {
      type: verdict === 'verify' ? ('kpi_verified' as const) : ('kpi_questioned' as const),
      data: {
        kpi: kpiName,
        kpiId: report.kpiId,
        period,
        periodStart: report.periodStart,
        periodEnd: report.periodEnd,
        reportId,
      },
    };
    await recordCaseEvent(tx, {
      proposalId,
      actor,
      reason: verdict === 'question' ? comment : null,
      ...event,
    });
    await notifyCase({
      ctx,
      tx,
      access,
      actor,
      to: 'proposer',
      event,
      next: verdict === 'question' ? textOf(recordsMessages, 'mail.next.kpi_questioned') : null,
      quote:
        comment === ''
          ? null
          : {
              label: textOf(
                recordsMessages,
                verdict === 'question' ? 'mail.questionLabel' : 'mail.commentLabel',
              ),
              text: comment,
            },
      tab: 'kpis',
    });
    await audit(
      tx,
      actor,
      proposalId,
      `kpi.${verdict === 'verify' ? 'verified' : 'questioned'}`,
      ip,
      {
        reportId,
      },
    );
  });
  ctx.wakeOutbox();
  return oneReport(args, reportId);
}

/**
 * The proposer answers the department's question (and may correct the figure).
 * @throws proposals.not_found, auth.forbidden, kpis.report_not_found, kpis.report_state
 */
export async function answerReport(
  args: Args & Client & { reportId: string; answer: string; actual?: number | undefined },
) {
  const { ctx, actor, proposalId, reportId, answer, actual, ip } = args;
  await ctx.db.transaction(async (tx) => {
    const access = await ctx.cases.load(tx, actor, proposalId);
    if (!access.relations.includes('proposer')) {
      throw new AppError('auth.forbidden');
    }
    await lockProposal(tx, proposalId);
    const { report, kpiName, period } = reportOf(await ctx.cases.reload(tx, access), reportId);
    if (report.status !== 'questioned') {
      throw new AppError('kpis.report_state');
    }
    await updateReport(tx, reportId, {
      status: 'answered',
      answer,
      answeredBy: actor.id,
      answeredAt: ctx.now(),
      ...(actual === undefined ? {} : { actual }),
    });
    const event = {
      type: 'kpi_answered' as const,
      data: {
        kpi: kpiName,
        kpiId: report.kpiId,
        period,
        periodStart: report.periodStart,
        periodEnd: report.periodEnd,
        reportId,
        ...(actual === undefined ? {} : { correctedFrom: report.actual, correctedTo: actual }),
      },
    };
    await recordCaseEvent(tx, { proposalId, actor, reason: answer, ...event });
    await notifyCase({
      ctx,
      tx,
      access,
      actor,
      to: 'lead_department',
      event,
      next: textOf(recordsMessages, 'mail.next.kpi_answered'),
      quote: { label: textOf(recordsMessages, 'mail.answerLabel'), text: answer },
      tab: 'kpis',
    });
    await audit(tx, actor, proposalId, 'kpi.answered', ip, { reportId });
  });
  ctx.wakeOutbox();
  return oneReport(args, reportId);
}

/**
 * The proposer attaches a file to a report (evidence for the figure), until it is verified.
 * @throws proposals.not_found, auth.forbidden, kpis.report_not_found, kpis.report_state,
 *   attachments.unsupported_type, attachments.too_large
 */
export async function attachReportFile(
  args: Args & { storage: ObjectStorage; reportId: string; fileName: string; bytes: Buffer },
) {
  const { ctx, actor, proposalId, storage, reportId, bytes } = args;
  const access = await ctx.cases.load(ctx.db, actor, proposalId);
  if (!access.relations.includes('proposer')) {
    throw new AppError('auth.forbidden');
  }
  const { report } = reportOf(access, reportId);
  if (report.status === 'verified') {
    throw new AppError('kpis.report_state');
  }
  const stored = await storeUpload(storage, proposalId, bytes);
  try {
    await ctx.db.transaction(async (tx) => {
      const row = await findReport(tx, proposalId, reportId);
      await updateReport(tx, reportId, {
        fileKey: stored.storageKey,
        fileName: cleanFileName(args.fileName),
        fileSize: stored.sizeBytes,
        fileMediaType: stored.mediaType,
      });
      if (row?.fileKey) {
        await storage.delete(row.fileKey).catch(() => undefined);
      }
    });
  } catch (error) {
    await storage.delete(stored.storageKey).catch(() => undefined);
    throw error;
  }
  return oneReport(args, reportId);
}

/** A report's file, for whoever may see the case. */
export async function readReportFile(args: Args & { storage: ObjectStorage; reportId: string }) {
  const { ctx, actor, proposalId, storage, reportId } = args;
  await ctx.cases.load(ctx.db, actor, proposalId);
  const row = await findReport(ctx.db, proposalId, reportId);
  if (!row?.fileKey || !row.fileName) {
    throw new AppError('kpis.report_not_found');
  }
  return {
    fileName: row.fileName,
    mediaType: row.fileMediaType ?? 'application/octet-stream',
    bytes: await storage.get(row.fileKey),
  };
}
