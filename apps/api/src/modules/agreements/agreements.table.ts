import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type {
  AgreementType,
  ContractMethod,
  CouncilVote,
} from '@kyoso/contracts/agreements';
import type { CouncilSession } from '@kyoso/contracts/calendar';
import { proposalsTable } from '../proposals/proposals.table';
import { createdAtColumn, idColumn, timestampColumn } from '../shared/columns';
import { usersTable } from '../users/users.table';

/**
 * STEP 5 agreements, versioned: every change of the terms is a new row; the latest is the
 * agreement. The proposer's confirmation belongs to the version they read; the signed document
 * and its date are added to the version that was signed.
 */
export const agreementsTable = pgTable(
  'agreements',
  {
    id: idColumn(),
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => proposalsTable.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    type: text('type').$type<AgreementType>().notNull(),
    contractMethod: text('contract_method').$type<ContractMethod>(),
    openCall: boolean('open_call').notNull().default(false),
    openCallProtection: text('open_call_protection').notNull().default(''),
    parties: jsonb('parties').$type<Array<{ name: string; representative: string }>>().notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    cityCommitments: text('city_commitments').notNull(),
    companyCommitments: text('company_commitments').notNull(),
    councilVote: text('council_vote').$type<CouncilVote>().notNull().default('none'),
    /**
     * The council session that votes, as staff confirmed it (kept as it was named then, should
     * the calendar settings change later).
     */
    councilSession: jsonb('council_session').$type<CouncilSession>(),
    recordedBy: uuid('recorded_by').references(() => usersTable.id, { onDelete: 'set null' }),
    createdAt: createdAtColumn(),
    confirmedBy: uuid('confirmed_by').references(() => usersTable.id, { onDelete: 'set null' }),
    confirmedAt: timestampColumn('confirmed_at'),
    signedOn: date('signed_on', { mode: 'string' }),
    documentKey: text('document_key'),
    documentName: text('document_name'),
    documentSize: bigint('document_size', { mode: 'number' }),
    documentSha256: text('document_sha256'),
    documentUploadedBy: uuid('document_uploaded_by').references(() => usersTable.id, {
      onDelete: 'set null',
    }),
    documentUploadedAt: timestampColumn('document_uploaded_at'),
  },
  (t) => [
    uniqueIndex('agreements_proposal_version_unique').on(t.proposalId, t.version),
    check(
      'agreements_type_check',
      sql`${t.type} in ('pilot', 'partnership', 'comprehensive', 'contract')`,
    ),
    check(
      'agreements_council_vote_check',
      sql`${t.councilVote} in ('none', 'budget', 'ordinance', 'both')`,
    ),
  ],
);

/**
 * The public summary of a project: written by the city, published only while the proposer's
 * consent to this very text stands (who consented and when are kept).
 */
export const publicSummariesTable = pgTable('public_summaries', {
  proposalId: uuid('proposal_id')
    .primaryKey()
    .references(() => proposalsTable.id, { onDelete: 'cascade' }),
  text: text('text').notNull(),
  writtenBy: uuid('written_by').references(() => usersTable.id, { onDelete: 'set null' }),
  writtenAt: timestampColumn('written_at').notNull().defaultNow(),
  consentedBy: uuid('consented_by').references(() => usersTable.id, { onDelete: 'set null' }),
  consentedAt: timestampColumn('consented_at'),
});
