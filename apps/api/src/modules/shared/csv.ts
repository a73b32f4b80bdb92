/**
 * CSV that opens correctly in Excel (the tool every city office uses): UTF-8 with a byte order
 * mark (or Japanese turns into mojibake), CRLF line ends, every field quoted, and text that
 * Excel would run as a formula (`=`, `+`, `-`, `@`, tab, carriage return) prefixed with `'`.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvCell = string | number | null | undefined;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) {
    return '""';
  }
  if (typeof value === 'number') {
    return `"${String(value)}"`;
  }
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
