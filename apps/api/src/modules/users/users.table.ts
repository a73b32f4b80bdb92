import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  pgTable,
  text,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import type { Role } from '@kyoso/contracts/roles';
import type { Language } from '@kyoso/i18n/languages';
import { departmentsTable } from '../departments/departments.table';
import { organizationsTable } from '../organizations/organizations.table';
import { createdAtColumn, idColumn, timestampColumn, updatedAtColumn } from '../shared/columns';

export const usersTable = pgTable(
  'users',
  {
    id: idColumn(),
    /** Stored lower-case; unique. */
    email: text('email').notNull(),
    /** `scrypt$…`; null for a staff account whose owner has not set a password yet. */
    passwordHash: text('password_hash'),
    name: text('name').notNull(),
    role: text('role').$type<Role>().notNull(),
    language: text('language').$type<Language>().notNull().default('ja'),
    organizationId: uuid('organization_id').references((): AnyPgColumn => organizationsTable.id, {
      onDelete: 'restrict',
    }),
    departmentId: uuid('department_id').references(() => departmentsTable.id, {
      onDelete: 'restrict',
    }),
    emailVerifiedAt: timestampColumn('email_verified_at'),
    disabledAt: timestampColumn('disabled_at'),
    passwordChangedAt: timestampColumn('password_changed_at'),
    /** The person asked not to receive the daily digests (the desk's or the department's). */
    digestOptOut: boolean('digest_opt_out').notNull().default(false),
    /** Department staff who head their department: they receive the escalations of overdue stages. */
    departmentHead: boolean('department_head').notNull().default(false),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  },
  (t) => [
    uniqueIndex('users_email_unique').on(t.email),
    index('users_organization_idx').on(t.organizationId),
    index('users_department_idx').on(t.departmentId),
    check('users_role_check', sql`${t.role} in ('proposer', 'coordinator', 'department', 'admin')`),
    check('users_language_check', sql`${t.language} in ('ja', 'en', 'easy')`),
    check('users_email_lower_check', sql`${t.email} = lower(${t.email})`),
    // A proposer belongs to an organisation, department staff to a department.
    check(
      'users_affiliation_check',
      sql`(${t.role} <> 'proposer' or ${t.organizationId} is not null) and (${t.role} <> 'department' or ${t.departmentId} is not null)`,
    ),
  ],
);
