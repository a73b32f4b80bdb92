/**
 * Recognises an attachment from its bytes, never from its name: PDF, PNG, JPEG, the Office Open
 * XML formats (a ZIP whose entries say Word, Excel or PowerPoint) and the legacy Office formats
 * (an OLE compound file holding a Word, Excel or PowerPoint stream). Anything else is refused.
 */
import type { AttachmentKind } from '@kyoso/contracts/attachments';

export const MEDIA_TYPES: Record<AttachmentKind, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
};

const startsWith = (buf: Buffer, bytes: number[], offset = 0) =>
  buf.length >= offset + bytes.length && bytes.every((b, i) => buf[offset + i] === b);

/** The names of the entries of a ZIP archive, read from its central directory. */
export function zipEntryNames(buf: Buffer): string[] {
  const EOCD = 0x06054b50;
  const min = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= min; i -= 1) {
    if (buf.readUInt32LE(i) !== EOCD) {
      continue;
    }
    const count = buf.readUInt16LE(i + 10);
    let offset = buf.readUInt32LE(i + 16);
    const names: string[] = [];
    for (let n = 0; n < count && offset + 46 <= buf.length; n += 1) {
      if (buf.readUInt32LE(offset) !== 0x02014b50) {
        break;
      }
      const nameLength = buf.readUInt16LE(offset + 28);
      const extraLength = buf.readUInt16LE(offset + 30);
      const commentLength = buf.readUInt16LE(offset + 32);
      names.push(buf.toString('utf8', offset + 46, offset + 46 + nameLength));
      offset += 46 + nameLength + extraLength + commentLength;
    }
    return names;
  }
  return [];
}

function detectOoxml(buf: Buffer): AttachmentKind | null {
  const names = zipEntryNames(buf);
  if (!names.includes('[Content_Types].xml')) {
    return null;
  }
  if (names.some((n) => n.startsWith('word/'))) {
    return 'docx';
  }
  if (names.some((n) => n.startsWith('xl/'))) {
    return 'xlsx';
  }
  if (names.some((n) => n.startsWith('ppt/'))) {
    return 'pptx';
  }
  return null;
}

function detectOle(buf: Buffer): AttachmentKind | null {
  const has = (name: string) => buf.includes(Buffer.from(name, 'utf16le'));
  if (has('WordDocument')) {
    return 'doc';
  }
  if (has('Workbook') || has('Book')) {
    return 'xls';
  }
  if (has('PowerPoint Document')) {
    return 'ppt';
  }
  return null;
}

/** The kind of file `buf` holds, or null when it is not one kinds.ts accepts. */
export function detectFileKind(buf: Buffer): AttachmentKind | null {
  if (buf.subarray(0, 1024).includes('%PDF-')) {
    return 'pdf';
  }
  if (startsWith(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
    return 'png';
  }
  if (startsWith(buf, [0xff, 0xd8, 0xff])) {
    return 'jpeg';
  }
  if (startsWith(buf, [0x50, 0x4b, 0x03, 0x04])) {
    return detectOoxml(buf);
  }
  if (startsWith(buf, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return detectOle(buf);
  }
  return null;
}
