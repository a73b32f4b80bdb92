import { and, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type {
  DecisionDeclineReason,
  DecisionOutcome,
  ExclusiveUse,
  FiscalBurden,
  HoldKind,
} from '@kyoso/contracts/decisions';
import type { Executor } from '../../db/client';
import { jsonObjectSql, outerRef } from '../shared/sql';
import { userNameSql } from '../users/users.repository';
import { decisionsTable } from './decisions.table';

export type DecisionRow = typeof decisionsTable.$inferSelect;
export type NewDecisionRow = typeof decisionsTable.$inferInsert;

/** A decision version as the case query hands it over (JSON: dates and timestamps as strings). */
export type DecisionRecord = {
  id: string;
  version: number;
  outcome: DecisionOutcome;
  fiscalBurden: FiscalBurden;
  fiscalAmountYen: number | null;
  budgetFiscalYear: number | null;
  supplementaryBudget: boolean;
  fiscalExplanation: string;
  original: boolean;
  originalityJustification: string;
  exclusiveUse: ExclusiveUse;
  fairnessMeasure: string;
  lawsExamined: string;
  conflictsFound: string;
  specialZones: string;
  decisionBody: string;
  decidedOn: string;
  holdKind: HoldKind | null;
  holdUntil: string | null;
  holdFiscalYear: number | null;
  resumeOn: string | null;
  declineReasonCodes: DecisionDeclineReason[];
  declineReason: string;
  internalNotes: string;
  recordedByName: string | null;
  createdAt: string;
  takenAt: string | null;
};

/** The decisions of a case: the latest version, and the latest one a transition took. */
export type DecisionState = { current: DecisionRecord | null; taken: DecisionRecord | null };

function recordJson(d: typeof decisionsTable): SQL {
  return jsonObjectSql({
    id: d.id,
    version: d.version,
    outcome: d.outcome,
    fiscalBurden: d.fiscalBurden,
    fiscalAmountYen: d.fiscalAmountYen,
    budgetFiscalYear: d.budgetFiscalYear,
    supplementaryBudget: d.supplementaryBudget,
    fiscalExplanation: d.fiscalExplanation,
    original: d.original,
    originalityJustification: d.originalityJustification,
    exclusiveUse: d.exclusiveUse,
    fairnessMeasure: d.fairnessMeasure,
    lawsExamined: d.lawsExamined,
    conflictsFound: d.conflictsFound,
    specialZones: d.specialZones,
    decisionBody: d.decisionBody,
    decidedOn: d.decidedOn,
    holdKind: d.holdKind,
    holdUntil: d.holdUntil,
    holdFiscalYear: d.holdFiscalYear,
    resumeOn: d.resumeOn,
    declineReasonCodes: d.declineReasonCodes,
    declineReason: d.declineReason,
    internalNotes: d.internalNotes,
    recordedByName: userNameSql(d.recordedBy),
    createdAt: d.createdAt,
    takenAt: d.takenAt,
  });
}

/** The current and the last taken decision of a proposal, as JSON inside the case query. */
export function decisionStateSql(proposalId: AnyPgColumn | SQL): SQL<DecisionState> {
  const d = decisionsTable;
  const latest = (takenOnly: boolean) => sql`(select ${recordJson(d)} from ${d}
    where ${d.proposalId} = ${outerRef(proposalId)}
    ${takenOnly ? sql`and ${d.takenAt} is not null` : sql``}
    order by ${d.version} desc limit 1)`;
  return sql<DecisionState>`json_build_object('current', ${latest(false)}, 'taken', ${latest(true)})`;
}

/** Every version of a proposal's decision, newest first, with who recorded it. */
export async function findDecisionVersions(
  db: Executor,
  proposalId: string,
): Promise<DecisionRecord[]> {
  const rows = await db
    .select({ record: sql<DecisionRecord>`${recordJson(decisionsTable)}` })
    .from(decisionsTable)
    .where(eq(decisionsTable.proposalId, proposalId))
    .orderBy(desc(decisionsTable.version));
  return rows.map((r) => r.record);
}

/** The number of the latest version (0 when there is none). */
export async function latestDecisionVersion(db: Executor, proposalId: string): Promise<number> {
  const [row] = await db
    .select({ version: decisionsTable.version })
    .from(decisionsTable)
    .where(eq(decisionsTable.proposalId, proposalId))
    .orderBy(desc(decisionsTable.version))
    .limit(1);
  return row?.version ?? 0;
}

export async function insertDecision(db: Executor, values: NewDecisionRow): Promise<DecisionRow> {
  const [row] = await db.insert(decisionsTable).values(values).returning();
  if (!row) {
    throw new Error('insert returned no row');
  }
  return row;
}

/** Marks a version as taken by a transition (once). */
export async function markDecisionTaken(db: Executor, decisionId: string, at: Date) {
  await db
    .update(decisionsTable)
    .set({ takenAt: at })
    .where(and(eq(decisionsTable.id, decisionId), isNull(decisionsTable.takenAt)));
}
