/**
 * Organisations and their members. A proposer invites colleagues by e-mail; an invited colleague
 * creates an account inside the organisation and shares its proposals.
 */
import type { OrganizationInput } from '@kyoso/contracts/organizations';
import type { Actor } from '../users/actor';
import { recordAuditEvent } from '../audit/audit.repository';
import { appLink, enqueueEmail } from '../notifications/outbox.service';
import type { AppContext } from '../../app-context';
import { AppError } from '../shared/errors';
import { generateToken, hashToken } from '../shared/tokens';
import { findUsersOfOrganization, getUserByEmail } from '../users/users.repository';
import {
  createInvitation,
  findOpenInvitations,
  getOpenInvitationByHash,
  getOrganizationById,
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
    findUsersOfOrganization(ctx.db, organizationId),
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
