/**
 * STEP 5 agreements: the lead department records the terms (a new version each time), the
 * proposer confirms the version they read, the signed PDF and its date are added, and a public
 * summary is written that is published only with the proposer's consent. Each change is one
 * transaction with its timeline entry and audit row.
 */
import { councilSessionStartingIn, suggestCouncilSession } from '@kyoso/calendar/budget-calendar';
import { tokyoDate } from '@kyoso/calendar/dates';
import type { AgreementInput } from '@kyoso/contracts/agreements';
import type { CouncilVoteKind } from '@kyoso/calendar/budget-calendar';
import { textOf } from '@kyoso/i18n/core';
import { recordsMessages } from '@kyoso/i18n/catalogues/records';
import type { AppContext } from '../../app-context';
import { cleanFileName, storeUpload } from '../attachments/attachments.service';
import type { ObjectStorage } from '../attachments/storage';
import { recordAuditEvent } from '../audit/audit.repository';
import { decisionsOf } from '../decisions/decisions.case';
import type { CaseAccess } from '../proposals/proposals.case';
import { notifyCase } from '../proposals/proposals.notifications';
import { lockProposal } from '../proposals/proposals.repository';
import { recordCaseEvent } from '../proposals/proposals.timeline';
import { getCalendarSettings } from '../settings/settings.service';
import { AppError } from '../shared/errors';
import type { Actor } from '../users/actor';
import { agreementOf, agreementViewFor } from './agreements.case';
import { AGREEMENT_STATUS, PROJECT_STATUSES, agreementPermissions } from './agreements.policies';
import {
  confirmAgreementVersion,
  findAgreementVersions,
  insertAgreement,
  setAgreementDocument,
  setPublicSummaryConsent,
  writePublicSummary,
} from './agreements.repository';
import { presentAgreement } from './agreements.presenter';

type Args = { ctx: AppContext; actor: Actor; proposalId: string };
type Client = { ip: string | null };

function permissionsOf(access: CaseAccess) {
  return agreementPermissions(access.relations, access.proposal.status, agreementOf(access));
}

/** What the council vote defaults to: a new budget in the decision means a budget vote. */
function defaultVote(access: CaseAccess): CouncilVoteKind | null {
  const current = agreementOf(access).current;
  if (current && current.councilVote !== 'none') {
    return current.councilVote;
  }
  return decisionsOf(access).current?.fiscalBurden === 'new_budget' ? 'budget' : null;
}

/** The council session the calendar suggests for a vote decided today (or on `on`). */
export async function councilSuggestion(
  args: Args & { vote: CouncilVoteKind; on?: string | undefined },
) {
  const { ctx, actor, proposalId, vote } = args;
  const access = await ctx.cases.load(ctx.db, actor, proposalId);
  if (!permissionsOf(access).recordAgreement) {
    throw new AppError('auth.forbidden');
  }
  const settings = await getCalendarSettings(ctx.db);
  const decision = decisionsOf(access).current;
  return {
    councilSession: suggestCouncilSession(
      args.on ?? tokyoDate(ctx.now()),
      { kind: vote, budgetFiscalYear: decision?.budgetFiscalYear ?? null },
      settings,
    ),
  };
}

/** The agreement as the caller may read it, and the calendar's suggestion for its writer. */
export async function getAgreement(args: Args) {
  const { ctx, actor, proposalId } = args;
  const access = await ctx.cases.load(ctx.db, actor, proposalId);
  const can = permissionsOf(access);
  if (!can.readAgreement) {
    return { agreement: null, suggestion: null };
  }
  const vote = can.recordAgreement ? defaultVote(access) : null;
  const suggestion = can.recordAgreement
    ? {
        councilSession: vote ? (await councilSuggestion({ ...args, vote })).councilSession : null,
      }
    : null;
  return { agreement: agreementViewFor(access), suggestion };
}

/** Every version of the terms, newest first (city staff). */
export async function listAgreementVersions(args: Args) {
  const { ctx, actor, proposalId } = args;
  const access = await ctx.cases.load(ctx.db, actor, proposalId);
  if (access.audience !== 'staff') {
    throw new AppError('auth.forbidden');
  }
  const versions = await findAgreementVersions(ctx.db, proposalId);
  const state = agreementOf(access);
  const decision = decisionsOf(access).current;
  return versions.map((current) =>
    presentAgreement({ current, summary: state.summary }, 'staff', {
      originalityJustification: decision?.original ? decision.originalityJustification : null,
    })!,
  );
}

/**
 * Records a new version of the terms (lead department, STEP 5).
 * @throws proposals.not_found, auth.forbidden, agreements.not_open, agreements.version_conflict,
 *   request.invalid_body (a month in which no council session starts)
 */
export async function recordAgreement(args: Args & Client & { input: AgreementInput }) {
  const { ctx, actor, proposalId, input, ip } = args;
  const settings = await getCalendarSettings(ctx.db);
  const session = input.councilSessionMonth
    ? councilSessionStartingIn(input.councilSessionMonth, settings)
    : null;
  if (input.councilVote !== 'none' && !session) {
    throw new AppError('request.invalid_body', {
      details: [
        {
          path: 'councilSessionMonth',
          code: 'agreements.not_a_session',
          message: { key: 'detail.agreements.not_a_session' },
        },
      ],
    });
  }
  await ctx.db.transaction(async (tx) => {
    const access = await ctx.cases.load(tx, actor, proposalId);
    if (!access.relations.includes('lead_department')) {
      throw new AppError('auth.forbidden');
    }
    if (access.proposal.status !== AGREEMENT_STATUS) {
      throw new AppError('agreements.not_open');
    }
    await lockProposal(tx, proposalId);
    const current = agreementOf(await ctx.cases.reload(tx, access)).current;
    const version = current?.version ?? 0;
    if (input.expectedVersion !== undefined && input.expectedVersion !== version) {
      throw new AppError('agreements.version_conflict');
    }
    const row = await insertAgreement(tx, {
      proposalId,
      version: version + 1,
      createdAt: ctx.now(),
      type: input.type,
      contractMethod: input.type === 'contract' ? input.contractMethod : null,
      openCall: input.openCall,
      openCallProtection: input.openCall ? input.openCallProtection : '',
      parties: input.parties,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      cityCommitments: input.cityCommitments,
      companyCommitments: input.companyCommitments,
      councilVote: input.councilVote,
      councilSession: input.councilVote === 'none' ? null : session,
      recordedBy: actor.id,
    });
    const event = {
      type: 'agreement_recorded' as const,
      data: { version: row.version, type: row.type, openCall: row.openCall },
    };
    await recordCaseEvent(tx, { proposalId, actor, ...event });
    // The proposer reads the terms before signing anything, with the open call if there is one.
    await notifyCase({
      ctx,
      tx,
      access,
      actor,
      to: 'proposer',
      event,
      next: textOf(recordsMessages, 'mail.next.agreement_recorded'),
      notice: row.openCall ? textOf(recordsMessages, 'agreement.openCall') : null,
      quote: row.openCall
        ? {
            label: textOf(recordsMessages, 'agreement.openCallProtection'),
            text: row.openCallProtection,
          }
        : null,
      tab: 'agreement',
    });
    await recordAuditEvent(tx, {
      actorUserId: actor.id,
      action: 'agreement.recorded',
      subjectType: 'proposal',
      subjectId: proposalId,
      data: { agreementId: row.id, version: row.version },
      ip,
    });
  });
  ctx.wakeOutbox();
  return getAgreement(args);
}

/**
 * The proposer confirms the version they read.
 * @throws proposals.not_found, auth.forbidden, agreements.not_found, agreements.stale_version
 */
export async function confirmAgreement(args: Args & Client & { version: number }) {
  const { ctx, actor, proposalId, version, ip } = args;
  await ctx.db.transaction(async (tx) => {
    const access = await ctx.cases.load(tx, actor, proposalId);
    if (!access.relations.includes('proposer')) {
      throw new AppError('auth.forbidden');
    }
    await lockProposal(tx, proposalId);
    const current = agreementOf(await ctx.cases.reload(tx, access)).current;
    if (!current) {
      throw new AppError('agreements.not_found');
    }
    if (access.proposal.status !== AGREEMENT_STATUS) {
      throw new AppError('agreements.not_open');
    }
    if (current.version !== version) {
      throw new AppError('agreements.stale_version');
    }
    if (current.confirmedAt) {
      return;
    }
    await confirmAgreementVersion(tx, current.id, actor.id, ctx.now());
    const event = { type: 'agreement_confirmed' as const, data: { version } };
    await recordCaseEvent(tx, { proposalId, actor, ...event });
    await notifyCase({
      ctx,
      tx,
      access,
      actor,
      to: 'lead_department',
      event,
      next: textOf(recordsMessages, 'mail.next.agreement_confirmed'),
      tab: 'agreement',
    });
    await recordAuditEvent(tx, {
      actorUserId: actor.id,
      action: 'agreement.confirmed',
      subjectType: 'proposal',
      subjectId: proposalId,
      data: { agreementId: current.id, version },
      ip,
    });
  });
  ctx.wakeOutbox();
  return getAgreement(args);
}

/**
 * The signed agreement (a PDF, checked by its bytes) and its signing date, on the latest version.
 * @throws proposals.not_found, auth.forbidden, agreements.not_open, agreements.not_found,
 *   request.invalid_body (not a PDF, a date after today), attachments.too_large
 */
export async function addSignedDocument(
  args: Args &
    Client & { storage: ObjectStorage; fileName: string; bytes: Buffer; signedOn: string },
) {
  const { ctx, actor, proposalId, storage, bytes, signedOn, ip } = args;
  const access = await ctx.cases.load(ctx.db, actor, proposalId);
  if (!access.relations.includes('lead_department')) {
    throw new AppError('auth.forbidden');
  }
  if (access.proposal.status !== AGREEMENT_STATUS) {
    throw new AppError('agreements.not_open');
  }
  if (!agreementOf(access).current) {
    throw new AppError('agreements.not_found');
  }
  if (signedOn > tokyoDate(ctx.now())) {
    throw new AppError('request.invalid_body', {
      details: [
        {
          path: 'signedOn',
          code: 'agreements.signed_in_future',
          message: { key: 'detail.agreements.signed_in_future' },
        },
      ],
    });
  }
  const notPdf = new AppError('request.invalid_body', {
    details: [
      { path: 'file', code: 'agreements.not_pdf', message: { key: 'detail.agreements.not_pdf' } },
    ],
  });
  const stored = await storeUpload(storage, proposalId, bytes).catch((error: unknown) => {
    throw error instanceof AppError && error.code === 'attachments.unsupported_type'
      ? notPdf
      : error;
  });
  if (stored.kind !== 'pdf') {
    await storage.delete(stored.storageKey).catch(() => undefined);
    throw notPdf;
  }
  try {
    await ctx.db.transaction(async (tx) => {
      await lockProposal(tx, proposalId);
      const current = agreementOf(await ctx.cases.reload(tx, access)).current!;
      await setAgreementDocument(tx, current.id, {
        signedOn,
        documentKey: stored.storageKey,
        documentName: cleanFileName(args.fileName),
        documentSize: stored.sizeBytes,
        documentSha256: stored.sha256,
        documentUploadedBy: actor.id,
        documentUploadedAt: ctx.now(),
      });
      const event = {
        type: 'agreement_document' as const,
        data: { version: current.version, signedOn, sha256: stored.sha256 },
      };
      await recordCaseEvent(tx, { proposalId, actor, ...event });
      await notifyCase({
        ctx,
        tx,
        access,
        actor,
        to: 'proposer',
        event,
        next: textOf(recordsMessages, 'mail.next.agreement_document'),
        tab: 'agreement',
      });
      await recordAuditEvent(tx, {
        actorUserId: actor.id,
        action: 'agreement.document_added',
        subjectType: 'proposal',
        subjectId: proposalId,
        data: { agreementId: current.id, sha256: stored.sha256, replaced: current.documentKey },
        ip,
      });
    });
  } catch (error) {
    await storage.delete(stored.storageKey).catch(() => undefined);
    throw error;
  }
  ctx.wakeOutbox();
  return getAgreement(args);
}

/** The signed document's bytes, for whoever may read the agreement. */
export async function readSignedDocument(args: Args & { storage: ObjectStorage }) {
  const { ctx, actor, proposalId, storage } = args;
  const access = await ctx.cases.load(ctx.db, actor, proposalId);
  const current = agreementOf(access).current;
  if (!current?.documentKey || !current.documentName) {
    throw new AppError('agreements.no_document');
  }
  return { fileName: current.documentName, bytes: await storage.get(current.documentKey) };
}

/**
 * The lead department writes the public summary of the project (its consent starts over).
 * @throws proposals.not_found, auth.forbidden, agreements.not_open
 */
export async function writeSummary(args: Args & Client & { text: string }) {
  const { ctx, actor, proposalId, text, ip } = args;
  await ctx.db.transaction(async (tx) => {
    const access = await ctx.cases.load(tx, actor, proposalId);
    if (!access.relations.includes('lead_department')) {
      throw new AppError('auth.forbidden');
    }
    if (!PROJECT_STATUSES.includes(access.proposal.status)) {
      throw new AppError('agreements.not_open');
    }
    await writePublicSummary(tx, proposalId, text, actor.id, ctx.now());
    const event = { type: 'public_summary_written' as const, data: {} };
    await recordCaseEvent(tx, { proposalId, actor, ...event });
    await notifyCase({
      ctx,
      tx,
      access,
      actor,
      to: 'proposer',
      event,
      next: textOf(recordsMessages, 'mail.next.public_summary_written'),
      quote: { label: textOf(recordsMessages, 'mail.summaryLabel'), text },
      tab: 'agreement',
    });
    await recordAuditEvent(tx, {
      actorUserId: actor.id,
      action: 'public_summary.written',
      subjectType: 'proposal',
      subjectId: proposalId,
      ip,
    });
  });
  ctx.wakeOutbox();
  return getAgreement(args);
}

/**
 * The proposer consents to the summary as they read it, or withdraws consent.
 * @throws proposals.not_found, auth.forbidden, agreements.not_found, agreements.summary_changed
 */
export async function consentToSummary(args: Args & Client & { consent: boolean; text: string }) {
  const { ctx, actor, proposalId, consent, text, ip } = args;
  await ctx.db.transaction(async (tx) => {
    const access = await ctx.cases.load(tx, actor, proposalId);
    if (!access.relations.includes('proposer')) {
      throw new AppError('auth.forbidden');
    }
    await lockProposal(tx, proposalId);
    const summary = agreementOf(await ctx.cases.reload(tx, access)).summary;
    if (!summary) {
      throw new AppError('agreements.not_found');
    }
    if (consent && summary.text !== text) {
      throw new AppError('agreements.summary_changed');
    }
    if (consent === (summary.consentedAt !== null)) {
      return;
    }
    await setPublicSummaryConsent(
      tx,
      proposalId,
      consent ? { userId: actor.id, at: ctx.now() } : null,
    );
    const event = {
      type: consent ? ('public_summary_consented' as const) : ('public_summary_withdrawn' as const),
      data: {},
    };
    await recordCaseEvent(tx, { proposalId, actor, ...event });
    await notifyCase({ ctx, tx, access, actor, to: 'lead_department', event, tab: 'agreement' });
    await recordAuditEvent(tx, {
      actorUserId: actor.id,
      action: consent ? 'public_summary.consented' : 'public_summary.withdrawn',
      subjectType: 'proposal',
      subjectId: proposalId,
      data: { text: summary.text },
      ip,
    });
  });
  ctx.wakeOutbox();
  return getAgreement(args);
}
