import type { Attachment } from '@kyoso/contracts/attachments';

/**
 * A file as the reader may see it: a confidential one without its name for a reader who may not
 * read confidential parts yet (a department before the NDA).
 */
export function presentAttachment(
  row: {
    id: string;
    fileName: string;
    kind: Attachment['kind'];
    sizeBytes: number;
    confidential: boolean;
    createdAt: Date | string;
  },
  reader: { seesConfidential: boolean },
): Attachment {
  const redacted = row.confidential && !reader.seesConfidential;
  return {
    id: row.id,
    fileName: redacted ? null : row.fileName,
    kind: row.kind,
    sizeBytes: row.sizeBytes,
    confidential: row.confidential,
    redacted,
    createdAt:
      typeof row.createdAt === 'string'
        ? new Date(row.createdAt).toISOString()
        : row.createdAt.toISOString(),
  };
}
