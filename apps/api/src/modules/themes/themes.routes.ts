import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { tokyoDate } from '@kyoso/calendar/dates';
import { idParamsSchema } from '@kyoso/contracts/common';
import { errorBodySchema } from '@kyoso/contracts/errors';
import {
  managedThemeResponseSchema,
  managedThemesQuerySchema,
  managedThemesResponseSchema,
  themeAmendmentInputSchema,
  themeAnswerInputSchema,
  themeCloseInputSchema,
  themeCommentInputSchema,
  themeDraftInputSchema,
  themeInputSchema,
  themeQuestionInputSchema,
  themeQuestionParamsSchema,
  themeQuestionResponseSchema,
  themeResponseSchema,
  themesQuerySchema,
  themesResponseSchema,
  type ThemeInput,
} from '@kyoso/contracts/themes';
import type { Executor } from '../../db/client';
import { actorOf } from '../../plugins/auth';
import { recordAuditEvent } from '../audit/audit.repository';
import {
  findDepartments,
  getDepartmentById,
  type DepartmentRow,
} from '../departments/departments.repository';
import { AppError } from '../shared/errors';
import type { Actor } from '../users/actor';
import { themeCan } from './themes.policies';
import { presentManagedTheme, presentTheme, presentThemeSummary } from './themes.presenter';
import {
  findManagedThemes,
  findThemeAmendments,
  findThemeQuestions,
  findThemes,
  getThemeById,
  PUBLIC_THEME_STATUSES,
  type ThemeRow,
} from './themes.repository';
import {
  amendTheme,
  answerQuestion,
  askThemeQuestion,
  changeThemeStatus,
  createThemeDraft,
  getManagedTheme,
  updateThemeDraft,
  type ThemeStatusAction,
} from './themes.service';
import { themesTable } from './themes.table';

const errors = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
};

export type ThemesRoutesOptions = {
  /** How many proposals were submitted on a theme (the proposals module answers; no cycle). */
  countProposals: (db: Executor, themeId: string) => Promise<number>;
};

/**
 * Themes (課題設定型): published ones are public; a department writes its own and submits them
 * to the co-creation desk, which publishes them or sends them back; administrators may still
 * write any theme directly.
 */
export const themesRoutes: FastifyPluginAsyncZod<ThemesRoutesOptions> = async (app, options) => {
  const tags = ['themes'];
  const today = () => tokyoDate(app.ctx.now());

  // The departments by id, built once per list the cache holds (every themes page asks).
  const mapsByList = new WeakMap<object, ReadonlyMap<string, DepartmentRow>>();
  async function departmentMap(): Promise<ReadonlyMap<string, DepartmentRow>> {
    const departments = await app.ctx.caches.departments.get('all', () =>
      findDepartments(app.ctx.db),
    );
    if (!departments) {
      return new Map();
    }
    let map = mapsByList.get(departments);
    if (!map) {
      map = new Map(departments.map((d) => [d.id, d]));
      mapsByList.set(departments, map);
    }
    return map;
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
      const filter = { ...request.query, includeUnpublished };
      const day = today();
      const list = async () => {
        const [rows, departments] = await Promise.all([
          findThemes(app.ctx.db, filter, day, app.ctx.verifyFastPaths),
          departmentMap(),
        ]);
        return rows.flatMap((theme) => {
          const department = departments.get(theme.departmentId);
          return department ? [presentThemeSummary(theme, department, departments, day)] : [];
        });
      };
      // The list every visitor first sees is kept until a theme or a department changes.
      const unfiltered = Object.values(filter).every((value) => !value);
      const themes = unfiltered ? await app.ctx.caches.publicThemes.get(day, list) : await list();
      return { themes: themes ?? [] };
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
      if (
        !theme ||
        (!PUBLIC_THEME_STATUSES.includes(theme.status) && request.actor?.role !== 'admin')
      ) {
        throw new AppError('themes.not_found');
      }
      return { theme: await present(theme) };
    },
  );

  async function extrasOf(theme: ThemeRow, answeredOnly: boolean) {
    const [amendments, questions, proposalCount] = await Promise.all([
      findThemeAmendments(app.ctx.db, theme.id),
      findThemeQuestions(app.ctx.db, theme.id, answeredOnly),
      options.countProposals(app.ctx.db, theme.id),
    ]);
    return { amendments, questions, proposalCount };
  }

  async function present(theme: ThemeRow) {
    const departments = await departmentMap();
    const department = departments.get(theme.departmentId);
    if (!department) {
      throw new AppError('themes.not_found');
    }
    return presentTheme(theme, department, departments, today(), await extrasOf(theme, true));
  }

  async function presentManaged(theme: ThemeRow, actor: Actor) {
    const departments = await departmentMap();
    const department = departments.get(theme.departmentId);
    if (!department) {
      throw new AppError('themes.not_found');
    }
    return {
      managed: presentManagedTheme(
        theme,
        department,
        departments,
        today(),
        await extrasOf(theme, false),
        themeCan(actor, theme),
      ),
    };
  }

  app.get(
    '/manage',
    {
      onRequest: app.requireRole('department', 'coordinator', 'admin'),
      schema: {
        tags,
        summary: "The department's own themes (any status); every theme for the desk",
        querystring: managedThemesQuerySchema,
        response: { 200: managedThemesResponseSchema, ...errors },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const departmentId = actor.role === 'department' ? actor.departmentId : null;
      if (actor.role === 'department' && !departmentId) {
        throw new AppError('auth.forbidden');
      }
      const [rows, departments] = await Promise.all([
        findManagedThemes(app.ctx.db, { departmentId, status: request.query.status }),
        departmentMap(),
      ]);
      return {
        themes: rows.flatMap((theme) => {
          const department = departments.get(theme.departmentId);
          return department
            ? [
                {
                  ...presentThemeSummary(theme, department, departments, today()),
                  status: theme.status,
                  updatedAt: theme.updatedAt.toISOString(),
                },
              ]
            : [];
        }),
      };
    },
  );

  app.get(
    '/:id/manage',
    {
      onRequest: app.requireUser,
      schema: {
        tags,
        summary: 'A theme as its department and the desk see it (any status, every question)',
        params: idParamsSchema,
        response: { 200: managedThemeResponseSchema, ...errors },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return presentManaged(await getManagedTheme(app.ctx.db, actor, request.params.id), actor);
    },
  );

  app.post(
    '/drafts',
    {
      onRequest: app.requireRole('department'),
      schema: {
        tags,
        summary: "Start a theme for the writer's own department (a draft)",
        body: themeDraftInputSchema,
        response: { 201: managedThemeResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const row = await createThemeDraft({
        ctx: app.ctx,
        actor,
        input: request.body,
        ip: request.ip,
      });
      return reply.status(201).send(await presentManaged(row, actor));
    },
  );

  app.put(
    '/:id/draft',
    {
      onRequest: app.requireUser,
      schema: {
        tags,
        summary: 'Change a draft theme (its department)',
        params: idParamsSchema,
        body: themeDraftInputSchema,
        response: { 200: managedThemeResponseSchema, ...errors },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const row = await updateThemeDraft({
        ctx: app.ctx,
        actor,
        id: request.params.id,
        input: request.body,
        ip: request.ip,
      });
      return presentManaged(row, actor);
    },
  );

  function statusRoute<S extends z.ZodType>(
    path: string,
    summary: string,
    body: S | null,
    change: (body: z.infer<S>) => ThemeStatusAction,
  ) {
    app.post(
      path,
      {
        onRequest: app.requireUser,
        schema: {
          tags,
          summary,
          params: idParamsSchema,
          ...(body ? { body } : {}),
          response: { 200: managedThemeResponseSchema, ...errors },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        const row = await changeThemeStatus({
          ctx: app.ctx,
          actor,
          id: request.params.id,
          change: change(request.body as z.infer<S>),
          ip: request.ip,
        });
        return presentManaged(row, actor);
      },
    );
  }

  statusRoute(
    '/:id/submit',
    'Submit a draft theme to the co-creation desk (its department)',
    null,
    () => ({
      action: 'submit',
    }),
  );
  statusRoute('/:id/publish', 'Publish a theme under review (the desk)', null, () => ({
    action: 'publish',
  }));
  statusRoute(
    '/:id/send-back',
    'Send a theme under review back to its department with comments (the desk)',
    themeCommentInputSchema,
    (body) => ({ action: 'send_back', comment: body.comment }),
  );
  statusRoute(
    '/:id/close',
    'Close a published theme early, with the reason (its department)',
    themeCloseInputSchema,
    (body) => ({ action: 'close', reason: body.reason }),
  );

  app.post(
    '/:id/amendments',
    {
      onRequest: app.requireUser,
      schema: {
        tags,
        summary: 'Amend a published theme; the amendment shows with its date (its department)',
        params: idParamsSchema,
        body: themeAmendmentInputSchema,
        response: { 201: managedThemeResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      await amendTheme({
        ctx: app.ctx,
        actor,
        id: request.params.id,
        text: request.body.text,
        ip: request.ip,
      });
      const theme = await getManagedTheme(app.ctx.db, actor, request.params.id);
      return reply.status(201).send(await presentManaged(theme, actor));
    },
  );

  app.post(
    '/:id/questions',
    {
      onRequest: app.requireUser,
      schema: {
        tags,
        summary: 'Ask a question on a published theme (a registered proposer; never named)',
        params: idParamsSchema,
        body: themeQuestionInputSchema,
        response: { 201: themeQuestionResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const row = await askThemeQuestion({
        ctx: app.ctx,
        actor: actorOf(request),
        id: request.params.id,
        question: request.body.question,
        ip: request.ip,
      });
      return reply
        .status(201)
        .send({ question: { id: row.id, askedAt: row.createdAt.toISOString() } });
    },
  );

  app.post(
    '/:id/questions/:questionId/answer',
    {
      onRequest: app.requireUser,
      schema: {
        tags,
        summary: 'Answer a question (its department): public on the theme page, the asker e-mailed',
        params: themeQuestionParamsSchema,
        body: themeAnswerInputSchema,
        response: { 200: managedThemeResponseSchema, ...errors },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await answerQuestion({
        ctx: app.ctx,
        actor,
        id: request.params.id,
        questionId: request.params.questionId,
        answer: request.body.answer,
        ip: request.ip,
      });
      const theme = await getManagedTheme(app.ctx.db, actor, request.params.id);
      return presentManaged(theme, actor);
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
      return reply.status(201).send({ theme: await present(row) });
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
      return { theme: await present(row) };
    },
  );
};
