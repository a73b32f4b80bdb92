import { and, asc, eq, ilike, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Role } from '@kyoso/contracts/roles';
import type { Executor } from '../../db/client';
import { sessionsTable } from '../auth/auth.table';
import { departmentsTable } from '../departments/departments.table';
import { organizationsTable } from '../organizations/organizations.table';
import { usersTable } from './users.table';

export type UserRow = typeof usersTable.$inferSelect;
export type NewUserRow = typeof usersTable.$inferInsert;

export async function getUserById(db: Executor, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(usersTable).where(eq(usersTable.id, id)).limit(1);
  return row;
}

export async function getUserByEmail(db: Executor, email: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(usersTable)
    .where(eq(usersTable.email, email.toLowerCase()))
    .limit(1);
  return row;
}

export async function createUser(db: Executor, values: NewUserRow): Promise<UserRow> {
  const [row] = await db
    .insert(usersTable)
    .values({ ...values, email: values.email.toLowerCase() })
    .returning();
  if (!row) {
    throw new Error('insert returned no row');
  }
  return row;
}

export async function updateUser(
  db: Executor,
  id: string,
  values: Partial<Omit<NewUserRow, 'id' | 'createdAt'>>,
): Promise<UserRow | undefined> {
  const [row] = await db
    .update(usersTable)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(usersTable.id, id))
    .returning();
  return row;
}

/** The user behind a live session, with the organisation and department the user belongs to. */
export async function getSessionUser(db: Executor, sessionId: string, now: Date) {
  const [row] = await db
    .select({
      user: usersTable,
      session: sessionsTable,
      organization: organizationsTable,
      department: departmentsTable,
    })
    .from(sessionsTable)
    .innerJoin(usersTable, eq(usersTable.id, sessionsTable.userId))
    .leftJoin(organizationsTable, eq(organizationsTable.id, usersTable.organizationId))
    .leftJoin(departmentsTable, eq(departmentsTable.id, usersTable.departmentId))
    .where(and(eq(sessionsTable.id, sql.placeholder('sessionId')), isNull(sessionsTable.revokedAt)))
    .limit(1)
    // Every authenticated request runs this: planned once per connection.
    .prepare('session_user_v1')
    .execute({ sessionId });

  if (!row || row.session.expiresAt <= now || row.user.disabledAt) {
    return undefined;
  }
  return row;
}

/** A user with the organisation or department they belong to. */
export async function getUserWithAffiliation(db: Executor, userId: string) {
  const [row] = await db
    .select({ user: usersTable, organization: organizationsTable, department: departmentsTable })
    .from(usersTable)
    .leftJoin(organizationsTable, eq(organizationsTable.id, usersTable.organizationId))
    .leftJoin(departmentsTable, eq(departmentsTable.id, usersTable.departmentId))
    .where(eq(usersTable.id, userId))
    .limit(1);
  return row;
}

/** Users with their organisation or department, for the administrators' list. */
export async function findUsersForAdmin(db: Executor, filter: { role?: Role; q?: string }) {
  const conditions: SQL[] = [];
  if (filter.role) {
    conditions.push(eq(usersTable.role, filter.role));
  }
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const match = or(ilike(usersTable.email, pattern), ilike(usersTable.name, pattern));
    if (match) {
      conditions.push(match);
    }
  }
  return db
    .select({ user: usersTable, organization: organizationsTable, department: departmentsTable })
    .from(usersTable)
    .leftJoin(organizationsTable, eq(organizationsTable.id, usersTable.organizationId))
    .leftJoin(departmentsTable, eq(departmentsTable.id, usersTable.departmentId))
    .where(and(...conditions))
    .orderBy(asc(usersTable.role), asc(usersTable.email))
    .limit(500);
}
