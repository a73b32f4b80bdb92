/**
 * The NDA of a proposal. The lead department or the proposer opens it (on the current template),
 * the proposer signs (full name, title, organisation, consent; time, IP address, device and the
 * SHA-256 of the text are kept), a city signatory of the lead department countersigns. Once both
 * have signed, the NDA is in effect and departments may read confidential content.
 */
import type { Nda } from '@kyoso/contracts/ndas';
import type { AppContext } from '../../app-context';
import { recordAuditEvent } from '../audit/audit.repository';
import { appLink, enqueueEmail } from '../notifications/outbox.service';
import type { CaseAccess } from '../proposals/proposals.case';
import { recordCaseEvent } from '../proposals/proposals.timeline';
import { AppError } from '../shared/errors';
import type { Actor } from '../users/actor';
import { departmentStaff, organizationRecipients } from '../users/users.repository';
import { isNdaSkippable } from './ndas.case';
import { NDA_STAGES, ndaPermissions } from './ndas.policies';
import {
  createTemplateVersion,
  findTemplates,
  getActiveNda,
  getCurrentTemplate,
  insertNda,
  recordSignature,
  type NdaRow,
  type NdaTemplateRow,
} from './ndas.repository';
import { renderNdaPdf } from './ndas.pdf';

export type ClientInfo = { ip: string | null; userAgent: string | null };

type ActiveNda = NonNullable<Awaited<ReturnType<typeof getActiveNda>>>;

export function presentTemplate(t: NdaTemplateRow) {
  return {
    id: t.id,
    version: t.version,
    title: t.title,
    body: t.body,
    sha256: t.sha256,
    current: t.current,
    createdAt: t.createdAt.toISOString(),
  };
}

function presentNda(found: ActiveNda): Nda {
  const { nda, template, cityDepartment } = found;
  return {
    id: nda.id,
    status: nda.status,
    template: presentTemplate(template),
    proposerSignature:
      nda.proposerSignedAt && nda.proposerFullName
        ? {
            fullName: nda.proposerFullName,
            title: nda.proposerTitle ?? '',
            organization: nda.proposerOrganization ?? '',
            signedAt: nda.proposerSignedAt.toISOString(),
            ip: nda.proposerIp,
            userAgent: nda.proposerUserAgent,
          }
        : null,
    citySignature:
      nda.citySignedAt && nda.cityFullName
        ? {
            fullName: nda.cityFullName,
            title: nda.cityTitle ?? '',
            organization: '',
            signedAt: nda.citySignedAt.toISOString(),
            ip: nda.cityIp,
            userAgent: nda.cityUserAgent,
            department: cityDepartment
              ? { ja: cityDepartment.nameJa, en: cityDepartment.nameEn }
              : null,
          }
        : null,
    createdAt: nda.createdAt.toISOString(),
  };
}

function may(access: CaseAccess, found: ActiveNda | undefined) {
  const rules = ndaPermissions(access.relations, access.proposal.status, found?.nda ?? null);
  return {
    open: rules.open,
    sign: rules.sign,
    countersign: rules.countersign,
    download: rules.read,
  };
}

/** The NDA as the caller may see it, and what they may do with it. @throws proposals.not_found */
export async function getNdaView(args: { ctx: AppContext; actor: Actor; proposalId: string }) {
  const access = await args.ctx.cases.load(args.ctx.db, args.actor, args.proposalId);
  const found = await getActiveNda(args.ctx.db, args.proposalId);
  return {
    nda: found ? presentNda(found) : null,
    skippable: isNdaSkippable(access),
    can: may(access, found),
  };
}

/**
 * Opens the NDA on the current template.
 * @throws proposals.not_found, auth.forbidden, ndas.already_open, ndas.no_template
 */
export async function openNda(args: { ctx: AppContext; actor: Actor; proposalId: string }) {
  const { ctx, actor, proposalId } = args;
  await ctx.db.transaction(async (tx) => {
    const access = await ctx.cases.load(tx, actor, proposalId);
    if (!access.relations.includes('proposer') && !access.relations.includes('lead_department')) {
      throw new AppError('auth.forbidden');
    }
    if (await getActiveNda(tx, proposalId)) {
      throw new AppError('ndas.already_open');
    }
    if (!NDA_STAGES.has(access.proposal.status)) {
      throw new AppError('ndas.wrong_stage');
    }
    const template = await getCurrentTemplate(tx);
    if (!template) {
      throw new AppError('ndas.no_template');
    }
    await insertNda(tx, {
      proposalId,
      templateId: template.id,
      templateSha256: template.sha256,
      openedBy: actor.id,
    });
    await recordCaseEvent(tx, {
      proposalId,
      type: 'nda_opened',
      actor,
      data: { templateVersion: template.version },
    });
  });
  return getNdaView(args);
}

type Side = 'proposer' | 'city';

/** Who signs for each side, what the NDA waits for, and what the signature leads to. */
const SIGNING = {
  proposer: {
    relation: 'proposer',
    awaiting: 'awaiting_proposer',
    next: 'awaiting_city',
    event: 'nda_signed',
    audit: 'nda.signed_by_proposer',
    mail: 'signed_by_proposer',
  },
  city: {
    relation: 'lead_department',
    awaiting: 'awaiting_city',
    next: 'in_effect',
    event: 'nda_in_effect',
    audit: 'nda.countersigned',
    mail: 'in_effect',
  },
} as const;

function signatureColumns(
  side: Side,
  actor: Actor,
  input: { fullName: string; title: string; organization?: string },
  at: Date,
  client: ClientInfo,
): Partial<NdaRow> {
  const userAgent = client.userAgent?.slice(0, 500) ?? null;
  return side === 'proposer'
    ? {
        proposerSignerId: actor.id,
        proposerFullName: input.fullName,
        proposerTitle: input.title,
        proposerOrganization: input.organization ?? '',
        proposerSignedAt: at,
        proposerIp: client.ip,
        proposerUserAgent: userAgent,
      }
    : {
        citySignerId: actor.id,
        cityFullName: input.fullName,
        cityTitle: input.title,
        cityDepartmentId: actor.departmentId,
        citySignedAt: at,
        cityIp: client.ip,
        cityUserAgent: userAgent,
      };
}

/**
 * A signature: the proposer's (full name, title, organisation) or the city's countersignature by
 * staff of the lead department, which brings the NDA into effect. The other side is e-mailed.
 * @throws proposals.not_found, auth.forbidden, ndas.not_found, ndas.text_changed,
 *   ndas.not_signable
 */
async function sign(args: {
  ctx: AppContext;
  actor: Actor;
  proposalId: string;
  side: Side;
  input: { fullName: string; title: string; organization?: string; templateSha256: string };
  client: ClientInfo;
}) {
  const { ctx, actor, proposalId, side, input, client } = args;
  const rule = SIGNING[side];
  await ctx.db.transaction(async (tx) => {
    const access = await ctx.cases.load(tx, actor, proposalId);
    if (!access.relations.includes(rule.relation)) {
      throw new AppError('auth.forbidden');
    }
    const found = await getActiveNda(tx, proposalId);
    if (!found) {
      throw new AppError('ndas.not_found');
    }
    if (found.nda.templateSha256 !== input.templateSha256) {
      throw new AppError('ndas.text_changed');
    }
    const signed = await recordSignature(tx, found.nda.id, rule.awaiting, {
      status: rule.next,
      ...signatureColumns(side, actor, input, ctx.now(), client),
    });
    if (!signed) {
      throw new AppError('ndas.not_signable');
    }
    await recordCaseEvent(tx, {
      proposalId,
      type: rule.event,
      actor: side === 'city' ? actor : { ...actor, departmentId: null },
    });
    await recordAuditEvent(tx, {
      actorUserId: actor.id,
      action: rule.audit,
      subjectType: 'nda',
      subjectId: found.nda.id,
      data: { templateSha256: found.nda.templateSha256 },
      ip: client.ip,
    });
    const p = access.proposal;
    const recipients =
      side === 'proposer'
        ? await departmentStaff(tx, p.leadDepartmentId ? [p.leadDepartmentId] : [])
        : await organizationRecipients(tx, p.organizationId);
    for (const to of recipients) {
      await enqueueEmail({
        tx,
        config: ctx.config,
        to: to.email,
        language: to.language,
        template: 'nda_update',
        data: {
          name: to.name,
          referenceNumber: p.referenceNumber,
          title: p.title,
          event: rule.mail,
          link: appLink(ctx.config, `/proposals/${p.id}/nda`),
        },
      });
    }
  });
  ctx.wakeOutbox();
  return getNdaView(args);
}

/** The proposer's signature. */
export function signNda(args: {
  ctx: AppContext;
  actor: Actor;
  proposalId: string;
  input: { fullName: string; title: string; organization: string; templateSha256: string };
  client: ClientInfo;
}) {
  return sign({ ...args, side: 'proposer' });
}

/** The city's countersignature, by staff of the lead department: the NDA comes into effect. */
export function countersignNda(args: {
  ctx: AppContext;
  actor: Actor;
  proposalId: string;
  input: { fullName: string; title: string; templateSha256: string };
  client: ClientInfo;
}) {
  return sign({ ...args, side: 'city' });
}

/** The NDA as a PDF, for either party. @throws proposals.not_found, ndas.not_found */
export async function ndaPdf(args: { ctx: AppContext; actor: Actor; proposalId: string }) {
  const { ctx, actor, proposalId } = args;
  const access = await ctx.cases.load(ctx.db, actor, proposalId);
  const found = await getActiveNda(ctx.db, proposalId);
  if (!found || !may(access, found).download) {
    throw new AppError('ndas.not_found');
  }
  const { nda, template, cityDepartment } = found;
  const p = access.proposal;
  const pdf = await renderNdaPdf({
    title: template.title,
    body: template.body,
    templateVersion: template.version,
    templateSha256: template.sha256,
    cityName: ctx.config.cityName.ja,
    proposal: { referenceNumber: p.referenceNumber, title: p.title },
    proposer:
      nda.proposerSignedAt && nda.proposerFullName
        ? {
            organization: nda.proposerOrganization ?? '',
            title: nda.proposerTitle ?? '',
            fullName: nda.proposerFullName,
            signedAt: nda.proposerSignedAt,
            ip: nda.proposerIp,
            userAgent: nda.proposerUserAgent,
          }
        : null,
    city:
      nda.citySignedAt && nda.cityFullName
        ? {
            department: cityDepartment?.nameJa ?? '',
            title: nda.cityTitle ?? '',
            fullName: nda.cityFullName,
            signedAt: nda.citySignedAt,
            ip: nda.cityIp,
            userAgent: nda.cityUserAgent,
          }
        : null,
    generatedAt: ctx.now(),
  });
  return { pdf, fileName: `NDA-${p.referenceNumber ?? p.id}.pdf` };
}

/** Templates, for administrators. */
export async function listTemplates(ctx: AppContext) {
  return (await findTemplates(ctx.db)).map(presentTemplate);
}

/** A new template version (becomes current), with an audit event. */
export async function addTemplateVersion(args: {
  ctx: AppContext;
  actor: Actor;
  title: string;
  body: string;
  ip: string | null;
}) {
  const { ctx, actor, title, body, ip } = args;
  const row = await ctx.db.transaction(async (tx) => {
    const created = await createTemplateVersion(tx, { title, body, createdBy: actor.id });
    await recordAuditEvent(tx, {
      actorUserId: actor.id,
      action: 'nda_template.version_added',
      subjectType: 'nda_template',
      subjectId: created.id,
      data: { version: created.version, sha256: created.sha256 },
      ip,
    });
    return created;
  });
  return presentTemplate(row);
}
