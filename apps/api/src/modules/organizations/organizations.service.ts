/**
 * Organisations and their members. A proposer invites colleagues by e-mail; an invited colleague
 * creates an account inside the organisation and shares its proposals.
 */
import type { z } from 'zod';
import type { acceptInvitationBodySchema } from '@kyoso/contracts/auth';
import type { Language } from '@kyoso/i18n/languages';
import type { OrganizationInput } from '@kyoso/contracts/organizations';
import type { Actor } from '../../plugins/auth';
import { recordAuditEvent } from '../audit/audit.repository';
import { ensurePasswordAcceptable } from '../auth/auth.service';
import { hashPassword } from '../auth/passwords';
import { appLink, enqueueEmail } from '../notifications/outbox.service';
import type { AppContext } from '../shared/context';
import { AppError } from '../shared/errors';
import { generateToken, hashToken } from '../shared/tokens';
import { createUser, getUserByEmail, type UserRow } from '../users/users.repository';
import {
  createInvitation,
  findMembers,
  findOpenInvitations,
  getOpenInvitationByHash,
  getOrganizationById,
  markInvitationAccepted,
  revokeInvitation,
  updateOrganization,
} from './organizations.repository';

export const INVITATION_DAYS = 7;

function ensureProposerWithOrganization(actor: Actor): string {
  if (actor.role !== 'proposer' || !actor.organizationId) {
    throw new AppError('auth.forbidden');
  }
  return actor.organizationId;
}

/** The caller's organisation, its members and its open invitations. */
export async function getMyOrganization(args: { ctx: AppContext; actor: Actor }) {
  const { ctx, actor } = args;
  const organizationId = ensureProposerWithOrganization(actor);
  const organization = await getOrganizationById(ctx.db, organizationId);
  if (!organization) {
    throw new AppError('organizations.not_found');
  }
  const [members, invitations] = await Promise.all([
    findMembers(ctx.db, organizationId),
    findOpenInvitations(ctx.db, organizationId, ctx.now()),
  ]);
  return { organization, members, invitations };
}

export async function updateMyOrganization(args: {
  ctx: AppContext;
  actor: Actor;
  input: OrganizationInput;
  ip: string | null;
}) {
  const { ctx, actor, input, ip } = args;
  const organizationId = ensureProposerWithOrganization(actor);
  await ctx.db.transaction(async (tx) => {
    await updateOrganization(tx, organizationId, {
      name: input.name,
      kind: input.kind,
      corporateNumber: input.corporateNumber ?? null,
    });
    await recordAuditEvent(tx, {
      actorUserId: actor.id,
      action: 'organization.updated',
      subjectType: 'organization',
      subjectId: organizationId,
      data: { name: input.name, kind: input.kind },
      ip,
    });
  });
}

/**
 * Invites a colleague by e-mail into the caller's organisation.
 * @throws organizations.already_member, auth.email_taken
 */
export async function inviteMember(args: {
  ctx: AppContext;
  actor: Actor;
  email: string;
  ip: string | null;
}) {
  const { ctx, actor, email, ip } = args;
  const organizationId = ensureProposerWithOrganization(actor);
  const existing = await getUserByEmail(ctx.db, email);
  if (existing) {
    throw new AppError(
      existing.organizationId === organizationId
        ? 'organizations.already_member'
        : 'auth.email_taken',
    );
  }
  const token = generateToken();
  const invitation = await ctx.db.transaction(async (tx) => {
    const created = await createInvitation(tx, {
      organizationId,
      email,
      tokenHash: hashToken(token),
      invitedBy: actor.id,
      expiresAt: new Date(ctx.now().getTime() + INVITATION_DAYS * 86_400_000),
    });
    await enqueueEmail({
      tx,
      config: ctx.config,
      to: email,
      language: actor.language,
      template: 'organization_invitation',
      data: {
        inviterName: actor.name,
        organizationName: actor.organization?.name ?? '',
        link: appLink(ctx.config, '/join', { token }),
        expiresDays: INVITATION_DAYS,
      },
    });
    await recordAuditEvent(tx, {
      actorUserId: actor.id,
      action: 'organization.member_invited',
      subjectType: 'organization',
      subjectId: organizationId,
      data: { email },
      ip,
    });
    return created;
  });
  ctx.wakeOutbox();
  return { invitation };
}

export async function cancelInvitation(args: {
  ctx: AppContext;
  actor: Actor;
  invitationId: string;
}) {
  const { ctx, actor, invitationId } = args;
  const organizationId = ensureProposerWithOrganization(actor);
  if (!(await revokeInvitation(ctx.db, organizationId, invitationId, ctx.now()))) {
    throw new AppError('organizations.invitation_invalid');
  }
}

/** @throws organizations.invitation_invalid */
export async function previewInvitation(args: { ctx: AppContext; token: string }) {
  const found = await getOpenInvitationByHash(args.ctx.db, hashToken(args.token), args.ctx.now());
  if (!found) {
    throw new AppError('organizations.invitation_invalid');
  }
  return {
    email: found.invitation.email,
    organizationName: found.organization.name,
    expiresAt: found.invitation.expiresAt.toISOString(),
  };
}

/**
 * Creates the invited colleague's account in the organisation; the address counts as verified
 * because the link reached it.
 * @throws organizations.invitation_invalid, auth.weak_password, auth.email_taken
 */
export async function acceptInvitation(args: {
  ctx: AppContext;
  input: z.infer<typeof acceptInvitationBodySchema>;
  language: Language;
  ip: string | null;
}): Promise<{ user: UserRow }> {
  const { ctx, input, language, ip } = args;
  const tokenHash = hashToken(input.token);
  const found = await getOpenInvitationByHash(ctx.db, tokenHash, ctx.now());
  if (!found) {
    throw new AppError('organizations.invitation_invalid');
  }
  ensurePasswordAcceptable(input.password, found.invitation.email, language);
  if (await getUserByEmail(ctx.db, found.invitation.email)) {
    throw new AppError('auth.email_taken');
  }
  const passwordHash = await hashPassword(input.password, ctx.config.passwordHashCost);
  const user = await ctx.db.transaction(async (tx) => {
    if (!(await markInvitationAccepted(tx, found.invitation.id, ctx.now()))) {
      return undefined;
    }
    const created = await createUser(tx, {
      email: found.invitation.email,
      passwordHash,
      name: input.name,
      role: 'proposer',
      language: input.language,
      organizationId: found.organization.id,
      emailVerifiedAt: ctx.now(),
      passwordChangedAt: ctx.now(),
    });
    await recordAuditEvent(tx, {
      actorUserId: created.id,
      action: 'organization.member_joined',
      subjectType: 'organization',
      subjectId: found.organization.id,
      data: { invitationId: found.invitation.id },
      ip,
    });
    return created;
  });
  if (!user) {
    throw new AppError('organizations.invitation_invalid');
  }
  return { user };
}
