import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { usersTable } from '../users/users.table';
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

export async function findMembers(db: Executor, organizationId: string) {
  return db
    .select()
    .from(usersTable)
    .where(eq(usersTable.organizationId, organizationId))
    .orderBy(asc(usersTable.createdAt));
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
