/**
 * A theme's life (課題設定型): its department writes a draft and submits it to the co-creation
 * desk, which publishes it or sends it back with comments; the department amends a published
 * theme (each amendment dated on its page) or closes it early with a reason; registered proposers
 * ask questions whose answers are public (the asker never named, but e-mailed). Each change is
 * one transaction with its audit event.
 */
import { tokyoDate } from '@kyoso/calendar/dates';
import type { ThemeDraftInput } from '@kyoso/contracts/themes';
import type { ThemeStatus } from '@kyoso/contracts/theme-constants';
import type { AppContext } from '../../app-context';
import type { Transaction } from '../../db/client';
import { recordAuditEvent } from '../audit/audit.repository';
import { getDepartmentById } from '../departments/departments.repository';
import { appLink, enqueueEmail } from '../notifications/outbox.service';
import { AppError } from '../shared/errors';
import type { Actor } from '../users/actor';
import { coordinators, departmentStaff, getUserById } from '../users/users.repository';
import { canAskQuestion, canManageTheme, isThemeDepartment, themeCan } from './themes.policies';
import {
  answerThemeQuestion,
  findThemeQuestions,
  getThemeById,
  insertTheme,
  insertThemeAmendment,
  insertThemeQuestion,
  themeLastDay,
  updateThemeInStatus,
  type ThemeRow,
} from './themes.repository';

/**
 * A theme the caller may manage.
 * @throws themes.not_found (unknown, or not the caller's to manage)
 */
export async function getManagedTheme(
  db: AppContext['db'] | Transaction,
  actor: Actor | null,
  id: string,
): Promise<ThemeRow> {
  const theme = await getThemeById(db, id);
  if (!theme || !canManageTheme(actor, theme)) {
    throw new AppError('themes.not_found');
  }
  return theme;
}

async function ensureContactDepartment(ctx: AppContext, id: string | null) {
  if (id && !(await getDepartmentById(ctx.db, id))) {
    throw new AppError('departments.not_found', {
      details: [
        {
          path: 'contactDepartmentId',
          code: 'departments.not_found',
          message: { key: 'departments.not_found' },
        },
      ],
    });
  }
}

function draftValues(input: ThemeDraftInput) {
  const blankToNull = (v: string | null) => (v && v.trim().length > 0 ? v : null);
  return {
    ...input,
    titleEn: blankToNull(input.titleEn),
    summaryEn: blankToNull(input.summaryEn),
    textEn: blankToNull(input.textEn),
  };
}

/**
 * Starts a theme for the writer's own department, as a draft.
 * @throws auth.forbidden (not department staff), departments.not_found
 */
export async function createThemeDraft(args: {
  ctx: AppContext;
  actor: Actor;
  input: ThemeDraftInput;
  ip: string;
}): Promise<ThemeRow> {
  const { ctx, actor, input, ip } = args;
  if (actor.role !== 'department' || !actor.departmentId) {
    throw new AppError('auth.forbidden');
  }
  const departmentId = actor.departmentId;
  await ensureContactDepartment(ctx, input.contactDepartmentId);
  return ctx.db.transaction(async (tx) => {
    const row = await insertTheme(tx, { ...draftValues(input), departmentId, status: 'draft' });
    await recordAuditEvent(tx, {
      actorUserId: actor.id,
      action: 'theme.drafted',
      subjectType: 'theme',
      subjectId: row.id,
      data: { title: row.title },
      ip,
    });
    return row;
  });
}

/**
 * Changes a draft (its own department, while it is a draft).
 * @throws themes.not_found, auth.forbidden, themes.wrong_status, departments.not_found
 */
export async function updateThemeDraft(args: {
  ctx: AppContext;
  actor: Actor;
  id: string;
  input: ThemeDraftInput;
  ip: string;
}): Promise<ThemeRow> {
  const { ctx, actor, id, input, ip } = args;
  const theme = await getManagedTheme(ctx.db, actor, id);
  if (!isThemeDepartment(actor, theme)) {
    throw new AppError('auth.forbidden');
  }
  await ensureContactDepartment(ctx, input.contactDepartmentId);
  return ctx.db.transaction(async (tx) => {
    const row = await updateThemeInStatus(tx, id, 'draft', draftValues(input));
    if (!row) {
      throw new AppError('themes.wrong_status');
    }
    await recordAuditEvent(tx, {
      actorUserId: actor.id,
      action: 'theme.updated',
      subjectType: 'theme',
      subjectId: id,
      data: { title: row.title },
      ip,
    });
    return row;
  });
}

export type ThemeStatusAction =
  | { action: 'submit' }
  | { action: 'publish' }
  | { action: 'send_back'; comment: string }
  | { action: 'close'; reason: string };

const FROM: Record<ThemeStatusAction['action'], ThemeStatus> = {
  submit: 'draft',
  publish: 'in_review',
  send_back: 'in_review',
  close: 'published',
};

const PERMISSION = {
  submit: 'submit',
  publish: 'publish',
  send_back: 'sendBack',
  close: 'close',
} as const;

/**
 * Moves a theme along its life: submit (department, draft → in_review), publish (desk,
 * in_review → published), send back (desk, in_review → draft with comments), close early
 * (department, published → closed with a reason).
 * @throws themes.not_found, auth.forbidden, themes.wrong_status
 */
export async function changeThemeStatus(args: {
  ctx: AppContext;
  actor: Actor;
  id: string;
  change: ThemeStatusAction;
  ip: string;
}): Promise<ThemeRow> {
  const { ctx, actor, id, change, ip } = args;
  const theme = await getManagedTheme(ctx.db, actor, id);
  const from = FROM[change.action];
  if (theme.status !== from) {
    throw new AppError('themes.wrong_status');
  }
  if (!themeCan(actor, theme)[PERMISSION[change.action]]) {
    throw new AppError('auth.forbidden');
  }
  const now = ctx.now();
  const patch =
    change.action === 'submit'
      ? { status: 'in_review' as const, submittedAt: now }
      : change.action === 'publish'
        ? { status: 'published' as const, publishedAt: now, reviewedAt: now, reviewComment: null }
        : change.action === 'send_back'
          ? { status: 'draft' as const, reviewedAt: now, reviewComment: change.comment }
          : { status: 'closed' as const, closedOn: tokyoDate(now), closedReason: change.reason };
  const result = await ctx.db.transaction(async (tx) => {
    const row = await updateThemeInStatus(tx, id, from, patch);
    if (!row) {
      throw new AppError('themes.wrong_status');
    }
    await recordAuditEvent(tx, {
      actorUserId: actor.id,
      action: `theme.${change.action}`,
      subjectType: 'theme',
      subjectId: id,
      data: {
        from,
        to: row.status,
        ...(change.action === 'send_back' ? { comment: change.comment } : {}),
        ...(change.action === 'close' ? { reason: change.reason } : {}),
      },
      ip,
    });
    // Submitted: the desk is asked to review; published or sent back: the department is told.
    const event =
      change.action === 'submit'
        ? ('submitted' as const)
        : change.action === 'publish'
          ? ('published' as const)
          : change.action === 'send_back'
            ? ('sent_back' as const)
            : null;
    if (event) {
      const readers =
        event === 'submitted'
          ? await coordinators(tx)
          : await departmentStaff(tx, [row.departmentId]);
      for (const reader of readers) {
        await enqueueEmail({
          tx,
          config: ctx.config,
          to: reader.email,
          language: reader.language,
          template: 'theme_status',
          data: {
            name: reader.name,
            themeTitle: row.title,
            event,
            comment: change.action === 'send_back' ? change.comment : null,
            link: appLink(ctx.config, `/staff/themes/${id}`),
          },
        });
      }
    }
    return row;
  });
  ctx.wakeOutbox();
  return result;
}

/**
 * Adds a dated amendment to a published theme (its own department).
 * @throws themes.not_found, auth.forbidden, themes.wrong_status
 */
export async function amendTheme(args: {
  ctx: AppContext;
  actor: Actor;
  id: string;
  text: string;
  ip: string;
}) {
  const { ctx, actor, id, text, ip } = args;
  const theme = await getManagedTheme(ctx.db, actor, id);
  if (!isThemeDepartment(actor, theme)) {
    throw new AppError('auth.forbidden');
  }
  if (!themeCan(actor, theme).amend) {
    throw new AppError('themes.wrong_status');
  }
  return ctx.db.transaction(async (tx) => {
    const row = await insertThemeAmendment(tx, {
      themeId: id,
      text,
      amendedOn: tokyoDate(ctx.now()),
      createdBy: actor.id,
    });
    await updateThemeInStatus(tx, id, 'published', {});
    await recordAuditEvent(tx, {
      actorUserId: actor.id,
      action: 'theme.amended',
      subjectType: 'theme',
      subjectId: id,
      data: { amendmentId: row.id },
      ip,
    });
    return row;
  });
}

/**
 * A registered proposer asks a question on a published theme; the department answers it.
 * @throws themes.not_found (unknown or unpublished), auth.forbidden (not a proposer), themes.closed
 */
export async function askThemeQuestion(args: {
  ctx: AppContext;
  actor: Actor;
  id: string;
  question: string;
  ip: string;
}) {
  const { ctx, actor, id, question, ip } = args;
  const theme = await getThemeById(ctx.db, id);
  if (!theme || (theme.status !== 'published' && theme.status !== 'closed')) {
    throw new AppError('themes.not_found');
  }
  if (actor.role !== 'proposer') {
    throw new AppError('auth.forbidden');
  }
  const lastDay = themeLastDay(theme);
  if (!canAskQuestion(actor, theme) || (lastDay !== null && lastDay < tokyoDate(ctx.now()))) {
    throw new AppError('themes.closed');
  }
  return ctx.db.transaction(async (tx) => {
    const row = await insertThemeQuestion(tx, { themeId: id, askedBy: actor.id, question });
    await recordAuditEvent(tx, {
      actorUserId: actor.id,
      action: 'theme.question_asked',
      subjectType: 'theme',
      subjectId: id,
      data: { questionId: row.id },
      ip,
    });
    return row;
  });
}

/**
 * The theme's department answers a question: the answer becomes public on the theme's page and
 * the asker is e-mailed (never named anywhere).
 * @throws themes.not_found, auth.forbidden, themes.question_not_found, themes.already_answered
 */
export async function answerQuestion(args: {
  ctx: AppContext;
  actor: Actor;
  id: string;
  questionId: string;
  answer: string;
  ip: string;
}) {
  const { ctx, actor, id, questionId, answer, ip } = args;
  const theme = await getManagedTheme(ctx.db, actor, id);
  if (!themeCan(actor, theme).answer) {
    throw new AppError('auth.forbidden');
  }
  const result = await ctx.db.transaction(async (tx) => {
    const row = await answerThemeQuestion(tx, {
      themeId: id,
      questionId,
      answer,
      answeredBy: actor.id,
      at: ctx.now(),
    });
    if (!row) {
      const known = (await findThemeQuestions(tx, id, false)).some((q) => q.id === questionId);
      throw new AppError(known ? 'themes.already_answered' : 'themes.question_not_found');
    }
    await recordAuditEvent(tx, {
      actorUserId: actor.id,
      action: 'theme.question_answered',
      subjectType: 'theme',
      subjectId: id,
      data: { questionId },
      ip,
    });
    const asker = row.askedBy ? await getUserById(tx, row.askedBy) : undefined;
    if (asker && !asker.disabledAt) {
      await enqueueEmail({
        tx,
        config: ctx.config,
        to: asker.email,
        language: asker.language,
        template: 'theme_question_answered',
        data: {
          name: asker.name,
          themeTitle: theme.title,
          question: row.question,
          answer,
          link: appLink(ctx.config, `/themes/${id}`),
        },
      });
    }
    return row;
  });
  ctx.wakeOutbox();
  return result;
}
