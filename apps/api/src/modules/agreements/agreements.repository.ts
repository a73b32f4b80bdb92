import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { AgreementType, ContractMethod, CouncilVote } from '@kyoso/contracts/agreements';
import type { CouncilSession } from '@kyoso/contracts/calendar';
import type { Executor } from '../../db/client';
import { jsonObjectSql, outerRef } from '../shared/sql';
import { userNameSql } from '../users/users.repository';
import { agreementsTable, publicSummariesTable } from './agreements.table';

export type NewAgreementRow = typeof agreementsTable.$inferInsert;

/** An agreement version as the case query hands it over (JSON). */
export type AgreementRecord = {
  id: string;
  version: number;
  type: AgreementType;
  contractMethod: ContractMethod | null;
  openCall: boolean;
  openCallProtection: string;
  parties: Array<{ name: string; representative: string }>;
  startsOn: string;
  endsOn: string;
  cityCommitments: string;
  companyCommitments: string;
  councilVote: CouncilVote;
  councilSession: CouncilSession | null;
  recordedByName: string | null;
  createdAt: string;
  confirmedByName: string | null;
  confirmedAt: string | null;
  signedOn: string | null;
  documentKey: string | null;
  documentName: string | null;
  documentSize: number | null;
  documentSha256: string | null;
  documentUploadedAt: string | null;
};

export type PublicSummaryRecord = {
  text: string;
  writtenAt: string;
  consentedByName: string | null;
  consentedAt: string | null;
};

/** The agreement of a case: its latest version and the public summary. */
export type AgreementState = {
  current: AgreementRecord | null;
  summary: PublicSummaryRecord | null;
};

function recordJson(a: typeof agreementsTable): SQL {
  return jsonObjectSql({
    id: a.id,
    version: a.version,
    type: a.type,
    contractMethod: a.contractMethod,
    openCall: a.openCall,
    openCallProtection: a.openCallProtection,
    parties: a.parties,
    startsOn: a.startsOn,
    endsOn: a.endsOn,
    cityCommitments: a.cityCommitments,
    companyCommitments: a.companyCommitments,
    councilVote: a.councilVote,
    councilSession: a.councilSession,
    recordedByName: userNameSql(a.recordedBy),
    createdAt: a.createdAt,
    confirmedByName: userNameSql(a.confirmedBy),
    confirmedAt: a.confirmedAt,
    signedOn: a.signedOn,
    documentKey: a.documentKey,
    documentName: a.documentName,
    documentSize: a.documentSize,
    documentSha256: a.documentSha256,
    documentUploadedAt: a.documentUploadedAt,
  });
}

/** The agreement's latest version and the public summary, as JSON inside the case query. */
export function agreementStateSql(proposalId: AnyPgColumn | SQL): SQL<AgreementState> {
  const a = agreementsTable;
  const s = publicSummariesTable;
  return sql<AgreementState>`json_build_object(
    'current', (select ${recordJson(a)} from ${a} where ${a.proposalId} = ${outerRef(proposalId)}
      order by ${a.version} desc limit 1),
    'summary', (select ${jsonObjectSql({
      text: s.text,
      writtenAt: s.writtenAt,
      consentedByName: userNameSql(s.consentedBy),
      consentedAt: s.consentedAt,
    })} from ${s} where ${s.proposalId} = ${outerRef(proposalId)}))`;
}

/** Every version, newest first. */
export async function findAgreementVersions(
  db: Executor,
  proposalId: string,
): Promise<AgreementRecord[]> {
  const rows = await db
    .select({ record: sql<AgreementRecord>`${recordJson(agreementsTable)}` })
    .from(agreementsTable)
    .where(eq(agreementsTable.proposalId, proposalId))
    .orderBy(desc(agreementsTable.version));
  return rows.map((r) => r.record);
}

export async function insertAgreement(db: Executor, values: NewAgreementRow) {
  const [row] = await db.insert(agreementsTable).values(values).returning();
  if (!row) {
    throw new Error('insert returned no row');
  }
  return row;
}

/** The proposer's confirmation of a version (kept once given). */
export async function confirmAgreementVersion(
  db: Executor,
  agreementId: string,
  userId: string,
  at: Date,
) {
  await db
    .update(agreementsTable)
    .set({ confirmedBy: userId, confirmedAt: at })
    .where(and(eq(agreementsTable.id, agreementId), sql`${agreementsTable.confirmedAt} is null`));
}

export async function setAgreementDocument(
  db: Executor,
  agreementId: string,
  values: Pick<
    NewAgreementRow,
    | 'signedOn'
    | 'documentKey'
    | 'documentName'
    | 'documentSize'
    | 'documentSha256'
    | 'documentUploadedBy'
    | 'documentUploadedAt'
  >,
) {
  await db.update(agreementsTable).set(values).where(eq(agreementsTable.id, agreementId));
}

/** Writes (or rewrites) the public summary; a new text needs the proposer's consent again. */
export async function writePublicSummary(
  db: Executor,
  proposalId: string,
  text: string,
  userId: string,
  at: Date,
) {
  await db
    .insert(publicSummariesTable)
    .values({ proposalId, text, writtenBy: userId, writtenAt: at })
    .onConflictDoUpdate({
      target: publicSummariesTable.proposalId,
      set: { text, writtenBy: userId, writtenAt: at, consentedBy: null, consentedAt: null },
    });
}

export async function setPublicSummaryConsent(
  db: Executor,
  proposalId: string,
  consent: { userId: string; at: Date } | null,
) {
  await db
    .update(publicSummariesTable)
    .set({ consentedBy: consent?.userId ?? null, consentedAt: consent?.at ?? null })
    .where(eq(publicSummariesTable.proposalId, proposalId));
}

/**
 * Public summaries with the proposer's consent, for the public results pages: only the text and
 * the proposal id (the public presenter adds what else may be shown).
 */
export async function findConsentedSummaries(db: Executor, proposalIds: readonly string[]) {
  if (proposalIds.length === 0) {
    return [];
  }
  return db
    .select({ proposalId: publicSummariesTable.proposalId, text: publicSummariesTable.text })
    .from(publicSummariesTable)
    .where(
      and(
        sql`${publicSummariesTable.proposalId} in ${proposalIds}`,
        sql`${publicSummariesTable.consentedAt} is not null`,
      ),
    );
}

/** The public summary of a project while its proposer's consent stands, else null (SQL). */
export function consentedSummarySql(proposalId: AnyPgColumn | SQL): SQL<string | null> {
  const s = publicSummariesTable;
  return sql<string | null>`(select ${s.text} from ${s}
    where ${s.proposalId} = ${outerRef(proposalId)} and ${s.consentedAt} is not null)`;
}

/** What the public may know of the latest agreement: its type and dates (SQL, JSON or null). */
export function publicAgreementSql(
  proposalId: AnyPgColumn | SQL,
): SQL<{ type: AgreementType; startsOn: string; endsOn: string } | null> {
  const a = agreementsTable;
  return sql`(select ${jsonObjectSql({ type: a.type, startsOn: a.startsOn, endsOn: a.endsOn })}
    from ${a} where ${a.proposalId} = ${outerRef(proposalId)} order by ${a.version} desc limit 1)`;
}
