import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { DialogueInput } from '@kyoso/contracts/collaboration';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import { outerRef } from '../shared/sql';
import { userNameSql } from '../users/users.repository';
import { dialogueActionItemsTable, dialogueCommentsTable, dialoguesTable } from './dialogues.table';

export type DialogueRow = typeof dialoguesTable.$inferSelect;

export async function getDialogue(db: Executor, proposalId: string, dialogueId: string) {
  const [row] = await db
    .select()
    .from(dialoguesTable)
    .where(and(eq(dialoguesTable.id, dialogueId), eq(dialoguesTable.proposalId, proposalId)))
    .limit(1);
  return row;
}

export async function hasRound(db: Executor, proposalId: string, round: 1 | 2) {
  const [row] = await db
    .select({ id: dialoguesTable.id })
    .from(dialoguesTable)
    .where(and(eq(dialoguesTable.proposalId, proposalId), eq(dialoguesTable.round, round)))
    .limit(1);
  return row !== undefined;
}

async function insertActionItems(
  db: Executor,
  dialogueId: string,
  items: DialogueInput['actionItems'],
) {
  if (items.length > 0) {
    await db
      .insert(dialogueActionItemsTable)
      .values(items.map((item, position) => ({ ...item, dialogueId, position })));
  }
}

export async function insertDialogue(
  db: Executor,
  values: Omit<DialogueInput, 'actionItems'> & { proposalId: string; createdBy: string },
  items: DialogueInput['actionItems'],
): Promise<DialogueRow> {
  const [row] = await db.insert(dialoguesTable).values(values).returning();
  await insertActionItems(db, row!.id, items);
  return row!;
}

/** Rewrites a record and its action items (items already done keep their state by text). */
export async function replaceDialogue(
  db: Executor,
  dialogueId: string,
  values: Omit<DialogueInput, 'actionItems' | 'round'>,
  items: DialogueInput['actionItems'],
) {
  const done = await db
    .select({
      description: dialogueActionItemsTable.description,
      doneAt: dialogueActionItemsTable.doneAt,
    })
    .from(dialogueActionItemsTable)
    .where(eq(dialogueActionItemsTable.dialogueId, dialogueId));
  await db
    .update(dialoguesTable)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(dialoguesTable.id, dialogueId));
  await db
    .delete(dialogueActionItemsTable)
    .where(eq(dialogueActionItemsTable.dialogueId, dialogueId));
  await insertActionItems(db, dialogueId, items);
  for (const item of done.filter((d) => d.doneAt)) {
    await db
      .update(dialogueActionItemsTable)
      .set({ doneAt: item.doneAt })
      .where(
        and(
          eq(dialogueActionItemsTable.dialogueId, dialogueId),
          eq(dialogueActionItemsTable.description, item.description),
        ),
      );
  }
}

export async function confirmDialogue(
  db: Executor,
  dialogueId: string,
  userId: string,
  at: Date,
): Promise<boolean> {
  const rows = await db
    .update(dialoguesTable)
    .set({ confirmedBy: userId, confirmedAt: at })
    .where(eq(dialoguesTable.id, dialogueId))

    .returning({ id: dialoguesTable.id });
  return rows.length > 0;
}

export async function insertComment(
  db: Executor,
  values: typeof dialogueCommentsTable.$inferInsert,
): Promise<void> {
  await db.insert(dialogueCommentsTable).values(values);
}

export async function setActionItemDone(
  db: Executor,
  dialogueId: string,
  itemId: string,
  doneAt: Date | null,
): Promise<boolean> {
  const rows = await db
    .update(dialogueActionItemsTable)
    .set({ doneAt })
    .where(
      and(
        eq(dialogueActionItemsTable.id, itemId),
        eq(dialogueActionItemsTable.dialogueId, dialogueId),
      ),
    )
    .returning({ id: dialogueActionItemsTable.id });
  return rows.length > 0;
}

/** The proposal's records, by date, with their action items and comments. */
export async function findDialogues(db: Executor, proposalId: string) {
  const dialogues = await db
    .select()
    .from(dialoguesTable)
    .where(eq(dialoguesTable.proposalId, proposalId))
    .orderBy(asc(dialoguesTable.round), asc(dialoguesTable.heldOn), asc(dialoguesTable.createdAt));
  const ids = dialogues.map((d) => d.id);
  if (ids.length === 0) {
    return [];
  }
  const [items, comments] = await Promise.all([
    db
      .select()
      .from(dialogueActionItemsTable)
      .where(inArray(dialogueActionItemsTable.dialogueId, ids))
      .orderBy(asc(dialogueActionItemsTable.dialogueId), asc(dialogueActionItemsTable.position)),
    db
      .select({
        comment: dialogueCommentsTable,
        authorName: userNameSql(dialogueCommentsTable.authorId),
      })
      .from(dialogueCommentsTable)
      .where(inArray(dialogueCommentsTable.dialogueId, ids))
      .orderBy(asc(dialogueCommentsTable.createdAt), asc(dialogueCommentsTable.id)),
  ]);
  return dialogues.map((dialogue) => ({
    dialogue,
    items: items.filter((i) => i.dialogueId === dialogue.id),
    comments: comments.filter((c) => c.comment.dialogueId === dialogue.id),
  }));
}

/** What the case core keeps of the dialogue records: each round and whether it is confirmed. */
export type DialogueRoundState = { round: 1 | 2; confirmed: boolean };

/** The rounds recorded for a proposal, as JSON inside the case query. */
export function dialogueRoundsSql(proposalId: AnyPgColumn | SQL): SQL<DialogueRoundState[]> {
  const d = dialoguesTable;
  return sql<DialogueRoundState[]>`coalesce((
    select json_agg(json_build_object('round', ${d.round}, 'confirmed', ${d.confirmedAt} is not null)
      order by ${d.round})
    from ${d} where ${d.proposalId} = ${outerRef(proposalId)}), '[]'::json)`;
}
