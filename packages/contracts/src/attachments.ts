import { z } from 'zod';
import { timestampSchema } from './common';

/** What a proposal may carry: documents and images, recognised from their bytes. */
export const ATTACHMENT_KINDS = [
  'pdf',
  'png',
  'jpeg',
  'docx',
  'xlsx',
  'pptx',
  'doc',
  'xls',
  'ppt',
] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

export const ATTACHMENT_LIMITS = {
  maxBytes: 10 * 1024 * 1024,
  maxPerProposal: 10,
  maxFileNameLength: 200,
} as const;

/** The `accept` attribute of the file picker (a convenience only: the server reads the bytes). */
export const ATTACHMENT_ACCEPT = '.pdf,.png,.jpg,.jpeg,.doc,.docx,.xls,.xlsx,.ppt,.pptx';

export const attachmentSchema = z.object({
  id: z.uuid(),
  /** Null when the file is confidential and the reader may not see it yet. */
  fileName: z.string().nullable(),
  kind: z.enum(ATTACHMENT_KINDS),
  sizeBytes: z.number().int(),
  confidential: z.boolean(),
  /** The reader may not open this file (confidential, no NDA in effect). */
  redacted: z.boolean(),
  createdAt: timestampSchema,
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const attachmentResponseSchema = z.object({ attachment: attachmentSchema });
export const attachmentsResponseSchema = z.object({ attachments: z.array(attachmentSchema) });
export const updateAttachmentBodySchema = z.object({ confidential: z.boolean() });
