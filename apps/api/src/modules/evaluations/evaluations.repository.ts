import { desc, eq, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { KpiAchievement, SroiInputBody } from '@kyoso/contracts/evaluations';
import type { CompletionOutcome } from '@kyoso/contracts/workflow';
import type { SroiResult } from '@kyoso/impact/sroi';
import type { Executor } from '../../db/client';
import { jsonObjectSql, outerRef } from '../shared/sql';
import { userNameSql } from '../users/users.repository';
import { evaluationCommentsTable, evaluationsTable } from './evaluations.table';

export type EvaluationRecord = {
  id: string;
  version: number;
  achievements: Array<{
    kpiId: string;
    kpiName: string;
    achievement: KpiAchievement;
    comment: string;
  }>;
  whatWorked: string;
  whatDidNot: string;
  cityComment: string;
  nextStage: CompletionOutcome;
  nextStageReason: string;
  sroiInput: SroiInputBody | null;
  sroiResult: SroiResult | null;
  recordedByName: string | null;
  createdAt: string;
};

export type EvaluationState = {
  current: EvaluationRecord | null;
  comment: { comment: string; commentedAt: string } | null;
};

function recordJson(e: typeof evaluationsTable): SQL {
  return jsonObjectSql({
    id: e.id,
    version: e.version,
    achievements: e.achievements,
    whatWorked: e.whatWorked,
    whatDidNot: e.whatDidNot,
    cityComment: e.cityComment,
    nextStage: e.nextStage,
    nextStageReason: e.nextStageReason,
    sroiInput: e.sroiInput,
    sroiResult: e.sroiResult,
    recordedByName: userNameSql(e.recordedBy),
    createdAt: e.createdAt,
  });
}

/** The latest evaluation and the proposer's comment, as JSON inside the case query. */
export function evaluationStateSql(proposalId: AnyPgColumn | SQL): SQL<EvaluationState> {
  const e = evaluationsTable;
  const c = evaluationCommentsTable;
  const id = outerRef(proposalId);
  return sql<EvaluationState>`json_build_object(
    'current', (select ${recordJson(e)} from ${e} where ${e.proposalId} = ${id}
      order by ${e.version} desc limit 1),
    'comment', (select ${jsonObjectSql({ comment: c.comment, commentedAt: c.commentedAt })}
      from ${c} where ${c.proposalId} = ${id}))`;
}

export async function findEvaluationVersions(
  db: Executor,
  proposalId: string,
): Promise<EvaluationRecord[]> {
  const rows = await db
    .select({ record: sql<EvaluationRecord>`${recordJson(evaluationsTable)}` })
    .from(evaluationsTable)
    .where(eq(evaluationsTable.proposalId, proposalId))
    .orderBy(desc(evaluationsTable.version));
  return rows.map((r) => r.record);
}

export async function insertEvaluation(db: Executor, values: typeof evaluationsTable.$inferInsert) {
  const [row] = await db.insert(evaluationsTable).values(values).returning();
  return row!;
}

export async function saveEvaluationComment(
  db: Executor,
  values: { proposalId: string; comment: string; commentedBy: string; commentedAt: Date },
) {
  await db
    .insert(evaluationCommentsTable)
    .values(values)
    .onConflictDoUpdate({
      target: evaluationCommentsTable.proposalId,
      set: {
        comment: values.comment,
        commentedBy: values.commentedBy,
        commentedAt: values.commentedAt,
      },
    });
}
