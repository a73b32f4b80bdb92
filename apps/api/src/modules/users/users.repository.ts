import { and, asc, eq, ilike, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Role } from '@kyoso/contracts/roles';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import { outerRef } from '../shared/sql';
import { departmentSortSql, departmentSql } from '../departments/departments.repository';
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

/** Users, for the administrators' list (at most 500, by role then address). */
export async function findUsers(db: Executor, filter: { role?: Role; q?: string }) {
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
    .select()
    .from(usersTable)
    .where(and(...conditions))
    .orderBy(asc(usersTable.role), asc(usersTable.email))
    .limit(500);
}

/** The members of an organisation, oldest first. */
export async function findUsersOfOrganization(db: Executor, organizationId: string) {
  return db
    .select()
    .from(usersTable)
    .where(eq(usersTable.organizationId, organizationId))
    .orderBy(asc(usersTable.createdAt));
}

/** What a session needs of its user, as JSON inside the session query (auth). */
export type SessionUserRecord = Pick<
  UserRow,
  'id' | 'email' | 'name' | 'role' | 'language' | 'organizationId' | 'departmentId' | 'digestOptOut'
> & { emailVerifiedAt: string | null; disabledAt: string | null };

export function sessionUserSql(id: AnyPgColumn | SQL): SQL<SessionUserRecord | null> {
  const u = usersTable;
  return sql<SessionUserRecord | null>`(select json_build_object(
      'id', ${u.id}, 'email', ${u.email}, 'name', ${u.name}, 'role', ${u.role},
      'language', ${u.language}, 'organizationId', ${u.organizationId},
      'departmentId', ${u.departmentId}, 'digestOptOut', ${u.digestOptOut},
      'emailVerifiedAt', ${u.emailVerifiedAt},
      'disabledAt', ${u.disabledAt})
    from ${u} where ${u.id} = ${outerRef(id)})`;
}

/** A person's name inside another module's query (null when `id` is null or unknown). */
export function userNameSql(id: AnyPgColumn | SQL): SQL<string | null> {
  const u = usersTable;
  return sql<string | null>`(select ${u.name} from ${u} where ${u.id} = ${outerRef(id)})`;
}

/** The names of some people, by id (for timelines and notes). */
export async function findUserNames(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) {
    return [];
  }
  return db
    .select({ id: usersTable.id, name: usersTable.name })
    .from(usersTable)
    .where(inArray(usersTable.id, [...ids]));
}

/** Active, verified members of an organisation: the people a proposal's e-mails go to. */
export async function organizationRecipients(tx: Executor, organizationId: string) {
  return tx
    .select({ email: usersTable.email, name: usersTable.name, language: usersTable.language })
    .from(usersTable)
    .where(
      and(
        eq(usersTable.organizationId, organizationId),
        isNotNull(usersTable.emailVerifiedAt),
        isNull(usersTable.disabledAt),
      ),
    );
}

/** Active staff of the given departments. */
export async function departmentStaff(tx: Executor, departmentIds: string[]) {
  if (departmentIds.length === 0) {
    return [];
  }
  return tx
    .select({
      id: usersTable.id,
      email: usersTable.email,
      name: usersTable.name,
      language: usersTable.language,
      departmentId: usersTable.departmentId,
      digestOptOut: usersTable.digestOptOut,
      departmentHead: usersTable.departmentHead,
    })
    .from(usersTable)
    .where(
      and(
        eq(usersTable.role, 'department'),
        inArray(usersTable.departmentId, departmentIds),
        isNull(usersTable.disabledAt),
      ),
    );
}

/** Active coordinators (the co-creation desk). */
export async function coordinators(tx: Executor) {
  return tx
    .select({
      id: usersTable.id,
      email: usersTable.email,
      name: usersTable.name,
      language: usersTable.language,
      digestOptOut: usersTable.digestOptOut,
    })
    .from(usersTable)
    .where(and(eq(usersTable.role, 'coordinator'), isNull(usersTable.disabledAt)));
}

/** A person's department id inside another module's query. */
export function userDepartmentIdSql(id: AnyPgColumn | SQL): SQL<string | null> {
  const u = usersTable;
  return sql<string | null>`(select ${u.departmentId} from ${u} where ${u.id} = ${outerRef(id)})`;
}

/**
 * City staff who can see a proposal: the co-creation desk and the staff of the departments in
 * charge (active accounts only), in the order of the organisation chart.
 */
export async function findStaffWhoSee(db: Executor, departmentIds: readonly string[]) {
  const staffOfDepartments =
    departmentIds.length > 0
      ? and(eq(usersTable.role, 'department'), inArray(usersTable.departmentId, [...departmentIds]))
      : undefined;
  const department = departmentSql(usersTable.departmentId);
  return db
    .select({
      id: usersTable.id,
      name: usersTable.name,
      email: usersTable.email,
      language: usersTable.language,
      role: usersTable.role,
      department,
    })
    .from(usersTable)
    .where(
      and(
        isNull(usersTable.disabledAt),
        staffOfDepartments
          ? or(eq(usersTable.role, 'coordinator'), staffOfDepartments)
          : eq(usersTable.role, 'coordinator'),
      ),
    )
    .orderBy(sql`${departmentSortSql(usersTable.departmentId)} nulls first`, asc(usersTable.name));
}

/** A person's organisation id inside another module's query. */
export function userOrganizationIdSql(id: AnyPgColumn | SQL): SQL<string | null> {
  const u = usersTable;
  return sql<string | null>`(select ${u.organizationId} from ${u} where ${u.id} = ${outerRef(id)})`;
}

/** A person's role inside another module's query (null when `id` is null or unknown). */
export function userRoleSql(id: AnyPgColumn | SQL): SQL<Role | null> {
  const u = usersTable;
  return sql<Role | null>`(select ${u.role} from ${u} where ${u.id} = ${outerRef(id)})`;
}
