import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import type { AttachmentKind } from '@kyoso/contracts/attachments';
import { proposalMessagesTable } from '../messages/messages.table';
import { proposalsTable } from '../proposals/proposals.table';

import { createdAtColumn, idColumn } from '../shared/columns';
import { usersTable } from '../users/users.table';

/** Files attached to a proposal. The bytes live in object storage under `storageKey`. */
export const proposalAttachmentsTable = pgTable(
  'proposal_attachments',
  {
    id: idColumn(),
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => proposalsTable.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    /** Recognised from the file's bytes. */
    kind: text('kind').$type<AttachmentKind>().notNull(),
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    confidential: boolean('confidential').notNull().default(false),
    storageKey: text('storage_key').notNull(),
    /** Set for a file sent with a message (not part of the proposal's own files). */
    messageId: uuid('message_id').references(() => proposalMessagesTable.id, {
      onDelete: 'cascade',
    }),
    uploadedBy: uuid('uploaded_by').references(() => usersTable.id, { onDelete: 'set null' }),
    createdAt: createdAtColumn(),
  },
  (t) => [
    index('proposal_attachments_proposal_idx').on(t.proposalId, t.createdAt),
    check(
      'proposal_attachments_size_check',
      sql`${t.sizeBytes} > 0 and ${t.sizeBytes} <= 10485760`,
    ),
  ],
);
