/**
 * The two-way thread between the city and the proposer on one proposal. Each new message is
 * e-mailed to the other side (through the outbox, in the message's transaction). The proposer
 * sees which department wrote, never a person's name.
 */
import type { Message } from '@kyoso/contracts/collaboration';
import { stepOf } from '@kyoso/contracts/workflow';
import { textOf } from '@kyoso/i18n/core';
import { workflowMessages } from '@kyoso/i18n/catalogues/workflow';
import type { Language } from '@kyoso/i18n/languages';
import type { AppContext } from '../../app-context';
import type { Transaction } from '../../db/client';
import { presentAttachment } from '../attachments/attachments.presenter';
import { findMessageAttachments, insertAttachment } from '../attachments/attachments.repository';
import { cleanFileName, storeUpload } from '../attachments/attachments.service';
import type { ObjectStorage } from '../attachments/storage';
import { presentDepartmentRef } from '../departments/departments.presenter';
import { appLink, enqueueEmail } from '../notifications/outbox.service';
import type { CaseAccess } from '../proposals/proposals.case';
import { AppError } from '../shared/errors';
import { excerpt } from '../shared/text';
import type { Actor } from '../users/actor';
import { coordinators, departmentStaff, organizationRecipients } from '../users/users.repository';
import { findMessages, insertMessage } from './messages.repository';
import { canReadMessages, canWriteMessage } from './messages.policies';

/** @throws proposals.not_found */
export async function listMessages(args: {
  ctx: AppContext;
  actor: Actor;
  proposalId: string;
}): Promise<Message[]> {
  const access = await args.ctx.cases.load(args.ctx.db, args.actor, args.proposalId);
  if (!canReadMessages(access.relations)) {
    throw new AppError('auth.forbidden');
  }
  const isProposer = access.audience === 'proposer';
  const [rows, files] = await Promise.all([
    findMessages(args.ctx.db, args.proposalId),
    findMessageAttachments(args.ctx.db, args.proposalId),
  ]);
  return rows.map(({ message, authorName, department }) => ({
    id: message.id,
    side: message.side,
    body: message.body,
    author: {
      // The proposer reads "○○課" for the city, never a civil servant's name.
      name: isProposer && message.side === 'city' ? null : (authorName ?? null),
      department: department ? presentDepartmentRef(department) : null,
    },
    attachments: files
      .filter((file) => file.messageId === message.id)
      .map((file) => presentAttachment(file, access)),
    createdAt: message.createdAt.toISOString(),
  }));
}

/** Who hears about a proposer's message: the lead department, else the desk. */
async function cityRecipients(tx: Transaction, access: CaseAccess) {
  const p = access.proposal;
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
  access: CaseAccess;
  side: 'city' | 'proposer';
  body: string;
}) {
  const { ctx, tx, actor, access, side, body } = args;
  const p = access.proposal;
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
      : textOf(workflowMessages, 'actor.coordinator');
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
  const from = { ja: access.organization.name, en: access.organization.name };
  for (const staff of await cityRecipients(tx, access)) {
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
  const before = await ctx.cases.load(ctx.db, actor, proposalId);
  if (!canWriteMessage(before.relations, before.proposal.status)) {
    throw new AppError('auth.forbidden');
  }
  const side = before.relations.includes('proposer') ? 'proposer' : 'city';
  const stored = file ? await storeUpload(storage, proposalId, file.bytes) : null;
  let id: string;
  try {
    id = await ctx.db.transaction(async (tx) => {
      const access = await ctx.cases.load(tx, actor, proposalId);
      const message = await insertMessage(tx, {
        proposalId,
        authorId: actor.id,
        side,
        departmentId: side === 'city' ? actor.departmentId : null,
        body,
      });
      if (stored && file) {
        await insertAttachment(tx, {
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
