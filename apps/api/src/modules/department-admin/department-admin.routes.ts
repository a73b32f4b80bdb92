import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '@kyoso/contracts/common';
import {
  adminDepartmentResponseSchema,
  adminDepartmentsResponseSchema,
  createDepartmentBodySchema,
  handOverBodySchema,
  handOverResponseSchema,
  routingPreviewBodySchema,
  updateDepartmentBodySchema,
} from '@kyoso/contracts/departments';
import { errorBodySchema } from '@kyoso/contracts/errors';
import { routingSuggestionsResponseSchema } from '@kyoso/contracts/routing';
import { actorOf } from '../../plugins/auth';
import {
  changeDepartment,
  createDepartment,
  handOverProposals,
  listDepartmentsForAdmin,
  previewRouting,
  retireDepartment,
} from './department-admin.service';

const errors = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
};

/** `/api/admin/departments`: the organisation chart and the sections' routing profiles (administrators). */
export const departmentAdminRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['admin'];
  const onRequest = app.requireRole('admin');

  app.get(
    '',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Every department (retired ones too), with routing profiles and open proposals',
        response: { 200: adminDepartmentsResponseSchema, ...errors },
      },
    },
    async () => ({ departments: await listDepartmentsForAdmin(app.ctx) }),
  );

  app.post(
    '',
    {
      onRequest,
      schema: {
        tags,
        summary:
          'Add a bureau (no parent), a division (under a bureau) or a section (under a division)',
        body: createDepartmentBodySchema,
        response: { 201: adminDepartmentResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const department = await createDepartment({
        ctx: app.ctx,
        actor: actorOf(request),
        ip: request.ip,
        input: request.body,
      });
      return reply.status(201).send({ department });
    },
  );

  app.patch(
    '/:id',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Rename, move, or change the routing profile of a department',
        params: idParamsSchema,
        body: updateDepartmentBodySchema,
        response: { 200: adminDepartmentResponseSchema, ...errors },
      },
    },
    async (request) => ({
      department: await changeDepartment({
        ctx: app.ctx,
        actor: actorOf(request),
        ip: request.ip,
        id: request.params.id,
        input: request.body,
      }),
    }),
  );

  app.post(
    '/:id/handover',
    {
      onRequest,
      schema: {
        tags,
        summary:
          'Hand the department’s open proposals (lead and support) and themes in use over to a section; its staff are e-mailed',
        params: idParamsSchema,
        body: handOverBodySchema,
        response: { 200: handOverResponseSchema, ...errors },
      },
    },
    async (request) =>
      handOverProposals({
        ctx: app.ctx,
        actor: actorOf(request),
        ip: request.ip,
        id: request.params.id,
        toDepartmentId: request.body.toDepartmentId,
      }),
  );

  app.post(
    '/:id/retire',
    {
      onRequest,
      schema: {
        tags,
        summary:
          'Retire a department (refused while it has open proposals, themes in use or departments in use)',
        params: idParamsSchema,
        response: { 200: adminDepartmentResponseSchema, ...errors },
      },
    },
    async (request) => ({
      department: await retireDepartment({
        ctx: app.ctx,
        actor: actorOf(request),
        ip: request.ip,
        id: request.params.id,
      }),
    }),
  );

  app.post(
    '/routing-preview',
    {
      onRequest,
      schema: {
        tags,
        summary: 'The routing suggestions for a sample text, with a section’s profile as edited',
        body: routingPreviewBodySchema,
        response: { 200: routingSuggestionsResponseSchema, ...errors },
      },
    },
    async (request) => ({ suggestions: await previewRouting(app.ctx, request.body) }),
  );
};
