/**
 * Accounts and sessions: registration with e-mail verification, login with throttling, rotating
 * refresh tokens with reuse detection, password reset and change. HTTP concerns (cookies, JWT
 * signing) stay in the routes.
 */
import type { z } from 'zod';
import type { acceptInvitationBodySchema, RegisterBody } from '@kyoso/contracts/auth';
import type { Language } from '@kyoso/i18n/languages';
import { recordAuditEvent } from '../audit/audit.repository';
import { appLink, enqueueEmail } from '../notifications/outbox.service';
import {
  createOrganization,
  getOpenInvitationByHash,
  markInvitationAccepted,
} from '../organizations/organizations.repository';
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
import {
  consumeUserToken,
  createSession,
  createUserToken,
  getLoginPressure,
  getRefreshToken,
  insertRefreshToken,
  lockLoginCounters,
  markLoginAttemptSucceeded,
  markRefreshTokenUsed,
  peekUserToken,
  revokeSession,
  startLoginAttempt,
  revokeUserTokens,
  revokeUserSessions,
  touchSession,
} from './auth.repository';
import { judgeLoginAttempt, LOGIN_WINDOWS, type LoginVerdict } from './login-throttle';
import { hashPassword, passwordProblem, verifyPassword } from './passwords';

export const AUTH_POLICY = {
  accessTokenSeconds: 15 * 60,
  refreshTokenDays: 14,
  sessionMaxDays: 30,
  verifyEmailHours: 48,
  passwordResetMinutes: 60,
  staffWelcomeDays: 7,
  /** A refresh token presented again within this window lost a race with a parallel refresh. */
  refreshReuseGraceSeconds: 30,
} as const;

const DAY = 86_400_000;

/** Throws a 400 on the `password` field when the password is too weak. */
export function ensurePasswordAcceptable(
  password: string,
  email: string,
  language: Language,
  field = 'password',
): void {
  const problem = passwordProblem(password, email);
  if (problem) {
    throw new AppError('auth.weak_password', {
      details: [
        {
          path: field,
          code: problem.code,
          message: {
            key: `validation.${problem.code}`,
            ...(problem.vars ? { vars: problem.vars } : {}),
          },
        },
      ],
    });
  }
}

function isUniqueViolation(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth += 1) {
    if ((current as { code?: unknown }).code === '23505') {
      return true;
    }
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** Issues a single-use e-mail verification link inside `tx`. */
async function sendVerificationEmail(
  ctx: AppContext,
  tx: Parameters<typeof createUserToken>[0],
  user: UserRow,
) {
  const token = generateToken();
  await createUserToken(tx, {
    userId: user.id,
    purpose: 'verify_email',
    tokenHash: hashToken(token),
    expiresAt: new Date(ctx.now().getTime() + AUTH_POLICY.verifyEmailHours * 3_600_000),
  });
  await enqueueEmail({
    tx,
    config: ctx.config,
    to: user.email,
    language: user.language,
    template: 'verify_email',
    data: {
      name: user.name,
      link: appLink(ctx.config, '/verify-email', { token }),
      expiresHours: AUTH_POLICY.verifyEmailHours,
    },
  });
}

/**
 * Tells the owner of an address that someone tried to register with it (log in or reset the
 * password), instead of telling the person who tried that the address is taken.
 */
async function notifyRegistrationAttempt(ctx: AppContext, owner: UserRow, ip: string | null) {
  if (owner.disabledAt) {
    return; // nothing to offer a disabled account; the answer is the same all the same
  }
  await ctx.db.transaction(async (tx) => {
    await enqueueEmail({
      tx,
      config: ctx.config,
      to: owner.email,
      language: owner.language,
      template: 'registration_attempt',
      data: {
        name: owner.name,
        loginLink: appLink(ctx.config, '/login'),
        resetLink: appLink(ctx.config, '/forgot-password'),
      },
    });
    await recordAuditEvent(tx, {
      actorUserId: null,
      action: 'user.registration_attempted',
      subjectType: 'user',
      subjectId: owner.id,
      ip,
    });
  });
  ctx.wakeOutbox();
}

/**
 * Registers a proposer and their organisation, and e-mails a verification link. When the address
 * already has an account (a proposer's or a staff member's), nothing is created and its owner is
 * e-mailed instead; the caller cannot tell the two apart (same answer, same password-hashing
 * work), so registration does not reveal which addresses have accounts.
 * @throws auth.weak_password
 */
export async function registerProposer(args: {
  ctx: AppContext;
  input: RegisterBody;
  language: Language;
  ip: string | null;
}): Promise<void> {
  const { ctx, input, language, ip } = args;
  ensurePasswordAcceptable(input.password, input.email, language);
  // Hashed whether or not the address is taken, so the answer takes as long either way.
  const passwordHash = await hashPassword(input.password, ctx.config.passwordHashCost);
  const existing = await getUserByEmail(ctx.db, input.email);
  if (existing) {
    await notifyRegistrationAttempt(ctx, existing, ip);
    return;
  }
  try {
    await ctx.db.transaction(async (tx) => {
      const organization = await createOrganization(tx, {
        name: input.organization.name,
        kind: input.organization.kind,
        corporateNumber: input.organization.corporateNumber ?? null,
      });
      const created = await createUser(tx, {
        email: input.email,
        passwordHash,
        name: input.name,
        role: 'proposer',
        language: input.language,
        organizationId: organization.id,
        passwordChangedAt: ctx.now(),
      });
      await sendVerificationEmail(ctx, tx, created);
      await recordAuditEvent(tx, {
        actorUserId: created.id,
        action: 'user.registered',
        subjectType: 'user',
        subjectId: created.id,
        data: { organizationId: organization.id },
        ip,
      });
    });
    ctx.wakeOutbox();
  } catch (error) {
    if (!isUniqueViolation(error)) {
      throw error;
    }
    // A parallel registration of the same address won the race: answer as it was answered.
    const winner = await getUserByEmail(ctx.db, input.email);
    if (winner) {
      await notifyRegistrationAttempt(ctx, winner, ip);
    }
  }
}

/**
 * Marks the e-mail address behind a verification link as verified. The link works once.
 * @throws auth.token_invalid
 */
export async function verifyEmail(args: { ctx: AppContext; token: string }): Promise<void> {
  const { ctx, token } = args;
  const verified = await ctx.db.transaction(async (tx) => {
    const userId = await consumeUserToken(tx, hashToken(token), 'verify_email', ctx.now());
    if (!userId) {
      return false;
    }
    const user = await getUserById(tx, userId);
    if (user && !user.emailVerifiedAt) {
      await updateUser(tx, userId, { emailVerifiedAt: ctx.now() });
    }
    await recordAuditEvent(tx, {
      actorUserId: userId,
      action: 'user.email_verified',
      subjectType: 'user',
      subjectId: userId,
    });
    return true;
  });
  if (!verified) {
    throw new AppError('auth.token_invalid');
  }
}

/** Sends a new verification link, if the address belongs to an unverified account. Always succeeds. */
export async function resendVerification(args: { ctx: AppContext; email: string }): Promise<void> {
  const { ctx, email } = args;
  const user = await getUserByEmail(ctx.db, email);
  if (!user || user.emailVerifiedAt || user.disabledAt) {
    return;
  }
  await ctx.db.transaction((tx) => sendVerificationEmail(ctx, tx, user));
  ctx.wakeOutbox();
}

export type IssuedSession = { sessionId: string; refreshToken: string; user: UserRow };

/** Opens a session for `user` (after a login, a password change or an accepted invitation). */
export async function issueSession(
  ctx: AppContext,
  user: UserRow,
  client: { ip: string | null; userAgent: string | null },
): Promise<IssuedSession> {
  const now = ctx.now();
  const refreshToken = generateToken();
  const sessionId = await ctx.db.transaction(async (tx) => {
    const session = await createSession(tx, {
      userId: user.id,
      ip: client.ip,
      userAgent: client.userAgent?.slice(0, 500) ?? null,
      expiresAt: new Date(now.getTime() + AUTH_POLICY.sessionMaxDays * DAY),
    });
    await insertRefreshToken(tx, {
      sessionId: session.id,
      tokenHash: hashToken(refreshToken),
      expiresAt: new Date(now.getTime() + AUTH_POLICY.refreshTokenDays * DAY),
    });
    return session.id;
  });
  return { sessionId, refreshToken, user };
}

/** A hash of a random password, so that an unknown e-mail costs as much time as a known one. */
let dummyHash: Promise<string> | undefined;

/** The error of a refused attempt, telling the person what to do next and when. */
function throttledError(verdict: Extract<LoginVerdict, { allowed: false }>): AppError {
  const retryAfterSeconds = verdict.retryAfterSeconds;
  const count = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  if (verdict.reason === 'account') {
    return new AppError('auth.account_locked', { retryAfterSeconds });
  }
  return new AppError('auth.too_many_attempts', {
    retryAfterSeconds,
    message: {
      key:
        verdict.reason === 'ip' ? 'detail.auth.throttled_network' : 'detail.auth.throttled_device',
      vars: { count },
    },
  });
}

/**
 * Counts an attempt on an account's password *before* it is checked (see `login-throttle.ts`)
 * and refuses it when the throttle says so. Returns the function that records a success.
 * @throws auth.account_locked, auth.too_many_attempts
 */
async function beginPasswordAttempt(
  ctx: AppContext,
  args: { email: string; ip: string; passwordChangedAt: Date | null },
): Promise<(succeeded: boolean) => Promise<void>> {
  const now = ctx.now();
  // Counted under the account's and the address's locks, in a short transaction that ends before
  // the (slow) password check: each attempt sees every earlier one, so exactly as many attempts
  // as the limits allow get through, however many arrive at once.
  const attemptId = await ctx.db.transaction(async (tx) => {
    await lockLoginCounters(tx, args.email, args.ip);
    const id = await startLoginAttempt(tx, { email: args.email, ip: args.ip, at: now });
    const pressure = await getLoginPressure(tx, {
      email: args.email,
      ip: args.ip,
      attemptId: id,
      passwordChangedAt: args.passwordChangedAt,
      pairSince: new Date(now.getTime() - LOGIN_WINDOWS.pairHours * 3_600_000),
      ceilingSince: new Date(now.getTime() - LOGIN_WINDOWS.ceilingMinutes * 60_000),
    });
    const verdict = judgeLoginAttempt(pressure, ctx.config.loginThrottle, now);
    if (!verdict.allowed) {
      // Rolled back: a refused attempt checked nothing, so it neither counts nor prolongs a wait.
      throw throttledError(verdict);
    }
    return id;
  });
  return async (succeeded) => {
    if (succeeded) {
      await markLoginAttemptSucceeded(ctx.db, attemptId);
    }
  };
}

/**
 * Checks e-mail and password and opens a session. The attempt is counted before the password is
 * checked: per account and address (back-off), per account and per address (ceilings).
 * @throws auth.too_many_attempts, auth.account_locked, auth.invalid_credentials,
 *   auth.account_disabled, auth.email_not_verified
 */
export async function login(args: {
  ctx: AppContext;
  email: string;
  password: string;
  ip: string;
  userAgent: string | null;
}): Promise<IssuedSession> {
  const { ctx, email, password, ip, userAgent } = args;
  const user = await getUserByEmail(ctx.db, email);
  const finish = await beginPasswordAttempt(ctx, {
    email,
    ip,
    passwordChangedAt: user?.passwordChangedAt ?? null,
  });
  let valid = false;
  if (user?.passwordHash) {
    valid = await verifyPassword(password, user.passwordHash);
  } else {
    dummyHash ??= hashPassword(generateToken(), ctx.config.passwordHashCost);
    await verifyPassword(password, await dummyHash);
  }
  await finish(valid);
  if (!user || !valid) {
    throw new AppError('auth.invalid_credentials');
  }
  if (user.disabledAt) {
    throw new AppError('auth.account_disabled');
  }
  if (!user.emailVerifiedAt) {
    throw new AppError('auth.email_not_verified');
  }
  return issueSession(ctx, user, { ip, userAgent });
}

/**
 * Rotates a refresh token: the old one is used up and a new one issued. Presenting a used token
 * again (after a short grace for parallel tabs) means it was stolen: the session is revoked.
 * @throws auth.unauthenticated
 */
export async function refreshSession(args: {
  ctx: AppContext;
  refreshToken: string;
}): Promise<IssuedSession> {
  const { ctx, refreshToken } = args;
  const now = ctx.now();
  const found = await getRefreshToken(ctx.db, hashToken(refreshToken));
  if (
    !found ||
    found.session.revokedAt ||
    found.session.expiresAt <= now ||
    found.token.expiresAt <= now
  ) {
    throw new AppError('auth.unauthenticated');
  }
  if (found.token.usedAt) {
    const age = now.getTime() - found.token.usedAt.getTime();
    if (age > AUTH_POLICY.refreshReuseGraceSeconds * 1000) {
      await ctx.db.transaction(async (tx) => {
        await revokeSession(tx, found.session.id, 'refresh_token_reuse', now);
        await recordAuditEvent(tx, {
          actorUserId: found.session.userId,
          action: 'session.refresh_reuse_detected',
          subjectType: 'session',
          subjectId: found.session.id,
        });
      });
    }
    throw new AppError('auth.unauthenticated');
  }
  const user = await getUserById(ctx.db, found.session.userId);
  if (!user || user.disabledAt) {
    throw new AppError('auth.unauthenticated');
  }
  const next = generateToken();
  const rotated = await ctx.db.transaction(async (tx) => {
    if (!(await markRefreshTokenUsed(tx, found.token.id, now))) {
      return false;
    }
    await insertRefreshToken(tx, {
      sessionId: found.session.id,
      tokenHash: hashToken(next),
      expiresAt: new Date(
        Math.min(
          now.getTime() + AUTH_POLICY.refreshTokenDays * DAY,
          found.session.expiresAt.getTime(),
        ),
      ),
    });
    await touchSession(tx, found.session.id, now);
    return true;
  });
  if (!rotated) {
    throw new AppError('auth.unauthenticated');
  }
  return { sessionId: found.session.id, refreshToken: next, user };
}

export async function logout(args: { ctx: AppContext; sessionId: string }): Promise<void> {
  await revokeSession(args.ctx.db, args.sessionId, 'logout', args.ctx.now());
}

/** E-mails a reset link when the address belongs to an active account. Always succeeds. */
export async function requestPasswordReset(args: {
  ctx: AppContext;
  email: string;
  ip: string | null;
}) {
  const { ctx, email, ip } = args;
  const user = await getUserByEmail(ctx.db, email);
  if (!user || user.disabledAt) {
    return;
  }
  const token = generateToken();
  await ctx.db.transaction(async (tx) => {
    // Only the newest link works: an older one, perhaps still lying in a mailbox, is ended.
    await revokeUserTokens(tx, user.id, 'reset_password', ctx.now());
    await createUserToken(tx, {
      userId: user.id,
      purpose: 'reset_password',
      tokenHash: hashToken(token),
      expiresAt: new Date(ctx.now().getTime() + AUTH_POLICY.passwordResetMinutes * 60_000),
    });
    await enqueueEmail({
      tx,
      config: ctx.config,
      to: user.email,
      language: user.language,
      template: 'password_reset',
      data: {
        name: user.name,
        link: appLink(ctx.config, '/reset-password', { token }),
        expiresMinutes: AUTH_POLICY.passwordResetMinutes,
      },
    });
    await recordAuditEvent(tx, {
      actorUserId: null,
      action: 'user.password_reset_requested',
      subjectType: 'user',
      subjectId: user.id,
      ip,
    });
  });
  ctx.wakeOutbox();
}

async function setPassword(
  ctx: AppContext,
  tx: Parameters<typeof updateUser>[0],
  user: UserRow,
  passwordHash: string,
  action: 'user.password_reset' | 'user.password_changed',
) {
  const now = ctx.now();
  await updateUser(tx, user.id, {
    passwordHash,
    passwordChangedAt: now,
    // Whoever used a link sent to the address has shown they own it.
    emailVerifiedAt: user.emailVerifiedAt ?? now,
  });
  await revokeUserSessions(tx, user.id, 'password_changed', now);
  // Any other reset link (an older one, or one issued by a racing request) is ended too.
  await revokeUserTokens(tx, user.id, 'reset_password', now);
  await enqueueEmail({
    tx,
    config: ctx.config,
    to: user.email,
    language: user.language,
    template: 'password_changed',
    data: { name: user.name, link: appLink(ctx.config, '/forgot-password') },
  });
  await recordAuditEvent(tx, {
    actorUserId: user.id,
    action,
    subjectType: 'user',
    subjectId: user.id,
  });
}

/**
 * Sets a new password from a reset (or staff welcome) link; ends every session.
 * @throws auth.weak_password, auth.token_invalid
 */
export async function confirmPasswordReset(args: {
  ctx: AppContext;
  token: string;
  password: string;
  language: Language;
}): Promise<{ user: UserRow }> {
  const { ctx, token, password, language } = args;
  const tokenHash = hashToken(token);
  // Check the password before the token is used up, so a weak password does not burn the link.
  const pendingUserId = await peekUserToken(ctx.db, tokenHash, 'reset_password', ctx.now());
  const pending = pendingUserId ? await getUserById(ctx.db, pendingUserId) : undefined;
  if (!pending) {
    throw new AppError('auth.token_invalid');
  }
  ensurePasswordAcceptable(password, pending.email, language);
  const passwordHash = await hashPassword(password, ctx.config.passwordHashCost);
  const user = await ctx.db.transaction(async (tx) => {
    const userId = await consumeUserToken(tx, tokenHash, 'reset_password', ctx.now());
    const target = userId ? await getUserById(tx, userId) : undefined;
    if (!target) {
      return undefined;
    }
    await setPassword(ctx, tx, target, passwordHash, 'user.password_reset');
    return target;
  });
  if (!user) {
    throw new AppError('auth.token_invalid');
  }
  ctx.wakeOutbox();
  return { user };
}

/**
 * Changes the password of the logged-in user after checking the current one (throttled like a
 * login); ends every session and opens a fresh one for the caller.
 * @throws auth.wrong_password, auth.weak_password, auth.too_many_attempts, auth.account_locked
 */
export async function changePassword(args: {
  ctx: AppContext;
  userId: string;
  currentPassword: string;
  newPassword: string;
  language: Language;
  client: { ip: string | null; userAgent: string | null };
}): Promise<IssuedSession> {
  const { ctx, userId, currentPassword, newPassword, language, client } = args;
  const user = await getUserById(ctx.db, userId);
  if (!user) {
    throw new AppError('auth.unauthenticated');
  }
  // Someone with a stolen session must not be able to guess the password here either.
  const finish = await beginPasswordAttempt(ctx, {
    email: user.email,
    ip: client.ip ?? 'unknown',
    passwordChangedAt: user.passwordChangedAt,
  });
  const valid = user.passwordHash
    ? await verifyPassword(currentPassword, user.passwordHash)
    : false;
  await finish(valid);
  if (!valid) {
    throw new AppError('auth.wrong_password', {
      details: [
        {
          path: 'currentPassword',
          code: 'auth.wrong_password',
          message: { key: 'auth.wrong_password' },
        },
      ],
    });
  }
  ensurePasswordAcceptable(newPassword, user.email, language, 'newPassword');
  const passwordHash = await hashPassword(newPassword, ctx.config.passwordHashCost);
  await ctx.db.transaction((tx) =>
    setPassword(ctx, tx, user, passwordHash, 'user.password_changed'),
  );
  ctx.wakeOutbox();
  return issueSession(ctx, user, client);
}

/**
 * Creates the invited colleague's account in the organisation; the address counts as verified
 * because the link reached it.
 * @throws organizations.invitation_invalid, auth.weak_password, auth.email_taken
 */
export async function acceptInvitation(args: {
  ctx: AppContext;
  input: z.infer<typeof acceptInvitationBodySchema>;
  language: Language;
  ip: string | null;
}): Promise<{ user: UserRow }> {
  const { ctx, input, language, ip } = args;
  const tokenHash = hashToken(input.token);
  const found = await getOpenInvitationByHash(ctx.db, tokenHash, ctx.now());
  if (!found) {
    throw new AppError('organizations.invitation_invalid');
  }
  ensurePasswordAcceptable(input.password, found.invitation.email, language);
  if (await getUserByEmail(ctx.db, found.invitation.email)) {
    throw new AppError('auth.email_taken');
  }
  const passwordHash = await hashPassword(input.password, ctx.config.passwordHashCost);
  const user = await ctx.db.transaction(async (tx) => {
    if (!(await markInvitationAccepted(tx, found.invitation.id, ctx.now()))) {
      return undefined;
    }
    const created = await createUser(tx, {
      email: found.invitation.email,
      passwordHash,
      name: input.name,
      role: 'proposer',
      language: input.language,
      organizationId: found.organization.id,
      emailVerifiedAt: ctx.now(),
      passwordChangedAt: ctx.now(),
    });
    await recordAuditEvent(tx, {
      actorUserId: created.id,
      action: 'organization.member_joined',
      subjectType: 'organization',
      subjectId: found.organization.id,
      data: { invitationId: found.invitation.id },
      ip,
    });
    return created;
  });
  if (!user) {
    throw new AppError('organizations.invitation_invalid');
  }
  return { user };
}
