import type { Attachment } from '@kyoso/contracts/attachments';
import type { WorkflowActor } from '@kyoso/contracts/workflow';
import { canSeeConfidential } from '../proposals/proposals.policies';
import type { proposalAttachmentsTable } from './attachments.table';

export type AttachmentRow = typeof proposalAttachmentsTable.$inferSelect;

/** A file as the reader may see it: a confidential one without its name for a department before the NDA. */
export function presentAttachment(
  row: AttachmentRow,
  access: { relations: readonly WorkflowActor[]; nda: { inEffect: boolean } },
): Attachment {
  const redacted = row.confidential && !canSeeConfidential(access.relations, access.nda.inEffect);
  return {
    id: row.id,
    fileName: redacted ? null : row.fileName,
    kind: row.kind,
    sizeBytes: row.sizeBytes,
    confidential: row.confidential,
    redacted,
    createdAt: row.createdAt.toISOString(),
  };
}
