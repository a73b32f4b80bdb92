import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('csvCell', () => {
  it.each([
    ['plain', '"plain"'],
    ['見守り', '"見守り"'],
    ['say "hi"', '"say ""hi"""'],
    ['a,b', '"a,b"'],
    ['line\nbreak', '"line\nbreak"'],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+81 93', `"'+81 93"`],
    ['-1+1', `"'-1+1"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tcmd', `"'\tcmd"`],
    ['', '""'],
    [null, '""'],
    [undefined, '""'],
    [42, '"42"'],
    [-3, '"-3"'],
  ])('%j → %s', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('toCsv', () => {
  it('starts with a byte order mark and ends lines with CRLF', () => {
    const csv = toCsv([
      ['受付番号', '提案名'],
      ['KY-2026-00001', '見守り'],
    ]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('"受付番号","提案名"\r\n"KY-2026-00001","見守り"\r\n');
  });
});
