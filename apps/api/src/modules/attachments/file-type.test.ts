import { describe, expect, it } from 'vitest';
import {
  exeBytes,
  jpegBytes,
  legacyOfficeBytes,
  officeBytes,
  pdfBytes,
  pngBytes,
  zipBytes,
} from '../../../test/files';
import { detectFileKind, zipEntryNames } from './file-type';

describe('recognising a file from its bytes', () => {
  it.each([
    ['a PDF', pdfBytes(), 'pdf'],
    ['a PNG image', pngBytes(), 'png'],
    ['a JPEG image', jpegBytes(), 'jpeg'],
    ['a Word document', officeBytes('docx'), 'docx'],
    ['an Excel workbook', officeBytes('xlsx'), 'xlsx'],
    ['a PowerPoint deck', officeBytes('pptx'), 'pptx'],
    ['a legacy Word document', legacyOfficeBytes('WordDocument'), 'doc'],
    ['a legacy Excel workbook', legacyOfficeBytes('Workbook'), 'xls'],
    ['a legacy PowerPoint deck', legacyOfficeBytes('PowerPoint Document'), 'ppt'],
    ['a Windows program', exeBytes(), null],
    ['a plain ZIP archive', zipBytes({ 'readme.txt': 'hello' }), null],
    [
      'a ZIP that only pretends (no content types)',
      zipBytes({ 'word/document.xml': '<x/>' }),
      null,
    ],
    ['a text file', Buffer.from('こんにちは'), null],
    ['an empty file', Buffer.alloc(0), null],
    ['an HTML page', Buffer.from('<!doctype html><script>alert(1)</script>'), null],
  ])('%s → %s', (_label, bytes, kind) => {
    expect(detectFileKind(bytes)).toBe(kind);
  });

  it('reads the entry names of a ZIP archive', () => {
    expect(zipEntryNames(officeBytes('docx'))).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'word/document.xml',
    ]);
  });
});
