import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { tokyoDate } from '@kyoso/calendar/dates';
import { idParamsSchema } from '@kyoso/contracts/common';
import { errorBodySchema } from '@kyoso/contracts/errors';
import {
  themeInputSchema,
  themeResponseSchema,
  themesQuerySchema,
  themesResponseSchema,
  type ThemeInput,
} from '@kyoso/contracts/themes';
import { actorOf } from '../../plugins/auth';
import { recordAuditEvent } from '../audit/audit.repository';
import { findDepartments, getDepartmentById } from '../departments/departments.repository';
import { AppError } from '../shared/errors';
import { presentTheme, presentThemeSummary } from './themes.presenter';
import { findThemes, getThemeById } from './themes.repository';
import { themesTable } from './themes.table';

const errors = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
};

/** Themes (課題設定型): published ones are public; administrators write them. */
export const themesRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['themes'];
  const today = () => tokyoDate(app.ctx.now());

  async function departmentMap() {
    const departments = await app.ctx.caches.departments.get('all', () =>
      findDepartments(app.ctx.db),
    );
    return new Map((departments ?? []).map((d) => [d.id, d]));
  }

  app.get(
    '',
    {
      schema: {
        tags,
        summary: 'Published themes, with Japanese substring search and filters',
        querystring: themesQuerySchema,
        response: { 200: themesResponseSchema, ...errors },
      },
    },
    async (request) => {
      const includeUnpublished = request.actor?.role === 'admin';
      const [rows, departments] = await Promise.all([
        findThemes(app.ctx.db, { ...request.query, includeUnpublished }, today()),
        departmentMap(),
      ]);
      return {
        themes: rows.flatMap((theme) => {
          const department = departments.get(theme.departmentId);
          return department ? [presentThemeSummary(theme, department, departments, today())] : [];
        }),
      };
    },
  );

  app.get(
    '/:id',
    {
      schema: {
        tags,
        summary: 'One theme',
        params: idParamsSchema,
        response: { 200: themeResponseSchema, ...errors },
      },
    },
    async (request) => {
      const theme = await getThemeById(app.ctx.db, request.params.id);
      if (!theme || (theme.status !== 'published' && request.actor?.role !== 'admin')) {
        throw new AppError('themes.not_found');
      }
      const departments = await departmentMap();
      const department = departments.get(theme.departmentId);
      if (!department) {
        throw new AppError('themes.not_found');
      }
      return { theme: presentTheme(theme, department, departments, today()) };
    },
  );

  async function save(input: ThemeInput, actorId: string, ip: string, id?: string) {
    if (!(await getDepartmentById(app.ctx.db, input.departmentId))) {
      throw new AppError('departments.not_found');
    }
    if (input.closesOn !== null && input.closesOn < input.opensOn) {
      throw new AppError('request.invalid_body', {
        details: [
          {
            path: 'closesOn',
            code: 'themes.closes_before_opening',
            message: { key: 'detail.themes.closes_before_opening' },
          },
        ],
      });
    }
    const { published, ...values } = input;
    return app.ctx.db.transaction(async (tx) => {
      const status = published ? ('published' as const) : ('draft' as const);
      const [row] = id
        ? await tx
            .update(themesTable)
            .set({
              ...values,
              status,
              publishedAt: published ? app.ctx.now() : null,
              updatedAt: app.ctx.now(),
            })
            .where(eq(themesTable.id, id))
            .returning()
        : await tx
            .insert(themesTable)
            .values({ ...values, status, publishedAt: published ? app.ctx.now() : null })
            .returning();
      if (!row) {
        throw new AppError('themes.not_found');
      }
      await recordAuditEvent(tx, {
        actorUserId: actorId,
        action: id ? 'theme.updated' : 'theme.created',
        subjectType: 'theme',
        subjectId: row.id,
        data: { title: row.title, status },
        ip,
      });
      return row;
    });
  }

  app.post(
    '',
    {
      onRequest: app.requireRole('admin'),
      schema: {
        tags,
        summary: 'Create a theme (administrators)',
        body: themeInputSchema,
        response: { 201: themeResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const row = await save(request.body, actorOf(request).id, request.ip);
      const departments = await departmentMap();
      return reply.status(201).send({
        theme: presentTheme(row, departments.get(row.departmentId)!, departments, today()),
      });
    },
  );

  app.put(
    '/:id',
    {
      onRequest: app.requireRole('admin'),
      schema: {
        tags,
        summary: 'Change a theme (administrators)',
        params: idParamsSchema,
        body: themeInputSchema,
        response: { 200: themeResponseSchema, ...errors },
      },
    },
    async (request) => {
      if (!(await getThemeById(app.ctx.db, request.params.id))) {
        throw new AppError('themes.not_found');
      }
      const row = await save(request.body, actorOf(request).id, request.ip, request.params.id);
      const departments = await departmentMap();
      return { theme: presentTheme(row, departments.get(row.departmentId)!, departments, today()) };
    },
  );
};
