import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { departmentsResponseSchema } from '@kyoso/contracts/departments';
import { errorBodySchema } from '@kyoso/contracts/errors';
import { presentDepartments } from './departments.presenter';
import { findActiveDepartments } from './departments.repository';

/** The city's organisation chart is public information (the departments in use). */
export const departmentsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      schema: {
        tags: ['departments'],
        summary: 'The city’s departments (局 → 部 → 課)',
        response: { 200: departmentsResponseSchema, 500: errorBodySchema },
      },
    },
    async () => ({ departments: presentDepartments(await findActiveDepartments(app.ctx.db)) }),
  );
};
