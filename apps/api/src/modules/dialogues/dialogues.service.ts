/**
 * STEP 3 dialogue records. The lead department records Dialogue ① (purpose, value, roles,
 * business model) and Dialogue ② (laws and rules, shared risks, KPIs): date, attendees, minutes
 * and action items. The proposer reads them, confirms or comments. `send_to_review` needs ②.
 */
import type { Dialogue, DialogueInput } from '@kyoso/contracts/collaboration';
import { textOf } from '@kyoso/i18n/core';
import { workflowMessages } from '@kyoso/i18n/catalogues/workflow';
import type { AppContext } from '../../app-context';
import { appLink, enqueueEmail } from '../notifications/outbox.service';
import { lockProposal } from '../proposals/proposals.repository';
import { recordCaseEvent } from '../proposals/proposals.timeline';
import { AppError } from '../shared/errors';
import { excerpt } from '../shared/text';
import type { Actor } from '../users/actor';
import { departmentStaff, organizationRecipients } from '../users/users.repository';
import { canRecordDialogue, dialogueParticipant } from './dialogues.policies';
import {
  confirmDialogue,
  findDialogues,
  getDialogue,
  hasRound,
  insertComment,
  insertDialogue,
  replaceDialogue,
  setActionItemDone,
} from './dialogues.repository';

type Args = { ctx: AppContext; actor: Actor; proposalId: string };

/** The records as the reader may see them (proposer: no civil servant's name on comments). */
export async function listDialogues(args: Args): Promise<Dialogue[]> {
  const access = await args.ctx.cases.load(args.ctx.db, args.actor, args.proposalId);
  const isProposer = access.audience === 'proposer';
  const rows = await findDialogues(args.ctx.db, args.proposalId);
  return rows.map(({ dialogue: d, items, comments }) => ({
    id: d.id,
    round: d.round as 1 | 2,
    heldOn: d.heldOn,
    cityAttendees: d.cityAttendees,
    proposerAttendees: d.proposerAttendees,
    minutes: d.minutes,
    actionItems: items.map((i) => ({
      id: i.id,
      description: i.description,
      ownerSide: i.ownerSide,
      ownerName: i.ownerName,
      dueOn: i.dueOn,
      done: i.doneAt !== null,
    })),
    confirmedAt: d.confirmedAt?.toISOString() ?? null,
    comments: comments.map(({ comment, authorName }) => ({
      id: comment.id,
      side: comment.side,
      author: isProposer && comment.side === 'city' ? null : (authorName ?? null),
      body: comment.body,
      createdAt: comment.createdAt.toISOString(),
    })),
    createdAt: d.createdAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
  }));
}

async function one(args: Args, dialogueId: string): Promise<Dialogue> {
  const found = (await listDialogues(args)).find((d) => d.id === dialogueId);
  if (!found) {
    throw new AppError('dialogues.not_found');
  }
  return found;
}

/**
 * Records a dialogue and asks the proposer to review it. Each round is recorded once: a record
 * is corrected (`updateDialogue`) until the proposer confirms it, never recorded twice.
 * @throws proposals.not_found, auth.forbidden, dialogues.not_in_dialogue, dialogues.round_1_first,
 *   dialogues.round_recorded
 */
export async function recordDialogue(args: Args & { input: DialogueInput }): Promise<Dialogue> {
  const { ctx, actor, proposalId, input } = args;
  const id = await ctx.db.transaction(async (tx) => {
    const access = await ctx.cases.load(tx, actor, proposalId);
    const p = access.proposal;
    const allowed = canRecordDialogue(access.relations, p.status);
    if (allowed === 'forbidden') {
      throw new AppError('auth.forbidden');
    }
    if (allowed === 'wrong_status') {
      throw new AppError('dialogues.not_in_dialogue');
    }
    // Two requests at once must not both record the round.
    await lockProposal(tx, proposalId);
    if (await hasRound(tx, proposalId, input.round)) {
      throw new AppError('dialogues.round_recorded');
    }
    if (input.round === 2 && !(await hasRound(tx, proposalId, 1))) {
      throw new AppError('dialogues.round_1_first');
    }
    const { actionItems, ...values } = input;
    const row = await insertDialogue(
      tx,
      { ...values, proposalId, createdBy: actor.id },
      actionItems,
    );
    await recordCaseEvent(tx, {
      proposalId,
      type: 'dialogue_recorded',
      actor,
      data: { round: input.round, heldOn: input.heldOn },
    });
    for (const member of await organizationRecipients(tx, p.organizationId)) {
      await enqueueEmail({
        tx,
        config: ctx.config,
        to: member.email,
        language: member.language,
        template: 'dialogue_recorded',
        data: {
          name: member.name,
          referenceNumber: p.referenceNumber,
          title: p.title,
          round: input.round,
          heldOn: input.heldOn,
          link: appLink(ctx.config, `/proposals/${p.id}`, { tab: 'dialogues' }),
        },
      });
    }
    return row.id;
  });
  ctx.wakeOutbox();
  return one(args, id);
}

/**
 * Corrects a record the proposer has not confirmed yet.
 * @throws proposals.not_found, auth.forbidden, dialogues.not_in_dialogue, dialogues.not_found,
 *   dialogues.confirmed
 */
export async function updateDialogue(
  args: Args & { dialogueId: string; input: DialogueInput },
): Promise<Dialogue> {
  const { ctx, actor, proposalId, dialogueId, input } = args;
  await ctx.db.transaction(async (tx) => {
    const access = await ctx.cases.load(tx, actor, proposalId);
    const allowed = canRecordDialogue(access.relations, access.proposal.status);
    if (allowed === 'forbidden') {
      throw new AppError('auth.forbidden');
    }
    if (allowed === 'wrong_status') {
      throw new AppError('dialogues.not_in_dialogue');
    }
    const existing = await getDialogue(tx, proposalId, dialogueId);
    if (!existing) {
      throw new AppError('dialogues.not_found');
    }
    if (existing.confirmedAt) {
      throw new AppError('dialogues.confirmed');
    }
    const { actionItems, round: _round, ...values } = input;
    await replaceDialogue(tx, dialogueId, values, actionItems);
  });
  return one(args, dialogueId);
}

/** The proposer confirms a record. @throws proposals.not_found, auth.forbidden, dialogues.not_found */
export async function confirmDialogueRecord(
  args: Args & { dialogueId: string },
): Promise<Dialogue> {
  const { ctx, actor, proposalId, dialogueId } = args;
  await ctx.db.transaction(async (tx) => {
    const access = await ctx.cases.load(tx, actor, proposalId);
    if (!access.relations.includes('proposer')) {
      throw new AppError('auth.forbidden');
    }
    const existing = await getDialogue(tx, proposalId, dialogueId);
    if (!existing) {
      throw new AppError('dialogues.not_found');
    }
    if (existing.confirmedAt) {
      return;
    }
    await confirmDialogue(tx, dialogueId, actor.id, ctx.now());
    await recordCaseEvent(tx, {
      proposalId,
      type: 'dialogue_confirmed',
      actor,
      data: { round: existing.round },
    });
  });
  return one(args, dialogueId);
}

/**
 * A comment on a record, by the proposer or the lead department; the other side is e-mailed.
 * @throws proposals.not_found, auth.forbidden, dialogues.not_found
 */
export async function commentOnDialogue(
  args: Args & { dialogueId: string; body: string },
): Promise<Dialogue> {
  const { ctx, actor, proposalId, dialogueId, body } = args;
  await ctx.db.transaction(async (tx) => {
    const access = await ctx.cases.load(tx, actor, proposalId);
    const side = dialogueParticipant(access.relations);
    if (!side) {
      throw new AppError('auth.forbidden');
    }
    const existing = await getDialogue(tx, proposalId, dialogueId);
    if (!existing) {
      throw new AppError('dialogues.not_found');
    }
    await insertComment(tx, { dialogueId, authorId: actor.id, side, body });
    const p = access.proposal;
    const recipients =
      side === 'proposer'
        ? await departmentStaff(tx, p.leadDepartmentId ? [p.leadDepartmentId] : [])
        : await organizationRecipients(tx, p.organizationId);
    const from =
      side === 'proposer'
        ? { ja: access.organization.name, en: access.organization.name }
        : actor.department
          ? { ja: actor.department.nameJa, en: actor.department.nameEn }
          : textOf(workflowMessages, 'actor.lead_department');
    for (const r of recipients) {
      await enqueueEmail({
        tx,
        config: ctx.config,
        to: r.email,
        language: r.language,
        template: 'message_received',
        data: {
          name: r.name,
          from,
          referenceNumber: p.referenceNumber,
          title: p.title,
          excerpt: excerpt(body),
          link: appLink(ctx.config, `/proposals/${p.id}`, { tab: 'dialogues' }),
        },
      });
    }
  });
  ctx.wakeOutbox();
  return one(args, dialogueId);
}

/** Ticks or unticks an action item. @throws proposals.not_found, auth.forbidden, dialogues.not_found */
export async function setActionItem(
  args: Args & { dialogueId: string; itemId: string; done: boolean },
): Promise<Dialogue> {
  const { ctx, actor, proposalId, dialogueId, itemId, done } = args;
  const access = await ctx.cases.load(ctx.db, actor, proposalId);
  if (!dialogueParticipant(access.relations)) {
    throw new AppError('auth.forbidden');
  }
  if (
    !(await getDialogue(ctx.db, proposalId, dialogueId)) ||
    !(await setActionItemDone(ctx.db, dialogueId, itemId, done ? ctx.now() : null))
  ) {
    throw new AppError('dialogues.not_found');
  }

  return one(args, dialogueId);
}
