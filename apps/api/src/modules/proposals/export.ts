/**
 * The inbox as a CSV for Excel: Japanese column names and labels from the catalogue (the city's
 * staff open it), dates and times as the portal writes them (Japan's time). Only what every
 * reader of the list may see: title and summary (never confidential), no section a department
 * could not read. Pure.
 */

import type { ProposalSummary } from '@kyoso/contracts/proposals';
import { documentMessages } from '@kyoso/i18n/catalogues/documents';
import { domainMessages } from '@kyoso/i18n/catalogues/domain';
import { translator } from '@kyoso/i18n/core';
import { tokyoDate } from '@kyoso/calendar/dates';
import { formatFiscalYear } from '@kyoso/i18n/format';
import { pickText, type Language } from '@kyoso/i18n/languages';
import { toCsv, type CsvCell } from '../shared/csv';

/** The CSV is for the city's staff and their Excel: Japanese, whatever the reader's language. */
const CSV_LANGUAGE: Language = 'ja';

/** The column names, in order. */
export function inboxCsvHeader(): string[] {
  const t = translator(documentMessages, CSV_LANGUAGE);
  const domain = translator(domainMessages, CSV_LANGUAGE);
  return [
    t('inboxCsv.column.referenceNumber'),
    domain('field.title'),
    domain('field.summary'),
    t('inboxCsv.column.kind'),
    t('inboxCsv.column.theme'),
    t('inboxCsv.column.organization'),
    t('inboxCsv.column.step'),
    t('inboxCsv.column.status'),
    t('inboxCsv.column.leadDepartment'),
    t('inboxCsv.column.transferCount'),
    t('inboxCsv.column.daysWithoutDepartment'),
    t('inboxCsv.column.coordinator'),
    t('inboxCsv.column.submittedAt'),
    t('inboxCsv.column.dueDate'),
    t('inboxCsv.column.dueState'),
    t('inboxCsv.column.calendar'),
    t('inboxCsv.column.updatedAt'),
  ];
}

/**
 * A date as Excel in Japan reads it as a date (`2026/11/19`), so that the column sorts and
 * filters as dates; the portal's own format (`2026年11月19日（木）`) would be read as text.
 */
export function spreadsheetDate(date: string | null): string {
  return date ? date.replaceAll('-', '/') : '';
}

/** An instant in Japan's time as Excel reads it (`2026/11/19 10:05`). */
export function spreadsheetDateTime(instant: string | null): string {
  if (!instant) {
    return '';
  }
  const at = new Date(instant);
  const time = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Tokyo',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
  return `${spreadsheetDate(tokyoDate(at))} ${time}`;
}

/** The rows of the inbox as CSV text (BOM, CRLF), with a closing line when the list was cut. */
export function inboxCsv(rows: readonly ProposalSummary[], truncated: boolean): string {
  const t = translator(documentMessages, CSV_LANGUAGE);
  const domain = translator(domainMessages, CSV_LANGUAGE);
  const lines: CsvCell[][] = [inboxCsvHeader()];
  for (const p of rows) {
    lines.push([
      p.referenceNumber,
      p.title,
      p.summary,
      domain(`kind.${p.kind}`),
      p.theme?.title ?? '',
      p.organization.name,
      p.step ?? '',
      pickText(p.staffStatusLabel, CSV_LANGUAGE),
      p.leadDepartment ? pickText(p.leadDepartment.name, CSV_LANGUAGE) : '',
      p.transferCount,
      p.daysWithoutDepartment,
      p.assignedCoordinator?.name ?? '',
      spreadsheetDateTime(p.submittedAt),
      spreadsheetDate(p.dueDate),
      p.dueState ? domain(`dueState.${p.dueState}`) : '',
      p.calendarAssessment?.flag
        ? t('inboxCsv.afterCutoff', {
            fiscalYear: formatFiscalYear(
              p.calendarAssessment.earliestBudgetFiscalYear,
              CSV_LANGUAGE,
              'era',
            ),
          })
        : '',
      spreadsheetDateTime(p.updatedAt),
    ]);
  }
  if (truncated) {
    lines.push([t('inboxCsv.truncated', { count: rows.length })]);
  }
  return toCsv(lines);
}
