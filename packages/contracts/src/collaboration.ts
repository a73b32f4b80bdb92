/**
 * What city staff and the proposer write to each other around a proposal: internal notes
 * (staff only), the message thread, STEP 3 dialogue records, and the confidential access log.
 */
import { z } from 'zod';
import { attachmentSchema } from './attachments';
import { dateStringSchema, idSchema, localizedTextSchema, timestampSchema } from './common';
import { roleSchema } from './auth';
import { CONFIDENTIAL_SECTIONS } from './proposals';

export const COLLABORATION_LIMITS = {
  noteBody: 4000,
  messageBody: 4000,
  minutes: 20_000,
  attendees: 1000,
  actionItems: 30,
  actionItemText: 500,
  comment: 4000,
  maxMentions: 20,
} as const;

const departmentRef = z.object({ id: z.uuid(), name: localizedTextSchema });

// ---------------------------------------------------------------------------------------------
// Internal notes
// ---------------------------------------------------------------------------------------------

export const noteSchema = z.object({
  id: z.uuid(),
  body: z.string(),
  author: z.object({
    id: z.uuid().nullable(),
    name: z.string(),
    department: departmentRef.nullable(),
  }),
  mentioned: z.array(z.object({ id: z.uuid(), name: z.string() })),
  createdAt: timestampSchema,
});
export const notesResponseSchema = z.object({ notes: z.array(noteSchema) });
export const noteResponseSchema = z.object({ note: noteSchema });
export const createNoteBodySchema = z.object({
  body: z.string().trim().min(1).max(COLLABORATION_LIMITS.noteBody),
  /** Colleagues to notify (chosen with @); each must be able to see the proposal. */
  mentionedUserIds: z.array(idSchema).max(COLLABORATION_LIMITS.maxMentions).default([]),
});

export const mentionableResponseSchema = z.object({
  users: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      department: departmentRef.nullable(),
      role: roleSchema,
    }),
  ),
});

// ---------------------------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------------------------

export const messageSchema = z.object({
  id: z.uuid(),
  side: z.enum(['city', 'proposer']),
  body: z.string(),
  /** For the proposer, city messages are signed by the department (or the desk), never a person. */
  author: z.object({ name: z.string().nullable(), department: departmentRef.nullable() }),
  attachments: z.array(attachmentSchema),
  createdAt: timestampSchema,
});
export type Message = z.infer<typeof messageSchema>;
export const messagesResponseSchema = z.object({ messages: z.array(messageSchema) });
export const messageResponseSchema = z.object({ message: messageSchema });
export const createMessageBodySchema = z.object({
  body: z.string().trim().min(1).max(COLLABORATION_LIMITS.messageBody),
});

// ---------------------------------------------------------------------------------------------
// Dialogue records (STEP 3)
// ---------------------------------------------------------------------------------------------

export const DIALOGUE_ROUNDS = [1, 2] as const;

export const actionItemInputSchema = z.object({
  description: z.string().trim().min(1).max(COLLABORATION_LIMITS.actionItemText),
  ownerSide: z.enum(['city', 'proposer']),
  ownerName: z.string().trim().min(1).max(200),
  dueOn: dateStringSchema.nullable().default(null),
});

export const dialogueInputSchema = z.object({
  round: z.union([z.literal(1), z.literal(2)]),
  heldOn: dateStringSchema,
  cityAttendees: z.string().trim().min(1).max(COLLABORATION_LIMITS.attendees),
  proposerAttendees: z.string().trim().min(1).max(COLLABORATION_LIMITS.attendees),
  minutes: z.string().trim().min(1).max(COLLABORATION_LIMITS.minutes),
  actionItems: z.array(actionItemInputSchema).max(COLLABORATION_LIMITS.actionItems).default([]),
});
export type DialogueInput = z.infer<typeof dialogueInputSchema>;

export const dialogueSchema = z.object({
  id: z.uuid(),
  round: z.union([z.literal(1), z.literal(2)]),
  heldOn: z.string(),
  cityAttendees: z.string(),
  proposerAttendees: z.string(),
  minutes: z.string(),
  actionItems: z.array(
    z.object({
      id: z.uuid(),
      description: z.string(),
      ownerSide: z.enum(['city', 'proposer']),
      ownerName: z.string(),
      dueOn: z.string().nullable(),
      done: z.boolean(),
    }),
  ),
  confirmedAt: timestampSchema.nullable(),
  comments: z.array(
    z.object({
      id: z.uuid(),
      side: z.enum(['city', 'proposer']),
      author: z.string().nullable(),
      body: z.string(),
      createdAt: timestampSchema,
    }),
  ),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Dialogue = z.infer<typeof dialogueSchema>;
export const dialoguesResponseSchema = z.object({ dialogues: z.array(dialogueSchema) });
export const dialogueResponseSchema = z.object({ dialogue: dialogueSchema });
export const dialogueCommentBodySchema = z.object({
  body: z.string().trim().min(1).max(COLLABORATION_LIMITS.comment),
});
export const actionItemUpdateBodySchema = z.object({ done: z.boolean() });

// ---------------------------------------------------------------------------------------------
// Confidential access log
// ---------------------------------------------------------------------------------------------

/**
 * One line of the confidential access log: repeated views of the same thing by the same reader
 * (the same person for the desk, the same department for the proposer) within half an hour are
 * one line, with how many views and when the first and the last were. Every view stays recorded
 * on its own for audit.
 */
export const accessLogEntrySchema = z.object({
  id: z.uuid(),
  /** The last view of the group. */
  at: timestampSchema,
  /** The first view of the group (the same as `at` for a single view). */
  firstAt: timestampSchema,
  /** How many views the line stands for. */
  views: z.number().int().min(1),
  /** The proposer sees the department, not the person (`name` is null for them). */
  user: z.object({
    name: z.string().nullable(),
    role: roleSchema,
    department: departmentRef.nullable(),
  }),
  resource: z.enum(['sections', 'attachment']),
  /** The confidential sections that were shown (for `sections`). */
  sections: z.array(z.enum(CONFIDENTIAL_SECTIONS)),
  /** The file's name when it was opened (for `attachment`). */
  fileName: z.string().nullable(),
});
export type AccessLogEntry = z.infer<typeof accessLogEntrySchema>;

export const accessLogResponseSchema = z.object({ entries: z.array(accessLogEntrySchema) });
