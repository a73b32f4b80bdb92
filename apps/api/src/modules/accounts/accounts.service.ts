/**
 * Accounts managed by administrators: staff of the desk and the departments, and other
 * administrators. A new staff member gets an e-mail with a link to set a password.
 */
import type { Role } from '@kyoso/contracts/roles';
import { textOf } from '@kyoso/i18n/core';
import { workflowMessages } from '@kyoso/i18n/catalogues/workflow';
import type { CreateStaffUserBody } from '@kyoso/contracts/users';
import type { Actor } from '../users/actor';
import { recordAuditEvent } from '../audit/audit.repository';
import { AUTH_POLICY } from '../auth/auth.service';
import { createUserToken, revokeUserSessions } from '../auth/auth.repository';
import { getDepartmentById } from '../departments/departments.repository';
import { appLink, enqueueEmail } from '../notifications/outbox.service';
import type { AppContext } from '../../app-context';
import { AppError } from '../shared/errors';
import { generateToken, hashToken } from '../shared/tokens';
import {
  createUser,
  getUserByEmail,
  getUserById,
  updateUser,
  type UserRow,
} from '../users/users.repository';

async function ensureDepartmentFor(
  ctx: AppContext,
  role: Role,
  departmentId: string | null | undefined,
  /** The department is being chosen now (a retired one is refused), not kept. */
  chosen: boolean,
) {
  if (role === 'department' && !departmentId) {
    throw new AppError('users.department_required', {
      details: [
        {
          path: 'departmentId',
          code: 'users.department_required',
          issue: {
            code: 'invalid_value',
            message: 'common.required',
            path: ['departmentId'],
            input: undefined,
          },
        },
      ],
    });
  }
  if (departmentId) {
    const department = await getDepartmentById(ctx.db, departmentId);
    if (!department) {
      throw new AppError('departments.not_found');
    }
    // Nobody joins a department that was abolished (its present staff keep it until moved).
    if (department.retiredAt && chosen) {
      throw new AppError('departments.retired', {
        details: [
          {
            path: 'departmentId',
            code: 'departments.retired',
            message: { key: 'departments.retired' },
          },
        ],
      });
    }
  }
}

/**
 * Creates a staff account and e-mails its owner a link to set a password (valid 7 days).
 * @throws auth.email_taken, users.department_required, departments.not_found, departments.retired
 */
export async function createStaffUser(args: {
  ctx: AppContext;
  actor: Actor;
  input: CreateStaffUserBody;
  ip: string | null;
}): Promise<{ user: UserRow }> {
  const { ctx, actor, input, ip } = args;
  await ensureDepartmentFor(ctx, input.role, input.departmentId, true);
  if (await getUserByEmail(ctx.db, input.email)) {
    throw new AppError('auth.email_taken');
  }
  const token = generateToken();
  const user = await ctx.db.transaction(async (tx) => {
    const created = await createUser(tx, {
      email: input.email,
      name: input.name,
      role: input.role,
      language: input.language,
      departmentId: input.departmentId ?? null,
    });
    await createUserToken(tx, {
      userId: created.id,
      purpose: 'reset_password',
      tokenHash: hashToken(token),
      expiresAt: new Date(ctx.now().getTime() + AUTH_POLICY.staffWelcomeDays * 86_400_000),
    });
    await enqueueEmail({
      tx,
      config: ctx.config,
      to: created.email,
      language: created.language,
      template: 'staff_welcome',
      data: {
        name: created.name,
        link: appLink(ctx.config, '/reset-password', { token, welcome: '1' }),
        roleLabel: textOf(workflowMessages, `role.${created.role}`),
        expiresDays: AUTH_POLICY.staffWelcomeDays,
      },
    });
    await recordAuditEvent(tx, {
      actorUserId: actor.id,
      action: 'user.staff_created',
      subjectType: 'user',
      subjectId: created.id,
      data: { role: created.role, departmentId: created.departmentId },
      ip,
    });
    return created;
  });
  ctx.wakeOutbox();
  return { user };
}

/**
 * Changes a staff account's name, role, department or disables it (which ends its sessions).
 * Proposer accounts are not managed here.
 * @throws users.not_found, auth.forbidden, users.department_required, departments.not_found,
 * departments.retired
 */
export async function updateStaffUser(args: {
  ctx: AppContext;
  actor: Actor;
  userId: string;
  input: {
    name?: string | undefined;
    role?: Exclude<Role, 'proposer'> | undefined;
    departmentId?: string | null | undefined;
    departmentHead?: boolean | undefined;
    disabled?: boolean | undefined;
  };
  ip: string | null;
}): Promise<{ user: UserRow }> {
  const { ctx, actor, userId, input, ip } = args;
  const target = await getUserById(ctx.db, userId);
  if (!target) {
    throw new AppError('users.not_found');
  }
  if (target.role === 'proposer') {
    throw new AppError('auth.forbidden');
  }
  if (target.id === actor.id && (input.disabled || (input.role && input.role !== 'admin'))) {
    // An administrator cannot lock themselves out.
    throw new AppError('auth.forbidden');
  }
  const role = input.role ?? target.role;
  const departmentId = input.departmentId !== undefined ? input.departmentId : target.departmentId;
  await ensureDepartmentFor(
    ctx,
    role,
    departmentId,
    input.departmentId !== undefined && input.departmentId !== target.departmentId,
  );
  // Only department staff head a department, and a move to another department ends the role
  // unless it is given again.
  const departmentHead =
    role === 'department' &&
    (input.departmentHead ??
      (departmentId === target.departmentId ? target.departmentHead : false));
  const now = ctx.now();
  const user = await ctx.db.transaction(async (tx) => {
    const updated = await updateUser(tx, userId, {
      ...(input.name !== undefined ? { name: input.name } : {}),
      role,
      departmentId,
      departmentHead,
      ...(input.disabled !== undefined ? { disabledAt: input.disabled ? now : null } : {}),
    });
    if (input.disabled || role !== target.role) {
      await revokeUserSessions(tx, userId, input.disabled ? 'disabled' : 'role_changed', now);
    }
    await recordAuditEvent(tx, {
      actorUserId: actor.id,
      action: 'user.staff_updated',
      subjectType: 'user',
      subjectId: userId,
      data: { ...input },
      ip,
    });
    return updated;
  });
  if (!user) {
    throw new AppError('users.not_found');
  }
  return { user };
}
