import { createHash } from 'node:crypto';
import { and, desc, eq, max, ne, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import { outerRef } from '../shared/sql';
import { departmentSql } from '../departments/departments.repository';
import { ndasTable, ndaTemplatesTable, type NdaStatus } from './ndas.table';

export type NdaTemplateRow = typeof ndaTemplatesTable.$inferSelect;
export type NdaRow = typeof ndasTable.$inferSelect;

export function sha256Of(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export async function getCurrentTemplate(db: Executor): Promise<NdaTemplateRow | undefined> {
  const [row] = await db
    .select()
    .from(ndaTemplatesTable)
    .where(eq(ndaTemplatesTable.current, true))
    .limit(1);
  return row;
}

export async function findTemplates(db: Executor): Promise<NdaTemplateRow[]> {
  return db.select().from(ndaTemplatesTable).orderBy(desc(ndaTemplatesTable.version));
}

/** Adds a new version and makes it current (the same text twice is the same version). */
export async function createTemplateVersion(
  db: Executor,
  values: { title: string; body: string; createdBy: string | null },
): Promise<NdaTemplateRow> {
  const sha256 = sha256Of(values.body);
  const [existing] = await db
    .select()
    .from(ndaTemplatesTable)
    .where(eq(ndaTemplatesTable.sha256, sha256))
    .limit(1);
  await db
    .update(ndaTemplatesTable)
    .set({ current: false })
    .where(eq(ndaTemplatesTable.current, true));
  if (existing) {
    const [row] = await db
      .update(ndaTemplatesTable)
      .set({ current: true })
      .where(eq(ndaTemplatesTable.id, existing.id))
      .returning();
    return row!;
  }
  const [latest] = await db.select({ v: max(ndaTemplatesTable.version) }).from(ndaTemplatesTable);
  const [row] = await db
    .insert(ndaTemplatesTable)
    .values({
      version: (latest?.v ?? 0) + 1,
      title: values.title,
      body: values.body,
      sha256,
      current: true,
      createdBy: values.createdBy,
    })
    .returning();
  return row!;
}

/** The proposal's NDA that is in force or being signed, with its template and city department. */
export async function getActiveNda(db: Executor, proposalId: string) {
  const [row] = await db
    .select({
      nda: ndasTable,
      template: ndaTemplatesTable,
      cityDepartment: departmentSql(ndasTable.cityDepartmentId),
    })
    .from(ndasTable)
    .innerJoin(ndaTemplatesTable, eq(ndaTemplatesTable.id, ndasTable.templateId))
    .where(and(eq(ndasTable.proposalId, proposalId), ne(ndasTable.status, 'void')))
    .limit(1);
  return row;
}

/** What the case core keeps of the NDA: where the signing stands. */
export type NdaState = { id: string; status: NdaStatus };

/** The proposal's NDA in force or being signed, as JSON inside the case query (or null). */
export function activeNdaStateSql(proposalId: AnyPgColumn | SQL): SQL<NdaState | null> {
  const n = ndasTable;
  return sql<NdaState | null>`(select json_build_object('id', ${n.id}, 'status', ${n.status})
    from ${n} where ${n.proposalId} = ${outerRef(proposalId)} and ${n.status} <> 'void' limit 1)`;
}

/** "An NDA signed by both sides covers this proposal", as a SQL condition. */
export function ndaInEffectSql(proposalId: AnyPgColumn | SQL): SQL {
  const n = ndasTable;
  return sql`exists(select 1 from ${n} where ${n.proposalId} = ${outerRef(proposalId)} and ${n.status} = 'in_effect')`;
}

export async function insertNda(
  db: Executor,
  values: typeof ndasTable.$inferInsert,
): Promise<NdaRow> {
  const [row] = await db.insert(ndasTable).values(values).returning();
  return row!;
}

/** Records a signature if the NDA is still waiting for it; undefined when someone was faster. */
export async function recordSignature(
  db: Executor,
  ndaId: string,
  expected: NdaStatus,
  values: Partial<typeof ndasTable.$inferInsert>,
): Promise<NdaRow | undefined> {
  const [row] = await db
    .update(ndasTable)
    .set(values)
    .where(and(eq(ndasTable.id, ndaId), eq(ndasTable.status, expected)))
    .returning();
  return row;
}

/**
 * Makes sure a current template exists: on a new installation, the standard text becomes
 * version 1 (administrators add versions from there). Safe when several processes start at once.
 */
export async function ensureNdaTemplate(
  db: Executor,
  standard: { title: string; body: string },
): Promise<void> {
  if (await getCurrentTemplate(db)) {
    return;
  }
  try {
    await db.transaction((tx) => createTemplateVersion(tx, { ...standard, createdBy: null }));
  } catch (error) {
    // Another process created it first.
    if (!(await getCurrentTemplate(db))) {
      throw error;
    }
  }
}
