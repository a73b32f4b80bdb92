/**
 * Files attached to a proposal: only the proposer's organisation adds them (while the proposal is
 * a draft, or while it is answering a request for information), each at most 10 MB, at most 10,
 * and only the kinds recognised from their bytes. Whoever may see the proposal may download them,
 * except a confidential file, which city departments open only under an NDA in effect.
 */
import { createHash } from 'node:crypto';
import { ATTACHMENT_LIMITS, type Attachment } from '@kyoso/contracts/attachments';
import type { AppContext } from '../../app-context';
import type { CaseAccess } from '../proposals/proposals.case';
import { lockProposal } from '../proposals/proposals.repository';
import { AppError } from '../shared/errors';
import type { Actor } from '../users/actor';
import { presentAttachment } from './attachments.presenter';
import {
  countAttachments,
  deleteAttachment,
  findAttachments,
  getAttachmentOf,
  insertAttachment,
  setConfidential,
  type AttachmentRow,
} from './attachments.repository';
import { detectFileKind, MEDIA_TYPES } from './file-type';
import type { ObjectStorage } from './storage';

export { findAttachments };

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

function ensureProposerMayChange(access: CaseAccess, allowed: Set<string>) {
  if (!access.relations.includes('proposer')) {
    throw new AppError('auth.forbidden');
  }
  if (!allowed.has(access.proposal.status)) {
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
  const access = await ctx.cases.load(ctx.db, actor, proposalId);
  ensureProposerMayChange(access, UPLOAD_STATUSES);
  const stored = await storeUpload(storage, proposalId, bytes);
  const { storageKey } = stored;
  try {
    const row = await ctx.db.transaction(async (tx) => {
      // Counted inside the transaction, on the proposal row's lock, so two uploads at once
      // cannot both take the tenth place.
      await lockProposal(tx, proposalId);
      if ((await countAttachments(tx, proposalId)) >= ATTACHMENT_LIMITS.maxPerProposal) {
        throw new AppError('attachments.too_many');
      }
      return insertAttachment(tx, {
        ...stored,
        proposalId,
        fileName: cleanFileName(args.fileName),
        confidential: args.confidential,
        uploadedBy: actor.id,
      });
    });
    return { attachment: presentAttachment(row, access) };
  } catch (error) {
    await storage.delete(storageKey).catch(() => undefined);
    throw error;
  }
}

export async function getAttachment(ctx: AppContext, proposalId: string, attachmentId: string) {
  const row = await getAttachmentOf(ctx.db, proposalId, attachmentId);
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
}): Promise<{ row: AttachmentRow; bytes: Buffer; access: CaseAccess }> {
  const { ctx, storage, actor, proposalId, attachmentId } = args;
  const access = await ctx.cases.load(ctx.db, actor, proposalId);
  const row = await getAttachment(ctx, proposalId, attachmentId);
  if (row.confidential && !access.seesConfidential) {
    throw new AppError('attachments.confidential');
  }
  const bytes = await storage.get(row.storageKey);
  await ctx.cases.fileOpened(ctx.db, actor, access, row);
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
  const access = await ctx.cases.load(ctx.db, actor, proposalId);
  ensureProposerMayChange(access, new Set(['draft']));
  await getAttachment(ctx, proposalId, attachmentId);
  const row = await setConfidential(ctx.db, attachmentId, confidential);
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
  const access = await ctx.cases.load(ctx.db, actor, proposalId);
  ensureProposerMayChange(access, new Set(['draft']));
  const row = await getAttachment(ctx, proposalId, attachmentId);
  await deleteAttachment(ctx.db, row.id);
  await storage.delete(row.storageKey).catch((error: unknown) => {
    ctx.logger.warn(
      { err: error, storageKey: row.storageKey },
      'attachment bytes could not be removed',
    );
  });
}
