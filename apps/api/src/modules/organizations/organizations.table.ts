import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { OrganizationKind } from '@kyoso/contracts/organizations';
import { createdAtColumn, idColumn, timestampColumn, updatedAtColumn } from '../shared/columns';
import { usersTable } from '../users/users.table';

/** A proposing organisation (company, NPO, university …). Its members share its proposals. */
export const organizationsTable = pgTable(
  'organizations',
  {
    id: idColumn(),
    name: text('name').notNull(),
    kind: text('kind').$type<OrganizationKind>().notNull(),
    /** 法人番号, validated (13 digits with check digit) before it is stored. */
    corporateNumber: text('corporate_number'),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  },
  (t) => [
    index('organizations_corporate_number_idx').on(t.corporateNumber),
    check(
      'organizations_kind_check',
      sql`${t.kind} in ('large_company', 'sme', 'startup', 'social_enterprise', 'npo', 'university', 'other')`,
    ),
    check('organizations_corporate_number_check', sql`${t.corporateNumber} ~ '^[0-9]{13}$'`),
  ],
);

/** An invitation for a colleague to join an organisation; the token is stored hashed. */
export const organizationInvitationsTable = pgTable(
  'organization_invitations',
  {
    id: idColumn(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizationsTable.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    tokenHash: text('token_hash').notNull(),
    invitedBy: uuid('invited_by').references(() => usersTable.id, { onDelete: 'set null' }),
    expiresAt: timestampColumn('expires_at').notNull(),
    acceptedAt: timestampColumn('accepted_at'),
    revokedAt: timestampColumn('revoked_at'),
    createdAt: createdAtColumn(),
  },
  (t) => [
    uniqueIndex('organization_invitations_token_unique').on(t.tokenHash),
    index('organization_invitations_org_idx').on(t.organizationId),
  ],
);
