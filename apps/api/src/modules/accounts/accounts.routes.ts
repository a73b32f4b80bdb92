import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '@kyoso/contracts/common';
import { errorBodySchema } from '@kyoso/contracts/errors';
import {
  adminUserResponseSchema,
  adminUsersResponseSchema,
  createStaffUserBodySchema,
  updateStaffUserBodySchema,
  usersQuerySchema,
} from '@kyoso/contracts/users';
import { actorOf } from '../../plugins/auth';
import { getDepartmentById, type DepartmentRow } from '../departments/departments.repository';
import {
  getOrganizationById,
  type OrganizationRow,
} from '../organizations/organizations.repository';
import { presentDepartmentRef } from '../departments/departments.presenter';
import { findUsersForAdmin } from './accounts.repository';
import { createStaffUser, updateStaffUser } from './accounts.service';
import type { UserRow } from '../users/users.repository';

const errors = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
};

function presentAdminUser(
  user: UserRow,
  organization: Pick<OrganizationRow, 'name'> | null,
  department: Pick<DepartmentRow, 'id' | 'nameJa' | 'nameEn'> | null,
) {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    language: user.language,
    department: department ? presentDepartmentRef(department) : null,
    departmentHead: user.departmentHead,
    organizationName: organization?.name ?? null,
    emailVerified: user.emailVerifiedAt !== null,
    disabled: user.disabledAt !== null,
    createdAt: user.createdAt.toISOString(),
  };
}

/** `/api/admin/users`: accounts, for administrators only. */
export const accountsRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['admin'];
  const onRequest = app.requireRole('admin');

  async function presentOne(user: UserRow) {
    const [organization, department] = await Promise.all([
      user.organizationId ? getOrganizationById(app.ctx.db, user.organizationId) : undefined,
      user.departmentId ? getDepartmentById(app.ctx.db, user.departmentId) : undefined,
    ]);
    return presentAdminUser(user, organization ?? null, department ?? null);
  }

  app.get(
    '',
    {
      onRequest,
      schema: {
        tags,
        summary: 'List accounts',
        querystring: usersQuerySchema,
        response: { 200: adminUsersResponseSchema, ...errors },
      },
    },
    async (request) => {
      const rows = await findUsersForAdmin(app.ctx.db, request.query);
      return { users: rows.map((r) => presentAdminUser(r.user, r.organization, r.department)) };
    },
  );

  app.post(
    '',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Create a staff account (the owner sets the password from an e-mailed link)',
        body: createStaffUserBodySchema,
        response: { 201: adminUserResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { user } = await createStaffUser({
        ctx: app.ctx,
        actor: actorOf(request),
        input: request.body,
        ip: request.ip,
      });
      return reply.status(201).send({ user: await presentOne(user) });
    },
  );

  app.patch(
    '/:id',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Change a staff account',
        params: idParamsSchema,
        body: updateStaffUserBodySchema,
        response: { 200: adminUserResponseSchema, ...errors },
      },
    },
    async (request) => {
      const { user } = await updateStaffUser({
        ctx: app.ctx,
        actor: actorOf(request),
        userId: request.params.id,
        input: request.body,
        ip: request.ip,
      });
      return { user: await presentOne(user) };
    },
  );
};
