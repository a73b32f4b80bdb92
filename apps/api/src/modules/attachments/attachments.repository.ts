import { and, count, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import { outerRef } from '../shared/sql';
import { proposalAttachmentsTable } from './attachments.table';

export type AttachmentRow = typeof proposalAttachmentsTable.$inferSelect;
export type NewAttachmentRow = typeof proposalAttachmentsTable.$inferInsert;

/** What the case core keeps of a file: enough to present it and to know if it is confidential. */
export type AttachmentState = Pick<
  AttachmentRow,
  'id' | 'fileName' | 'kind' | 'sizeBytes' | 'confidential'
> & { createdAt: string };

/** The proposal's own files (not those sent with messages), as JSON inside the case query. */
export function attachmentsStateSql(proposalId: AnyPgColumn | SQL) {
  const a = proposalAttachmentsTable;
  return sql<AttachmentState[]>`coalesce((
    select json_agg(json_build_object(
      'id', ${a.id}, 'fileName', ${a.fileName}, 'kind', ${a.kind}, 'sizeBytes', ${a.sizeBytes},
      'confidential', ${a.confidential}, 'createdAt', ${a.createdAt}) order by ${a.createdAt})
    from ${a} where ${a.proposalId} = ${outerRef(proposalId)} and ${a.messageId} is null), '[]'::json)`;
}

/** The proposal's own files (not those sent with messages). */
export async function findAttachments(db: Executor, proposalId: string) {
  return db
    .select()
    .from(proposalAttachmentsTable)
    .where(
      and(
        eq(proposalAttachmentsTable.proposalId, proposalId),
        isNull(proposalAttachmentsTable.messageId),
      ),
    )
    .orderBy(proposalAttachmentsTable.createdAt);
}

/** How many files the proposal itself carries. */
export async function countAttachments(db: Executor, proposalId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(proposalAttachmentsTable)
    .where(
      and(
        eq(proposalAttachmentsTable.proposalId, proposalId),
        isNull(proposalAttachmentsTable.messageId),
      ),
    );
  return row?.n ?? 0;
}

export async function insertAttachment(db: Executor, values: NewAttachmentRow) {
  const [row] = await db.insert(proposalAttachmentsTable).values(values).returning();
  if (!row) {
    throw new Error('insert returned no row');
  }
  return row;
}

/** A file of a proposal (the proposal's own, or one sent with a message). */
export async function getAttachmentOf(db: Executor, proposalId: string, attachmentId: string) {
  const [row] = await db
    .select()
    .from(proposalAttachmentsTable)
    .where(
      and(
        eq(proposalAttachmentsTable.id, attachmentId),
        eq(proposalAttachmentsTable.proposalId, proposalId),
      ),
    )
    .limit(1);
  return row;
}

export async function setConfidential(db: Executor, attachmentId: string, confidential: boolean) {
  const [row] = await db
    .update(proposalAttachmentsTable)
    .set({ confidential })
    .where(eq(proposalAttachmentsTable.id, attachmentId))
    .returning();
  return row;
}

export async function deleteAttachment(db: Executor, attachmentId: string) {
  await db.delete(proposalAttachmentsTable).where(eq(proposalAttachmentsTable.id, attachmentId));
}

/** The files sent with messages of a proposal, by message id. */
export async function findMessageAttachments(db: Executor, proposalId: string) {
  return db
    .select()
    .from(proposalAttachmentsTable)
    .where(
      and(
        eq(proposalAttachmentsTable.proposalId, proposalId),
        sql`${proposalAttachmentsTable.messageId} is not null`,
      ),
    )
    .orderBy(proposalAttachmentsTable.createdAt);
}
