/**
 * Internal notes of city staff on a proposal. Never shown to the proposer. Naming colleagues
 * with @ notifies them by e-mail; only people who can see the proposal may be named.
 */
import { domainMessages } from '@kyoso/i18n/catalogues/domain';
import { translator } from '@kyoso/i18n/core';
import { excerpt } from '../shared/text';
import type { Actor } from '../users/actor';
import { appLink, enqueueEmail } from '../notifications/outbox.service';
import type { AppContext } from '../../app-context';
import { AppError } from '../shared/errors';
import { presentDepartmentRef } from '../departments/departments.presenter';
import type { CaseAccess } from '../proposals/proposals.case';
import { findStaffWhoSee, findUserNames } from '../users/users.repository';
import { canUseInternalNotes } from './notes.policies';
import { findNotes, insertNote } from './notes.repository';

function departmentsInCharge(access: CaseAccess): string[] {
  const { proposal, supportingDepartments } = access;
  return [
    ...(proposal.leadDepartmentId ? [proposal.leadDepartmentId] : []),
    ...supportingDepartments.map((d) => d.id),
  ];
}

async function staffAccess(ctx: AppContext, actor: Actor, proposalId: string) {
  const access = await ctx.cases.load(ctx.db, actor, proposalId);
  if (!canUseInternalNotes(access.relations)) {
    throw new AppError('auth.forbidden');
  }
  return access;
}

/** @throws proposals.not_found, auth.forbidden */
export async function listNotes(args: { ctx: AppContext; actor: Actor; proposalId: string }) {
  await staffAccess(args.ctx, args.actor, args.proposalId);
  const rows = await findNotes(args.ctx.db, args.proposalId);
  const mentionIds = [...new Set(rows.flatMap((r) => r.note.mentionedUserIds))];
  const names = new Map(
    (await findUserNames(args.ctx.db, mentionIds)).map((u) => [u.id, u.name] as const),
  );
  const deleted = translator(domainMessages, args.actor.language)('account.deleted');
  return rows.map(({ note, authorName, department }) => ({
    id: note.id,
    body: note.body,
    author: {
      id: note.authorId,
      name: authorName ?? deleted,
      department: department ? presentDepartmentRef(department) : null,
    },
    mentioned: note.mentionedUserIds.map((id) => ({ id, name: names.get(id) ?? '' })),
    createdAt: note.createdAt.toISOString(),
  }));
}

/** Colleagues who can be named with @ on this proposal. @throws proposals.not_found, auth.forbidden */
export async function listMentionable(args: { ctx: AppContext; actor: Actor; proposalId: string }) {
  const access = await staffAccess(args.ctx, args.actor, args.proposalId);
  const staff = await findStaffWhoSee(args.ctx.db, departmentsInCharge(access));
  return staff.map((u) => ({
    id: u.id,
    name: u.name,
    role: u.role,
    department: u.department ? presentDepartmentRef(u.department) : null,
  }));
}

/**
 * Adds a note and e-mails the colleagues it mentions, in one transaction.
 * @throws proposals.not_found, auth.forbidden, notes.invalid_mention
 */
export async function addNote(args: {
  ctx: AppContext;
  actor: Actor;
  proposalId: string;
  input: { body: string; mentionedUserIds: string[] };
}) {
  const { ctx, actor, proposalId, input } = args;
  const id = await ctx.db.transaction(async (tx) => {
    const access = await ctx.cases.load(tx, actor, proposalId);
    if (!canUseInternalNotes(access.relations)) {
      throw new AppError('auth.forbidden');
    }
    const staff = await findStaffWhoSee(tx, departmentsInCharge(access));
    const byId = new Map(staff.map((u) => [u.id, u]));
    const mentioned = [...new Set(input.mentionedUserIds)];
    const unknown = mentioned.filter((id) => !byId.has(id));
    if (unknown.length > 0) {
      throw new AppError('notes.invalid_mention', {
        details: unknown.map(() => ({
          path: 'mentionedUserIds',
          code: 'notes.invalid_mention',
          message: { key: 'notes.invalid_mention' },
        })),
      });
    }
    const note = await insertNote(tx, {
      proposalId,
      authorId: actor.id,
      body: input.body,
      mentionedUserIds: mentioned,
    });
    const p = access.proposal;
    for (const userId of mentioned) {
      const user = byId.get(userId)!;
      if (user.id === actor.id) {
        continue;
      }
      await enqueueEmail({
        tx,
        config: ctx.config,
        to: user.email,
        language: user.language,
        template: 'note_mention',
        data: {
          name: user.name,
          authorName: actor.name,
          referenceNumber: p.referenceNumber,
          title: p.title,
          excerpt: excerpt(input.body),
          link: appLink(ctx.config, `/proposals/${p.id}`, { tab: 'notes' }),
        },
      });
    }
    return note.id;
  });
  ctx.wakeOutbox();
  const notes = await listNotes({ ctx, actor, proposalId });
  return notes.find((n) => n.id === id)!;
}

/** The first lines of a text, for an e-mail. */
export { excerpt };
