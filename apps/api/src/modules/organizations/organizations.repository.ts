import { and, asc, eq, gt, inArray, isNull, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import { outerRef } from '../shared/sql';
import { organizationInvitationsTable, organizationsTable } from './organizations.table';

export type OrganizationRow = typeof organizationsTable.$inferSelect;

export async function createOrganization(
  db: Executor,
  values: typeof organizationsTable.$inferInsert,
): Promise<OrganizationRow> {
  const [row] = await db.insert(organizationsTable).values(values).returning();
  if (!row) {
    throw new Error('insert returned no row');
  }
  return row;
}

export async function getOrganizationById(
  db: Executor,
  id: string,
): Promise<OrganizationRow | undefined> {
  const [row] = await db
    .select()
    .from(organizationsTable)
    .where(eq(organizationsTable.id, id))
    .limit(1);
  return row;
}

export async function updateOrganization(
  db: Executor,
  id: string,
  values: Partial<Pick<OrganizationRow, 'name' | 'kind' | 'corporateNumber'>>,
): Promise<OrganizationRow | undefined> {
  const [row] = await db
    .update(organizationsTable)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(organizationsTable.id, id))
    .returning();
  return row;
}

/** Some organisations by id. */
export async function findOrganizationsByIds(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) {
    return [];
  }
  return db
    .select()
    .from(organizationsTable)
    .where(inArray(organizationsTable.id, [...ids]));
}

/** An organisation's id, name, kind and corporate number as JSON inside another module's query. */
export function organizationRecordSql(
  id: AnyPgColumn | SQL,
): SQL<Pick<OrganizationRow, 'id' | 'name' | 'kind' | 'corporateNumber'> | null> {
  const o = organizationsTable;
  return sql<Pick<
    OrganizationRow,
    'id' | 'name' | 'kind' | 'corporateNumber'
  > | null>`(select json_build_object(
      'id', ${o.id}, 'name', ${o.name}, 'kind', ${o.kind}, 'corporateNumber', ${o.corporateNumber})
    from ${o} where ${o.id} = ${outerRef(id)})`;
}

export async function findOpenInvitations(db: Executor, organizationId: string, now: Date) {
  return db
    .select()
    .from(organizationInvitationsTable)
    .where(
      and(
        eq(organizationInvitationsTable.organizationId, organizationId),
        isNull(organizationInvitationsTable.acceptedAt),
        isNull(organizationInvitationsTable.revokedAt),
        gt(organizationInvitationsTable.expiresAt, now),
      ),
    )
    .orderBy(asc(organizationInvitationsTable.createdAt));
}

export async function createInvitation(
  db: Executor,
  values: typeof organizationInvitationsTable.$inferInsert,
) {
  const [row] = await db.insert(organizationInvitationsTable).values(values).returning();
  if (!row) {
    throw new Error('insert returned no row');
  }
  return row;
}

/** An open invitation by its token hash, with its organisation. */
export async function getOpenInvitationByHash(db: Executor, tokenHash: string, now: Date) {
  const [row] = await db
    .select({ invitation: organizationInvitationsTable, organization: organizationsTable })
    .from(organizationInvitationsTable)
    .innerJoin(
      organizationsTable,
      eq(organizationsTable.id, organizationInvitationsTable.organizationId),
    )
    .where(
      and(
        eq(organizationInvitationsTable.tokenHash, tokenHash),
        isNull(organizationInvitationsTable.acceptedAt),
        isNull(organizationInvitationsTable.revokedAt),
        gt(organizationInvitationsTable.expiresAt, now),
      ),
    )
    .limit(1);
  return row;
}

/** Marks an invitation accepted, once: false when someone else used it first. */
export async function markInvitationAccepted(
  db: Executor,
  id: string,
  now: Date,
): Promise<boolean> {
  const rows = await db
    .update(organizationInvitationsTable)
    .set({ acceptedAt: now })
    .where(
      and(eq(organizationInvitationsTable.id, id), isNull(organizationInvitationsTable.acceptedAt)),
    )
    .returning({ id: organizationInvitationsTable.id });
  return rows.length === 1;
}

export async function revokeInvitation(
  db: Executor,
  organizationId: string,
  id: string,
  now: Date,
) {
  const rows = await db
    .update(organizationInvitationsTable)
    .set({ revokedAt: now })
    .where(
      and(
        eq(organizationInvitationsTable.id, id),
        eq(organizationInvitationsTable.organizationId, organizationId),
        isNull(organizationInvitationsTable.acceptedAt),
        isNull(organizationInvitationsTable.revokedAt),
      ),
    )
    .returning({ id: organizationInvitationsTable.id });
  return rows.length === 1;
}

/** An organisation's id and name as a JSON value inside another module's query. */
export function organizationRefSql(id: AnyPgColumn | SQL): SQL<{ id: string; name: string }> {
  const o = organizationsTable;
  return sql<{
    id: string;
    name: string;
  }>`(select json_build_object('id', ${o.id}, 'name', ${o.name}) from ${o} where ${o.id} = ${outerRef(id)})`;
}

/** An organisation's name inside another module's query (search, exports). */
export function organizationNameSql(id: AnyPgColumn | SQL): SQL<string> {
  const o = organizationsTable;
  return sql<string>`(select ${o.name} from ${o} where ${o.id} = ${outerRef(id)})`;
}

/**
 * The ids of the organisations whose name matches a LIKE pattern of a normalised query (NFKC,
 * lower case; `likePattern(normalizeSearchText(q))`, bound by the caller): a subquery for other
 * modules' searches. Organisations are few, so a scan of their names is cheap.
 */
export function organizationsMatchingPatternSql(pattern: SQLWrapper): SQL {
  const o = organizationsTable;
  return sql`(select ${o.id} from ${o} where lower(normalize(${o.name}, NFKC)) like ${pattern})`;
}
