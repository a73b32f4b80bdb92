import { and, count, eq, gt, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  loginAttemptsTable,
  refreshTokensTable,
  sessionsTable,
  userTokensTable,
  type UserTokenPurpose,
} from './auth.table';

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

export async function recordLoginAttempt(
  db: Executor,
  values: { email: string; ip: string; succeeded: boolean },
) {
  await db.insert(loginAttemptsTable).values(values);
}

export async function countFailedLogins(
  db: Executor,
  by: { email: string } | { ip: string },
  since: Date,
): Promise<number> {
  const match =
    'email' in by ? eq(loginAttemptsTable.email, by.email) : eq(loginAttemptsTable.ip, by.ip);
  const [row] = await db
    .select({ n: count() })
    .from(loginAttemptsTable)
    .where(
      and(match, eq(loginAttemptsTable.succeeded, false), gt(loginAttemptsTable.createdAt, since)),
    );
  return row?.n ?? 0;
}
