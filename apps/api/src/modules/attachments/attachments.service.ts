/**
 * Files attached to a proposal: only the proposer's organisation adds them (while the proposal is
 * a draft, or while it is answering a request for information), each at most 10 MB, at most 10,
 * and only the kinds recognised from their bytes. Whoever may see the proposal may download them,
 * except a confidential file, which city departments open only under an NDA in effect.
 */
import { createHash } from 'node:crypto';
import { and, count, eq, isNull } from 'drizzle-orm';
import { ATTACHMENT_LIMITS, type Attachment } from '@kyoso/contracts/attachments';
import { presentAttachment, type AttachmentRow } from './attachments.presenter';
import type { Actor } from '../../plugins/auth';
import { logConfidentialFileOpened } from '../access-log/access-log.service';
import { canSeeConfidential } from '../proposals/proposals.policies';
import { proposalsTable } from '../proposals/proposals.table';
import type { AppContext } from '../shared/context';
import { AppError } from '../shared/errors';
import { loadProposalFor, type ProposalAccess } from '../workflow/workflow.service';
import { proposalAttachmentsTable } from './attachments.table';
import { detectFileKind, MEDIA_TYPES } from './file-type';
import type { ObjectStorage } from './storage';

const UPLOAD_STATUSES = new Set(['draft', 'more_info_requested']);

/**
 * Checks an uploaded file (not empty, at most 10 MB, a kind recognised from its bytes) and
 * stores its bytes. The caller writes the row and removes the bytes again if that fails.
 * @throws attachments.missing_file, attachments.too_large, attachments.unsupported_type
 */
export async function storeUpload(storage: ObjectStorage, proposalId: string, bytes: Buffer) {
  if (bytes.length === 0) {
    throw new AppError('attachments.missing_file');
  }
  if (bytes.length > ATTACHMENT_LIMITS.maxBytes) {
    throw new AppError('attachments.too_large');
  }
  const kind = detectFileKind(bytes);
  if (!kind) {
    throw new AppError('attachments.unsupported_type');
  }
  const id = crypto.randomUUID();
  const storageKey = `proposals/${proposalId}/${id}`;
  await storage.put(storageKey, bytes, MEDIA_TYPES[kind]);
  return {
    id,
    kind,
    storageKey,
    mediaType: MEDIA_TYPES[kind],
    sizeBytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

/** A file name safe to store and show: no folders, no control characters, not too long. */

export function cleanFileName(name: string): string {
  const base = name.normalize('NFC').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const cleaned = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  const limited =
    cleaned.length > ATTACHMENT_LIMITS.maxFileNameLength
      ? cleaned.slice(-ATTACHMENT_LIMITS.maxFileNameLength)
      : cleaned;
  return limited || 'attachment';
}

/** The proposal's own files (not those sent with messages). */
export async function findAttachments(db: AppContext['db'], proposalId: string) {
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

function ensureProposerMayChange(access: ProposalAccess, allowed: Set<string>) {
  if (!access.relations.includes('proposer')) {
    throw new AppError('auth.forbidden');
  }
  if (!allowed.has(access.context.proposal.status)) {
    throw new AppError('proposals.not_editable');
  }
}

/**
 * Stores an uploaded file.
 * @throws proposals.not_found, auth.forbidden, proposals.not_editable, attachments.too_many,
 *   attachments.unsupported_type
 */
export async function addAttachment(args: {
  ctx: AppContext;
  storage: ObjectStorage;
  actor: Actor;
  proposalId: string;
  fileName: string;
  bytes: Buffer;
  confidential: boolean;
}): Promise<{ attachment: Attachment }> {
  const { ctx, storage, actor, proposalId, bytes } = args;
  const access = await loadProposalFor(ctx.db, actor, proposalId);
  ensureProposerMayChange(access, UPLOAD_STATUSES);
  const stored = await storeUpload(storage, proposalId, bytes);
  const { storageKey } = stored;
  try {
    const row = await ctx.db.transaction(async (tx) => {
      // Counted inside the transaction, on the proposal row's lock, so two uploads at once
      // cannot both take the tenth place.
      await tx
        .select({ id: proposalsTable.id })
        .from(proposalsTable)
        .where(eq(proposalsTable.id, proposalId))
        .for('update');
      const [existing] = await tx
        .select({ n: count() })
        .from(proposalAttachmentsTable)
        .where(
          and(
            eq(proposalAttachmentsTable.proposalId, proposalId),
            isNull(proposalAttachmentsTable.messageId),
          ),
        );
      if ((existing?.n ?? 0) >= ATTACHMENT_LIMITS.maxPerProposal) {
        throw new AppError('attachments.too_many');
      }
      const [inserted] = await tx
        .insert(proposalAttachmentsTable)
        .values({
          ...stored,
          proposalId,
          fileName: cleanFileName(args.fileName),
          confidential: args.confidential,
          uploadedBy: actor.id,
        })
        .returning();
      return inserted!;
    });
    return { attachment: presentAttachment(row, access) };
  } catch (error) {
    await storage.delete(storageKey).catch(() => undefined);
    throw error;
  }
}

export async function getAttachment(ctx: AppContext, proposalId: string, attachmentId: string) {
  const [row] = await ctx.db
    .select()
    .from(proposalAttachmentsTable)
    .where(
      and(
        eq(proposalAttachmentsTable.id, attachmentId),
        eq(proposalAttachmentsTable.proposalId, proposalId),
      ),
    )
    .limit(1);
  if (!row) {
    throw new AppError('attachments.not_found');
  }
  return row;
}

/**
 * The bytes of a file for a reader allowed to open it.
 * @throws proposals.not_found, attachments.not_found, attachments.confidential
 */
export async function readAttachment(args: {
  ctx: AppContext;
  storage: ObjectStorage;
  actor: Actor;
  proposalId: string;
  attachmentId: string;
}): Promise<{ row: AttachmentRow; bytes: Buffer; access: ProposalAccess }> {
  const { ctx, storage, actor, proposalId, attachmentId } = args;
  const access = await loadProposalFor(ctx.db, actor, proposalId);
  const row = await getAttachment(ctx, proposalId, attachmentId);
  if (row.confidential && !canSeeConfidential(access.relations, access.nda.inEffect)) {
    throw new AppError('attachments.confidential');
  }
  const bytes = await storage.get(row.storageKey);
  await logConfidentialFileOpened(ctx.db, actor, access, row);
  return { row, bytes, access };
}

/** Marks a file confidential or not (the proposer, while the proposal is a draft). */
export async function setAttachmentConfidential(args: {
  ctx: AppContext;
  actor: Actor;
  proposalId: string;
  attachmentId: string;
  confidential: boolean;
}) {
  const { ctx, actor, proposalId, attachmentId, confidential } = args;
  const access = await loadProposalFor(ctx.db, actor, proposalId);
  ensureProposerMayChange(access, new Set(['draft']));
  await getAttachment(ctx, proposalId, attachmentId);
  const [row] = await ctx.db
    .update(proposalAttachmentsTable)
    .set({ confidential })
    .where(eq(proposalAttachmentsTable.id, attachmentId))
    .returning();
  return { attachment: presentAttachment(row!, access) };
}

/** Removes a file (the proposer, while the proposal is a draft). */
export async function removeAttachment(args: {
  ctx: AppContext;
  storage: ObjectStorage;
  actor: Actor;
  proposalId: string;
  attachmentId: string;
}) {
  const { ctx, storage, actor, proposalId, attachmentId } = args;
  const access = await loadProposalFor(ctx.db, actor, proposalId);
  ensureProposerMayChange(access, new Set(['draft']));
  const row = await getAttachment(ctx, proposalId, attachmentId);
  await ctx.db.delete(proposalAttachmentsTable).where(eq(proposalAttachmentsTable.id, row.id));
  await storage.delete(row.storageKey).catch((error: unknown) => {
    ctx.logger.warn(
      { err: error, storageKey: row.storageKey },
      'attachment bytes could not be removed',
    );
  });
}
