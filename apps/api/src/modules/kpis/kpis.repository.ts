import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { KpiInput, KpiPeriod, KpiReportStatus, LogicModelInput } from '@kyoso/contracts/kpis';
import type { Executor } from '../../db/client';
import { serviceLevelsSql } from '../settings/settings.repository';
import { jsonObjectSql, outerRef } from '../shared/sql';
import {
  kpiRemindersTable,
  kpiReportsTable,
  kpiRevisionsTable,
  kpisTable,
  logicModelsTable,
} from './kpis.table';

export type KpiReportRecord = {
  id: string;
  kpiId: string;
  periodStart: string;
  periodEnd: string;
  actual: number;
  comment: string;
  status: KpiReportStatus;
  fileName: string | null;
  fileSize: number | null;
  reportedAt: string;
  review: string | null;
  reviewedAt: string | null;
  answer: string | null;
  answeredAt: string | null;
};

export type KpiRecord = {
  id: string;
  position: number;
  name: string;
  unit: string;
  baseline: number;
  target: number;
  period: KpiPeriod;
  source: string;
  startsOn: string;
  reports: KpiReportRecord[];
};

export type LogicModelRecord = {
  version: number;
  inputs: string[];
  activities: string[];
  outputs: string[];
  outcomes: string[];
  impact: string[];
  updatedSide: 'city' | 'proposer';
  createdAt: string;
};

/** The logic model, the active KPIs with their reports, and the KPI set's version. */
export type KpiState = {
  logicModel: LogicModelRecord | null;
  kpis: KpiRecord[];
  version: number;
  /** The service levels as stored (the defaults fill what is missing). */
  levels: unknown;
};

function reportJson(r: typeof kpiReportsTable): SQL {
  return jsonObjectSql({
    id: r.id,
    kpiId: r.kpiId,
    periodStart: r.periodStart,
    periodEnd: r.periodEnd,
    actual: r.actual,
    comment: r.comment,
    status: r.status,
    fileName: r.fileName,
    fileSize: r.fileSize,
    reportedAt: r.reportedAt,
    review: r.review,
    reviewedAt: r.reviewedAt,
    answer: r.answer,
    answeredAt: r.answeredAt,
  });
}

/** The KPIs of a case and its logic model, as JSON inside the case query. */
export function kpiStateSql(proposalId: AnyPgColumn | SQL): SQL<KpiState> {
  const m = logicModelsTable;
  const k = kpisTable;
  const r = kpiReportsTable;
  const v = kpiRevisionsTable;
  const id = outerRef(proposalId);
  return sql<KpiState>`json_build_object(
    'logicModel', (select ${jsonObjectSql({
      version: m.version,
      inputs: m.inputs,
      activities: m.activities,
      outputs: m.outputs,
      outcomes: m.outcomes,
      impact: m.impact,
      updatedSide: m.updatedSide,
      createdAt: m.createdAt,
    })} from ${m} where ${m.proposalId} = ${id} order by ${m.version} desc limit 1),
    'kpis', coalesce((select json_agg(${jsonObjectSql({
      id: k.id,
      position: k.position,
      name: k.name,
      unit: k.unit,
      baseline: k.baseline,
      target: k.target,
      period: k.period,
      source: k.source,
      startsOn: k.startsOn,
      reports: sql`coalesce((select json_agg(${reportJson(r)} order by ${r.periodStart})
        from ${r} where ${r.kpiId} = ${outerRef(k.id)}), '[]'::json)`,
    })} order by ${k.position}) from ${k}
      where ${k.proposalId} = ${id} and ${k.archivedAt} is null), '[]'::json),
    'version', coalesce((select max(${v.version}) from ${v} where ${v.proposalId} = ${id}), 0),
    'levels', ${serviceLevelsSql()})`;
}

export async function insertLogicModel(
  db: Executor,
  values: LogicModelInput & {
    proposalId: string;
    version: number;
    updatedBy: string;
    updatedSide: 'city' | 'proposer';
  },
) {
  const { expectedVersion: _v, ...row } = values;
  await db.insert(logicModelsTable).values(row);
}

/**
 * Replaces the active KPI set: KPIs given with an id are updated, new ones inserted, those left
 * out archived (their reports stay). Returns the ids in the order given.
 */
export async function replaceKpis(
  db: Executor,
  proposalId: string,
  kpis: readonly KpiInput[],
  at: Date,
): Promise<string[]> {
  const active = await db
    .select({ id: kpisTable.id })
    .from(kpisTable)
    .where(and(eq(kpisTable.proposalId, proposalId), isNull(kpisTable.archivedAt)));
  const activeIds = new Set(active.map((row) => row.id));
  const ids: string[] = [];
  for (const [position, kpi] of kpis.entries()) {
    const { id, ...values } = kpi;
    if (id && activeIds.has(id)) {
      await db
        .update(kpisTable)
        .set({ ...values, position })
        .where(eq(kpisTable.id, id));
      ids.push(id);
      activeIds.delete(id);
    } else {
      const [row] = await db
        .insert(kpisTable)
        .values({ ...values, position, proposalId })
        .returning({ id: kpisTable.id });
      ids.push(row!.id);
    }
  }
  for (const id of activeIds) {
    await db.update(kpisTable).set({ archivedAt: at }).where(eq(kpisTable.id, id));
  }
  return ids;
}

export async function insertKpiRevision(
  db: Executor,
  values: { proposalId: string; version: number; snapshot: unknown[]; changedBy: string },
) {
  await db.insert(kpiRevisionsTable).values(values);
}

export async function findReport(db: Executor, proposalId: string, reportId: string) {
  const [row] = await db
    .select()
    .from(kpiReportsTable)
    .where(and(eq(kpiReportsTable.id, reportId), eq(kpiReportsTable.proposalId, proposalId)))
    .limit(1);
  return row;
}

export async function insertReport(db: Executor, values: typeof kpiReportsTable.$inferInsert) {
  const [row] = await db
    .insert(kpiReportsTable)
    .values(values)
    .onConflictDoNothing({ target: [kpiReportsTable.kpiId, kpiReportsTable.periodStart] })
    .returning();
  return row;
}

export async function updateReport(
  db: Executor,
  reportId: string,
  values: Partial<typeof kpiReportsTable.$inferInsert>,
) {
  const [row] = await db
    .update(kpiReportsTable)
    .set(values)
    .where(eq(kpiReportsTable.id, reportId))
    .returning();
  return row!;
}

/** Logic model versions, newest first (for the record). */
export async function findLogicModelVersions(db: Executor, proposalId: string) {
  return db
    .select()
    .from(logicModelsTable)
    .where(eq(logicModelsTable.proposalId, proposalId))
    .orderBy(desc(logicModelsTable.version));
}

/** KPI set revisions, oldest first. */
export async function findKpiRevisions(db: Executor, proposalId: string) {
  return db
    .select()
    .from(kpiRevisionsTable)
    .where(eq(kpiRevisionsTable.proposalId, proposalId))
    .orderBy(asc(kpiRevisionsTable.version));
}

/**
 * KPI reports waiting for the city's verification (reported, or answered after a question), with
 * their KPI, oldest first: the departments' daily digest lists them.
 */
export async function findReportsAwaitingVerification(db: Executor) {
  return db
    .select({
      proposalId: kpiReportsTable.proposalId,
      kpi: kpisTable.name,
      monthly: sql<boolean>`${kpisTable.period} = 'monthly'`,
      periodStart: kpiReportsTable.periodStart,
      periodEnd: kpiReportsTable.periodEnd,
      reportedAt: kpiReportsTable.reportedAt,
    })
    .from(kpiReportsTable)
    .innerJoin(kpisTable, eq(kpisTable.id, kpiReportsTable.kpiId))
    .where(
      and(inArray(kpiReportsTable.status, ['submitted', 'answered']), isNull(kpisTable.archivedAt)),
    )
    .orderBy(asc(kpiReportsTable.reportedAt));
}

/** Records that a reminder was sent; false when it already was (another process, another day). */
export async function claimReminder(
  db: Executor,
  values: { kpiId: string; periodStart: string; kind: 'report_due' | 'verification' },
): Promise<boolean> {
  const rows = await db
    .insert(kpiRemindersTable)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: kpiRemindersTable.id });
  return rows.length > 0;
}

/** What the public may know of a project's KPIs: each with the values the city verified (SQL). */
export function publicKpiResultsSql(proposalId: AnyPgColumn | SQL): SQL<
  Array<{
    name: string;
    unit: string;
    baseline: number;
    target: number;
    results: Array<{ periodStart: string; periodEnd: string; actual: number }>;
  }>
> {
  const k = kpisTable;
  const r = kpiReportsTable;
  return sql`coalesce((select json_agg(${jsonObjectSql({
    name: k.name,
    unit: k.unit,
    baseline: k.baseline,
    target: k.target,
    results: sql`coalesce((select json_agg(${jsonObjectSql({
      periodStart: r.periodStart,
      periodEnd: r.periodEnd,
      actual: r.actual,
    })} order by ${r.periodStart}) from ${r}
      where ${r.kpiId} = ${outerRef(k.id)} and ${r.status} = 'verified'), '[]'::json)`,
  })} order by ${k.position}) from ${k}
    where ${k.proposalId} = ${outerRef(proposalId)} and ${k.archivedAt} is null), '[]'::json)`;
}
