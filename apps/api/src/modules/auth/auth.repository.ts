import { and, count, eq, gt, isNull, max, min, ne, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { preparedOnce } from '../../db/prepared';
import { departmentSql } from '../departments/departments.repository';
import { organizationRecordSql } from '../organizations/organizations.repository';
import {
  sessionUserSql,
  userDepartmentIdSql,
  userOrganizationIdSql,
} from '../users/users.repository';
import {
  loginAttemptsTable,
  refreshTokensTable,
  sessionsTable,
  userTokensTable,
  type UserTokenPurpose,
} from './auth.table';
import type { LoginPressure } from './login-throttle';

export async function createSession(
  db: Executor,
  values: { userId: string; ip: string | null; userAgent: string | null; expiresAt: Date },
) {
  const [row] = await db.insert(sessionsTable).values(values).returning();
  if (!row) {
    throw new Error('insert returned no row');
  }
  return row;
}

export async function insertRefreshToken(
  db: Executor,
  values: { sessionId: string; tokenHash: string; expiresAt: Date },
) {
  await db.insert(refreshTokensTable).values(values);
}

export async function getRefreshToken(db: Executor, tokenHash: string) {
  const [row] = await db
    .select({ token: refreshTokensTable, session: sessionsTable })
    .from(refreshTokensTable)
    .innerJoin(sessionsTable, eq(sessionsTable.id, refreshTokensTable.sessionId))
    .where(eq(refreshTokensTable.tokenHash, tokenHash))
    .limit(1);
  return row;
}

/** Uses a refresh token once: false when it was already used (a concurrent refresh won). */
export async function markRefreshTokenUsed(db: Executor, id: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(refreshTokensTable)
    .set({ usedAt: now })
    .where(and(eq(refreshTokensTable.id, id), isNull(refreshTokensTable.usedAt)))
    .returning({ id: refreshTokensTable.id });
  return rows.length === 1;
}

export async function touchSession(db: Executor, id: string, now: Date) {
  await db.update(sessionsTable).set({ lastSeenAt: now }).where(eq(sessionsTable.id, id));
}

export async function revokeSession(db: Executor, id: string, reason: string, now: Date) {
  await db
    .update(sessionsTable)
    .set({ revokedAt: now, revokedReason: reason })
    .where(and(eq(sessionsTable.id, id), isNull(sessionsTable.revokedAt)));
}

export async function revokeUserSessions(db: Executor, userId: string, reason: string, now: Date) {
  await db
    .update(sessionsTable)
    .set({ revokedAt: now, revokedReason: reason })
    .where(and(eq(sessionsTable.userId, userId), isNull(sessionsTable.revokedAt)));
}

export async function createUserToken(
  db: Executor,
  values: { userId: string; purpose: UserTokenPurpose; tokenHash: string; expiresAt: Date },
) {
  await db.insert(userTokensTable).values(values);
}

/**
 * Ends every outstanding token of one purpose for a user (marks it used), so that only the link
 * issued or used last can work.
 */
export async function revokeUserTokens(
  db: Executor,
  userId: string,
  purpose: UserTokenPurpose,
  now: Date,
): Promise<void> {
  await db
    .update(userTokensTable)
    .set({ usedAt: now })
    .where(
      and(
        eq(userTokensTable.userId, userId),
        eq(userTokensTable.purpose, purpose),
        isNull(userTokensTable.usedAt),
      ),
    );
}

/**
 * Uses a single-use token atomically: the first caller gets the user id, every later caller (or a
 * caller after expiry) gets undefined.
 */
export async function consumeUserToken(
  db: Executor,
  tokenHash: string,
  purpose: UserTokenPurpose,
  now: Date,
): Promise<string | undefined> {
  const [row] = await db
    .update(userTokensTable)
    .set({ usedAt: now })
    .where(
      and(
        eq(userTokensTable.tokenHash, tokenHash),
        eq(userTokensTable.purpose, purpose),
        isNull(userTokensTable.usedAt),
        gt(userTokensTable.expiresAt, now),
      ),
    )
    .returning({ userId: userTokensTable.userId });
  return row?.userId;
}

/** The user of a token that is usable now, without using it up. */
export async function peekUserToken(
  db: Executor,
  tokenHash: string,
  purpose: UserTokenPurpose,
  now: Date,
): Promise<string | undefined> {
  const [row] = await db
    .select({ userId: userTokensTable.userId })
    .from(userTokensTable)
    .where(
      and(
        eq(userTokensTable.tokenHash, tokenHash),
        eq(userTokensTable.purpose, purpose),
        isNull(userTokensTable.usedAt),
        gt(userTokensTable.expiresAt, now),
      ),
    )
    .limit(1);
  return row?.userId;
}

/**
 * Records a login attempt (or a check of the current password) as failed, before the password is
 * checked, so that attempts running in parallel count each other. Returns its id.
 */
export async function startLoginAttempt(
  db: Executor,
  values: { email: string; ip: string; at: Date },
): Promise<string> {
  const [row] = await db
    .insert(loginAttemptsTable)
    .values({ email: values.email, ip: values.ip, succeeded: false, createdAt: values.at })
    .returning({ id: loginAttemptsTable.id });
  if (!row) {
    throw new Error('insert returned no row');
  }
  return row.id;
}

/** Marks an attempt that turned out right as succeeded (it then no longer counts as a failure). */
export async function markLoginAttemptSucceeded(db: Executor, id: string): Promise<void> {
  await db.update(loginAttemptsTable).set({ succeeded: true }).where(eq(loginAttemptsTable.id, id));
}

/** Advisory-lock classes of the login throttle (any two constants no other lock uses). */
const LOCK_ACCOUNT = 7201;
const LOCK_ADDRESS = 7202;

/**
 * Takes the transaction-scoped locks of one account and one address (always in this order, so two
 * attempts never wait for each other in a circle): attempts on the same account, or from the same
 * address, are then counted one after the other, across API processes too.
 */
export async function lockLoginCounters(tx: Executor, email: string, ip: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${LOCK_ACCOUNT}, hashtext(${email}))`);
  await tx.execute(sql`select pg_advisory_xact_lock(${LOCK_ADDRESS}, hashtext(${ip}))`);
}

async function failureStats(db: Executor, where: SQL | undefined) {
  const [row] = await db
    .select({
      n: count(),
      oldest: min(loginAttemptsTable.createdAt),
      newest: max(loginAttemptsTable.createdAt),
    })
    .from(loginAttemptsTable)
    .where(and(eq(loginAttemptsTable.succeeded, false), where));
  return { n: row?.n ?? 0, oldest: row?.oldest ?? null, newest: row?.newest ?? null };
}

/**
 * The failures around one attempt, read after it was recorded (see `login-throttle.ts`): of the
 * account from the address since its last success there, the password change or `pairSince`
 * (this attempt excluded); of the account and of the address since `ceilingSince` (included).
 */
export async function getLoginPressure(
  db: Executor,
  args: {
    email: string;
    ip: string;
    attemptId: string;
    pairSince: Date;
    ceilingSince: Date;
    passwordChangedAt: Date | null;
  },
): Promise<LoginPressure> {
  const { email, ip, attemptId, passwordChangedAt } = args;
  const later = (a: Date, b: Date | null) => (b && b > a ? b : a);
  const [lastSuccess] = await db
    .select({ at: max(loginAttemptsTable.createdAt) })
    .from(loginAttemptsTable)
    .where(
      and(
        eq(loginAttemptsTable.email, email),
        eq(loginAttemptsTable.ip, ip),
        eq(loginAttemptsTable.succeeded, true),
        gt(loginAttemptsTable.createdAt, args.pairSince),
      ),
    );
  const pairSince = later(later(args.pairSince, passwordChangedAt), lastSuccess?.at ?? null);
  const accountSince = later(args.ceilingSince, passwordChangedAt);
  // One after the other: inside a transaction the queries share one connection anyway.
  const pair = await failureStats(
    db,
    and(
      eq(loginAttemptsTable.email, email),
      eq(loginAttemptsTable.ip, ip),
      gt(loginAttemptsTable.createdAt, pairSince),
      ne(loginAttemptsTable.id, attemptId),
    ),
  );
  const account = await failureStats(
    db,
    and(eq(loginAttemptsTable.email, email), gt(loginAttemptsTable.createdAt, accountSince)),
  );
  const address = await failureStats(
    db,
    and(eq(loginAttemptsTable.ip, ip), gt(loginAttemptsTable.createdAt, args.ceilingSince)),
  );
  return {
    pairFailures: pair.n,
    pairLastFailureAt: pair.newest,
    accountFailures: account.n,
    accountOldestFailureAt: account.oldest,
    ipFailures: address.n,
    ipOldestFailureAt: address.oldest,
  };
}

/**
 * The user behind a live session, with the organisation and department the user belongs to, in
 * one round trip (every authenticated request runs it).
 */
// Built once per database handle, planned once per connection: it runs on every request.
const sessionUserStatement = preparedOnce((db) =>
  db
    .select({
      session: sessionsTable,
      user: sessionUserSql(sessionsTable.userId),
      organization: organizationRecordSql(userOrganizationIdSql(sessionsTable.userId)),
      department: departmentSql(userDepartmentIdSql(sessionsTable.userId)),
    })
    .from(sessionsTable)
    .where(and(eq(sessionsTable.id, sql.placeholder('sessionId')), isNull(sessionsTable.revokedAt)))
    .limit(1)
    .prepare('session_user_v3'),
);

/** A session that is not revoked, with its user, organisation and department, as stored. */
export async function findSessionUser(db: Executor, sessionId: string) {
  const [row] = await sessionUserStatement(db).execute({ sessionId });
  return row?.user ? { ...row, user: row.user } : undefined;
}

export type SessionUser = NonNullable<Awaited<ReturnType<typeof findSessionUser>>>;

/** Whether a session found by `findSessionUser` lets its user in at `now`. */
export function isSessionUsable(found: SessionUser, now: Date): boolean {
  return found.session.expiresAt > now && !found.user.disabledAt;
}

export async function getSessionUser(db: Executor, sessionId: string, now: Date) {
  const found = await findSessionUser(db, sessionId);
  return found && isSessionUsable(found, now) ? found : undefined;
}
