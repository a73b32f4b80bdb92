/**
 * The two-way thread between the city and the proposer on one proposal. Each new message is
 * e-mailed to the other side (through the outbox, in the message's transaction). The proposer
 * sees which department wrote, never a person's name.
 */
import type { Language } from '@kyoso/i18n/languages';
import type { Message } from '@kyoso/contracts/collaboration';
import type { LocalizedText } from '@kyoso/i18n/languages';
import { stepOf } from '@kyoso/contracts/workflow';
import type { Transaction } from '../../db/client';
import type { Actor } from '../../plugins/auth';
import { presentAttachment } from '../attachments/attachments.presenter';
import { proposalAttachmentsTable } from '../attachments/attachments.table';
import { cleanFileName, storeUpload } from '../attachments/attachments.service';
import type { ObjectStorage } from '../attachments/storage';
import { excerpt } from '../notes/notes.service';
import { appLink, enqueueEmail } from '../notifications/outbox.service';
import type { ProposalContext } from '../proposals/proposals.repository';
import type { AppContext } from '../shared/context';
import { AppError } from '../shared/errors';
import { presentDepartmentRef } from '../users/users.presenter';
import {
  coordinators,
  departmentStaff,
  organizationRecipients,
} from '../workflow/workflow.notifications';
import { loadProposalFor, type ProposalAccess } from '../workflow/workflow.service';
import { findMessages, insertMessage } from './messages.repository';
import { canReadMessages, canWriteMessage } from './messages.policies';

const DESK_NAME: LocalizedText = { ja: '共創窓口', en: 'the co-creation desk' };

/** @throws proposals.not_found */
export async function listMessages(args: {
  ctx: AppContext;
  actor: Actor;
  proposalId: string;
}): Promise<Message[]> {
  const access = await loadProposalFor(args.ctx.db, args.actor, args.proposalId);
  if (!canReadMessages(access.relations)) {
    throw new AppError('auth.forbidden');
  }
  const isProposer = access.relations.includes('proposer');
  const rows = await findMessages(args.ctx.db, args.proposalId);
  return rows.map(({ message, authorName, department, attachments }) => ({
    id: message.id,
    side: message.side,
    body: message.body,
    author: {
      // The proposer reads "○○課" for the city, never a civil servant's name.
      name: isProposer && message.side === 'city' ? null : (authorName ?? null),
      department: department ? presentDepartmentRef(department) : null,
    },
    attachments: attachments.map((row) => presentAttachment(row, access)),
    createdAt: message.createdAt.toISOString(),
  }));
}

/** Who hears about a proposer's message: the lead department, else the desk. */
async function cityRecipients(tx: Transaction, context: ProposalContext) {
  const p = context.proposal;
  const recipients = new Map<string, { email: string; name: string; language: Language }>();
  for (const staff of await departmentStaff(tx, p.leadDepartmentId ? [p.leadDepartmentId] : [])) {
    recipients.set(staff.email, staff);
  }
  const desk = await coordinators(tx);
  const assigned = desk.find((c) => c.id === p.assignedCoordinatorId);
  if (assigned && stepOf(p.status) === 2) {
    recipients.set(assigned.email, assigned);
  }
  if (recipients.size === 0) {
    for (const c of desk) {
      recipients.set(c.email, c);
    }
  }
  return [...recipients.values()];
}

async function notifyOtherSide(args: {
  ctx: AppContext;
  tx: Transaction;
  actor: Actor;
  access: ProposalAccess;
  side: 'city' | 'proposer';
  body: string;
}) {
  const { ctx, tx, actor, access, side, body } = args;
  const p = access.context.proposal;
  const link = appLink(ctx.config, `/proposals/${p.id}`, { tab: 'messages' });
  const common = {
    referenceNumber: p.referenceNumber,
    title: p.title,
    excerpt: excerpt(body),
    link,
  };
  if (side === 'city') {
    const from = actor.department
      ? { ja: actor.department.nameJa, en: actor.department.nameEn }
      : DESK_NAME;
    for (const member of await organizationRecipients(tx, p.organizationId)) {
      await enqueueEmail({
        tx,
        config: ctx.config,
        to: member.email,
        language: member.language,
        template: 'message_received',
        data: { ...common, name: member.name, from },
      });
    }
    return;
  }
  const from = { ja: access.context.organization.name, en: access.context.organization.name };
  for (const staff of await cityRecipients(tx, access.context)) {
    await enqueueEmail({
      tx,
      config: ctx.config,
      to: staff.email,
      language: staff.language,
      template: 'message_received',
      data: { ...common, name: staff.name, from },
    });
  }
}

/**
 * Posts a message, with at most one file, and e-mails the other side.
 * @throws proposals.not_found, auth.forbidden, attachments.too_large, attachments.unsupported_type
 */
export async function postMessage(args: {
  ctx: AppContext;
  storage: ObjectStorage;
  actor: Actor;
  proposalId: string;
  body: string;
  file?: { fileName: string; bytes: Buffer } | undefined;
}): Promise<Message> {
  const { ctx, storage, actor, proposalId, body, file } = args;
  const before = await loadProposalFor(ctx.db, actor, proposalId);
  if (!canWriteMessage(before.relations, before.context.proposal.status)) {
    throw new AppError('auth.forbidden');
  }
  const side = before.relations.includes('proposer') ? 'proposer' : 'city';
  const stored = file ? await storeUpload(storage, proposalId, file.bytes) : null;
  let id: string;
  try {
    id = await ctx.db.transaction(async (tx) => {
      const access = await loadProposalFor(tx, actor, proposalId);
      const message = await insertMessage(tx, {
        proposalId,
        authorId: actor.id,
        side,
        departmentId: side === 'city' ? actor.departmentId : null,
        body,
      });
      if (stored && file) {
        await tx.insert(proposalAttachmentsTable).values({
          ...stored,
          proposalId,
          messageId: message.id,
          fileName: cleanFileName(file.fileName),
          confidential: false,
          uploadedBy: actor.id,
        });
      }
      await notifyOtherSide({ ctx, tx, actor, access, side, body });
      return message.id;
    });
  } catch (error) {
    if (stored) {
      await storage.delete(stored.storageKey).catch(() => undefined);
    }
    throw error;
  }
  ctx.wakeOutbox();
  const messages = await listMessages({ ctx, actor, proposalId });
  return messages.find((m) => m.id === id)!;
}
