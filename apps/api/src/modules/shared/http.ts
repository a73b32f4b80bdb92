/**
 * HTTP helpers shared by the modules that take and give files: multipart fields and bytes, and a
 * Content-Disposition that keeps a Japanese file name.
 */
import type { MultipartFile } from '@fastify/multipart';
import { AppError } from './errors';

/** The bytes of an uploaded file; too large a file is `attachments.too_large` (413). */
export async function fileBytes(file: MultipartFile): Promise<Buffer> {
  try {
    return await file.toBuffer();
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new AppError('attachments.too_large');
    }
    throw error;
  }
}

/**
 * Reads a multipart body (and nothing else: no database work inside). The parser's own errors
 * (a truncated body, JSON sent as multipart, no boundary) carry no code; they are the caller's
 * fault, answered 400 `request.invalid_multipart`. Coded errors (limits, AppError) pass through.
 * @throws request.invalid_multipart
 */
export async function readMultipart<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof AppError || typeof (error as { code?: unknown }).code === 'string') {
      throw error;
    }
    throw new AppError('request.invalid_multipart', { cause: error });
  }
}

/** A plain text field sent with (before) the file in a multipart form. */
export function fieldValue(fields: MultipartFile['fields'], name: string): string | undefined {
  const field = fields[name];
  return field && !Array.isArray(field) && 'value' in field && typeof field.value === 'string'
    ? field.value
    : undefined;
}

/** `Content-Disposition: attachment` with the original (Japanese) name, RFC 6266 style. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
