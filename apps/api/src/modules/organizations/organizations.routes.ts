import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema, okResponseSchema } from '@kyoso/contracts/common';
import { errorBodySchema } from '@kyoso/contracts/errors';
import {
  inviteMemberBodySchema,
  organizationResponseSchema,
  updateOrganizationBodySchema,
} from '@kyoso/contracts/organizations';
import { actorOf } from '../../plugins/auth';
import { presentOrganization } from '../users/users.presenter';
import {
  cancelInvitation,
  getMyOrganization,
  inviteMember,
  updateMyOrganization,
} from './organizations.service';

const errors = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
};

/** `/api/organizations/mine`: the proposer's own organisation, members and invitations. */
export const organizationsRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['organizations'];
  const onRequest = app.requireRole('proposer');

  async function present(request: Parameters<typeof actorOf>[0]) {
    const { organization, members, invitations } = await getMyOrganization({
      ctx: app.ctx,
      actor: actorOf(request),
    });
    return {
      organization: presentOrganization(organization),
      members: members.map((m) => ({
        id: m.id,
        name: m.name,
        email: m.email,
        emailVerified: m.emailVerifiedAt !== null,
        joinedAt: m.createdAt.toISOString(),
      })),
      invitations: invitations.map((i) => ({
        id: i.id,
        email: i.email,
        expiresAt: i.expiresAt.toISOString(),
        createdAt: i.createdAt.toISOString(),
      })),
    };
  }

  app.get(
    '/mine',
    {
      onRequest,
      schema: {
        tags,
        summary: 'My organisation, its members and open invitations',
        response: { 200: organizationResponseSchema, ...errors },
      },
    },
    async (request) => present(request),
  );

  app.put(
    '/mine',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Update my organisation',
        body: updateOrganizationBodySchema,
        response: { 200: organizationResponseSchema, ...errors },
      },
    },
    async (request) => {
      await updateMyOrganization({
        ctx: app.ctx,
        actor: actorOf(request),
        input: request.body,
        ip: request.ip,
      });
      return present(request);
    },
  );

  app.post(
    '/mine/invitations',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Invite a colleague by e-mail',
        body: inviteMemberBodySchema,
        response: { 201: organizationResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      await inviteMember({
        ctx: app.ctx,
        actor: actorOf(request),
        email: request.body.email,
        ip: request.ip,
      });
      return reply.status(201).send(await present(request));
    },
  );

  app.delete(
    '/mine/invitations/:id',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Cancel an invitation',
        params: idParamsSchema,
        response: { 200: okResponseSchema, ...errors },
      },
    },
    async (request) => {
      await cancelInvitation({
        ctx: app.ctx,
        actor: actorOf(request),
        invitationId: request.params.id,
      });
      return { ok: true as const };
    },
  );
};
