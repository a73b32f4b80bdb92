/**
 * The organisation chart, administered: add a 局, 部 or 課, rename it, move it under another
 * parent of the right level, edit a 課's routing profile (with a preview of what the routing
 * would suggest), hand a department's open proposals and themes in use over to another 課, and
 * retire it. Every change is one transaction with its audit event; a handover also writes a
 * timeline event on each proposal it moves and e-mails the receiving 課's staff.
 */
import { tokyoDate } from '@kyoso/calendar/dates';
import {
  childLevel,
  type AdminDepartment,
  type CreateDepartmentBody,
  type RoutingPreviewBody,
  type UpdateDepartmentBody,
} from '@kyoso/contracts/departments';
import type { AppContext } from '../../app-context';
import type { Executor } from '../../db/client';
import { recordAuditEvent } from '../audit/audit.repository';
import { appLink, enqueueEmail } from '../notifications/outbox.service';
import { presentDepartment } from '../departments/departments.presenter';
import {
  findDepartments,
  getDepartmentByCode,
  getDepartmentById,
  insertDepartment,
  lockDepartment,
  nextSortOrder,
  updateDepartment,
  type DepartmentRow,
} from '../departments/departments.repository';
import {
  countOpenProposalsByDepartment,
  lockOpenProposalsOf,
  moveAssignment,
} from '../proposals/proposals.repository';
import { recordCaseEvent } from '../proposals/proposals.timeline';
import { rankDepartments } from '../routing/routing.service';
import { AppError } from '../shared/errors';
import {
  countThemesInUseByDepartment,
  lockThemesInUseOf,
  moveThemeDepartment,
} from '../themes/themes.repository';
import type { Actor } from '../users/actor';
import { departmentStaff } from '../users/users.repository';

type Change = { ctx: AppContext; actor: Actor; ip: string | null };

function presentAdminDepartments(
  rows: DepartmentRow[],
  open: ReadonlyMap<string, number>,
  themes: ReadonlyMap<string, number>,
): AdminDepartment[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return rows.map((row) => ({
    ...presentDepartment(row, byId),
    mission: row.mission,
    keywords: row.keywords,
    retiredAt: row.retiredAt?.toISOString() ?? null,
    openProposals: open.get(row.id) ?? 0,
    openThemes: themes.get(row.id) ?? 0,
  }));
}

/** Every department, retired ones too, with its routing profile, open proposals and themes. */
export async function listDepartmentsForAdmin(ctx: AppContext): Promise<AdminDepartment[]> {
  const [rows, open, themes] = await Promise.all([
    findDepartments(ctx.db),
    countOpenProposalsByDepartment(ctx.db),
    countThemesInUseByDepartment(ctx.db, tokyoDate(ctx.now())),
  ]);
  return presentAdminDepartments(rows, open, themes);
}

async function presentOne(ctx: AppContext, id: string): Promise<AdminDepartment> {
  const found = (await listDepartmentsForAdmin(ctx)).find((d) => d.id === id);
  if (!found) {
    throw new AppError('departments.not_found');
  }
  return found;
}

function invalidParent(path = 'parentId'): AppError {
  return new AppError('departments.invalid_parent', {
    details: [
      { path, code: 'departments.invalid_parent', message: { key: 'departments.invalid_parent' } },
    ],
  });
}

/** A parent in use, or null for a 局. @throws departments.invalid_parent */
async function parentFor(db: Executor, parentId: string | null) {
  if (parentId === null) {
    return null;
  }
  const parent = await getDepartmentById(db, parentId);
  if (!parent || parent.retiredAt || parent.isCoordinatorDesk) {
    throw invalidParent();
  }
  return parent;
}

/** @throws departments.invalid_parent, departments.code_taken */
export async function createDepartment(
  args: Change & { input: CreateDepartmentBody },
): Promise<AdminDepartment> {
  const { ctx, actor, ip, input } = args;
  const parent = await parentFor(ctx.db, input.parentId);
  const level = childLevel(parent?.level ?? null);
  if (!level) {
    throw invalidParent();
  }
  if (await getDepartmentByCode(ctx.db, input.code)) {
    throw new AppError('departments.code_taken', {
      details: [
        {
          path: 'code',
          code: 'departments.code_taken',
          message: { key: 'departments.code_taken' },
        },
      ],
    });
  }
  const created = await ctx.db.transaction(async (tx) => {
    const row = await insertDepartment(tx, {
      parentId: parent?.id ?? null,
      level,
      code: input.code,
      nameJa: input.nameJa,
      nameEn: input.nameEn,
      sortOrder: await nextSortOrder(tx),
    });
    await recordAuditEvent(tx, {
      actorUserId: actor.id,
      action: 'department.created',
      subjectType: 'department',
      subjectId: row.id,
      data: {
        code: row.code,
        level,
        nameJa: row.nameJa,
        nameEn: row.nameEn,
        parentId: row.parentId,
      },
      ip,
    });
    return row;
  });
  return presentOne(ctx, created.id);
}

/**
 * Renames, moves or changes the routing profile of a department in use; the audit event keeps
 * what changed, before and after.
 * @throws departments.not_found, departments.retired, departments.invalid_parent
 */
export async function changeDepartment(
  args: Change & { id: string; input: UpdateDepartmentBody },
): Promise<AdminDepartment> {
  const { ctx, actor, ip, id, input } = args;
  await ctx.db.transaction(async (tx) => {
    const current = await lockDepartment(tx, id);
    if (!current) {
      throw new AppError('departments.not_found');
    }
    if (current.retiredAt) {
      throw new AppError('departments.retired');
    }
    if (input.parentId !== undefined && input.parentId !== current.parentId) {
      const parent = await parentFor(tx, input.parentId);
      if (!parent || parent.id === id || childLevel(parent.level) !== current.level) {
        throw invalidParent();
      }
    }
    const changes: Partial<DepartmentRow> = {};
    const before: Record<string, unknown> = {};
    for (const key of ['nameJa', 'nameEn', 'parentId', 'mission', 'keywords'] as const) {
      const value = input[key];
      if (value !== undefined && JSON.stringify(value) !== JSON.stringify(current[key])) {
        Object.assign(changes, { [key]: value });
        before[key] = current[key];
      }
    }
    if (Object.keys(changes).length === 0) {
      return;
    }
    await updateDepartment(tx, id, changes);
    await recordAuditEvent(tx, {
      actorUserId: actor.id,
      action: 'department.updated',
      subjectType: 'department',
      subjectId: id,
      data: { ...changes, before },
      ip,
    });
  });
  return presentOne(ctx, id);
}

/**
 * Retires a department: refused while departments under it are in use, while it still leads
 * or supports open proposals (the error names how many), or while it owns or is the contact of
 * themes in use (the error names them); a handover moves both. Its closed themes keep it: the
 * public pages still name it on them.
 * @throws departments.not_found, departments.retired, departments.has_children,
 * departments.has_open_proposals, departments.has_open_themes
 */
export async function retireDepartment(args: Change & { id: string }): Promise<AdminDepartment> {
  const { ctx, actor, ip, id } = args;
  await ctx.db.transaction(async (tx) => {
    const current = await lockDepartment(tx, id);
    if (!current) {
      throw new AppError('departments.not_found');
    }
    if (current.retiredAt) {
      throw new AppError('departments.retired');
    }
    const children = (await findDepartments(tx)).filter(
      (d) => d.parentId === id && d.retiredAt === null,
    );
    if (children.length > 0) {
      throw new AppError('departments.has_children');
    }
    const open = await lockOpenProposalsOf(tx, id);
    if (open.length > 0) {
      throw new AppError('departments.has_open_proposals', {
        message: { key: 'detail.departments.open_proposals', vars: { count: open.length } },
        details: [
          {
            path: 'openProposals',
            code: 'departments.has_open_proposals',
            message: { key: 'detail.departments.open_proposals', vars: { count: open.length } },
          },
        ],
      });
    }
    const themes = await lockThemesInUseOf(tx, id, tokyoDate(ctx.now()));
    if (themes.length > 0) {
      const vars = {
        count: themes.length,
        titles: themes.map((theme) => `「${theme.title}」`).join(''),
      };
      throw new AppError('departments.has_open_themes', {
        message: { key: 'detail.departments.open_themes', vars },
        details: [
          {
            path: 'openThemes',
            code: 'departments.has_open_themes',
            message: { key: 'detail.departments.open_themes', vars },
          },
        ],
      });
    }
    await updateDepartment(tx, id, { retiredAt: ctx.now() });
    await recordAuditEvent(tx, {
      actorUserId: actor.id,
      action: 'department.retired',
      subjectType: 'department',
      subjectId: id,
      data: { code: current.code, nameJa: current.nameJa, nameEn: current.nameEn },
      ip,
    });
  });
  return presentOne(ctx, id);
}

/**
 * Hands every open proposal a department leads or supports to one 課, keeping each role, and
 * every theme in use it owns or is the contact for, in one transaction: an audit event per
 * proposal (with an internal timeline event) and per theme, one audit event for the department,
 * and an e-mail to each active member of the receiving 課's staff naming what they now hold
 * (sent after the commit; none when there was nothing to hand over). The digest opt-out does
 * not apply: this is not a digest.
 * @throws departments.not_found, departments.invalid_handover
 */
export async function handOverProposals(
  args: Change & { id: string; toDepartmentId: string },
): Promise<{ moved: number; themes: number }> {
  const { ctx, actor, ip, id, toDepartmentId } = args;
  const invalid = () =>
    new AppError('departments.invalid_handover', {
      details: [
        {
          path: 'toDepartmentId',
          code: 'departments.invalid_handover',
          message: { key: 'departments.invalid_handover' },
        },
      ],
    });
  const result = await ctx.db.transaction(async (tx) => {
    const from = await lockDepartment(tx, id);
    if (!from) {
      throw new AppError('departments.not_found');
    }
    const to = await getDepartmentById(tx, toDepartmentId);
    if (
      !to ||
      to.id === from.id ||
      to.level !== 'section' ||
      to.isCoordinatorDesk ||
      to.retiredAt !== null
    ) {
      throw invalid();
    }
    const names = (d: DepartmentRow) => ({ ja: d.nameJa, en: d.nameEn });
    const open = await lockOpenProposalsOf(tx, id);
    const moved: Array<(typeof open)[number] & { role: 'lead' | 'supporting' }> = [];
    for (const proposal of open) {
      const move = await moveAssignment(tx, {
        proposalId: proposal.proposalId,
        fromDepartmentId: from.id,
        toDepartmentId: to.id,
        assignedBy: actor.id,
      });
      const role = move?.role ?? null;
      // The receiving staff hear of what is new to them (not of a proposal they already lead).
      if (move?.changedForTarget) {
        moved.push({ ...proposal, role: move.role });
      }
      const data = { fromDepartmentId: from.id, toDepartmentId: to.id, role };
      await recordCaseEvent(tx, {
        proposalId: proposal.proposalId,
        type: 'departments_handed_over',
        actor,
        data: { ...data, from: names(from), to: names(to) },
        visibility: 'internal',
      });
      await recordAuditEvent(tx, {
        actorUserId: actor.id,
        action: 'department.proposal_handed_over',
        subjectType: 'proposal',
        subjectId: proposal.proposalId,
        data,
        ip,
      });
    }
    const themes = await lockThemesInUseOf(tx, from.id, tokyoDate(ctx.now()));
    for (const theme of themes) {
      await moveThemeDepartment(tx, {
        themeId: theme.id,
        fromDepartmentId: from.id,
        toDepartmentId: to.id,
      });
      await recordAuditEvent(tx, {
        actorUserId: actor.id,
        action: 'department.theme_handed_over',
        subjectType: 'theme',
        subjectId: theme.id,
        data: {
          fromDepartmentId: from.id,
          toDepartmentId: to.id,
          title: theme.title,
          status: theme.status,
          owner: theme.departmentId === from.id,
          contact: theme.contactDepartmentId === from.id,
        },
        ip,
      });
    }
    await recordAuditEvent(tx, {
      actorUserId: actor.id,
      action: 'department.handed_over',
      subjectType: 'department',
      subjectId: from.id,
      data: { toDepartmentId: to.id, moved: open.length, themes: themes.length },
      ip,
    });
    if (moved.length > 0 || themes.length > 0) {
      await notifyReceivingStaff({ ctx, tx, from, to, proposals: moved, themes });
    }
    return { moved: open.length, themes: themes.length };
  });
  if (result.moved > 0 || result.themes > 0) {
    ctx.wakeOutbox();
  }
  return result;
}

/** Tells each active member of the receiving 課's staff what it now holds, and from whom. */
async function notifyReceivingStaff(args: {
  ctx: AppContext;
  tx: Executor;
  from: DepartmentRow;
  to: DepartmentRow;
  proposals: ReadonlyArray<{
    proposalId: string;
    referenceNumber: string | null;
    title: string;
    role: 'lead' | 'supporting';
  }>;
  themes: ReadonlyArray<{ id: string; title: string }>;
}) {
  const { ctx, tx, from, to } = args;
  const proposals = [...args.proposals]
    .sort((a, b) => (a.referenceNumber ?? '').localeCompare(b.referenceNumber ?? ''))
    .map((p) => ({
      referenceNumber: p.referenceNumber,
      title: p.title,
      role: p.role,
      link: appLink(ctx.config, `/proposals/${p.proposalId}`),
    }));
  const themes = args.themes.map((theme) => ({
    title: theme.title,
    link: appLink(ctx.config, `/staff/themes/${theme.id}`),
  }));
  // Every active member, whatever their digest setting: this is no digest but a change of work.
  for (const member of await departmentStaff(tx, [to.id])) {
    await enqueueEmail({
      tx,
      config: ctx.config,
      to: member.email,
      language: member.language,
      template: 'department_handover',
      data: {
        name: member.name,
        fromDepartment: { ja: from.nameJa, en: from.nameEn },
        toDepartment: { ja: to.nameJa, en: to.nameEn },
        proposals,
        themes,
        inboxLink: appLink(ctx.config, '/inbox'),
      },
    });
  }
}

/** What the routing would suggest for a sample text, with a section's profile as edited. */
export async function previewRouting(ctx: AppContext, input: RoutingPreviewBody) {
  return rankDepartments({
    ctx,
    text: input.text,
    themeDepartmentId: null,
    ...(input.profile ? { profile: input.profile } : {}),
  });
}
