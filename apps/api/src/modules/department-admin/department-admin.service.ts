/**
 * The organisation chart, administered: add a 局, 部 or 課, rename it, move it under another
 * parent of the right level, edit a 課's routing profile (with a preview of what the routing
 * would suggest), hand a department's open proposals over to another 課, and retire it. Every
 * change is one transaction with its audit event; a handover also writes a timeline event on
 * each proposal it moves.
 */
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
import type { Actor } from '../users/actor';

type Change = { ctx: AppContext; actor: Actor; ip: string | null };

function presentAdminDepartments(
  rows: DepartmentRow[],
  open: ReadonlyMap<string, number>,
): AdminDepartment[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return rows.map((row) => ({
    ...presentDepartment(row, byId),
    mission: row.mission,
    keywords: row.keywords,
    retiredAt: row.retiredAt?.toISOString() ?? null,
    openProposals: open.get(row.id) ?? 0,
  }));
}

/** Every department, retired ones too, with its routing profile and open proposals. */
export async function listDepartmentsForAdmin(ctx: AppContext): Promise<AdminDepartment[]> {
  const [rows, open] = await Promise.all([
    findDepartments(ctx.db),
    countOpenProposalsByDepartment(ctx.db),
  ]);
  return presentAdminDepartments(rows, open);
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
 * Retires a department: refused while departments under it are in use or while it still leads
 * or supports open proposals (the error names how many; hand them over first).
 * @throws departments.not_found, departments.retired, departments.has_children,
 * departments.has_open_proposals
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
 * Hands every open proposal a department leads or supports to one 課, keeping each role, in one
 * transaction: an audit event and an internal timeline event per proposal, and one audit event
 * for the department.
 * @throws departments.not_found, departments.invalid_handover
 */
export async function handOverProposals(
  args: Change & { id: string; toDepartmentId: string },
): Promise<{ moved: number }> {
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
  return ctx.db.transaction(async (tx) => {
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
    for (const proposal of open) {
      const role = await moveAssignment(tx, {
        proposalId: proposal.proposalId,
        fromDepartmentId: from.id,
        toDepartmentId: to.id,
        assignedBy: actor.id,
      });
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
    await recordAuditEvent(tx, {
      actorUserId: actor.id,
      action: 'department.handed_over',
      subjectType: 'department',
      subjectId: from.id,
      data: { toDepartmentId: to.id, moved: open.length },
      ip,
    });
    return { moved: open.length };
  });
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
