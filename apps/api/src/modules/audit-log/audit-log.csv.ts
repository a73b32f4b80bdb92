/**
 * The audit log as a CSV for Excel: Japanese column names from the catalogue, instants as Excel
 * in Japan reads them (`2026/11/19 10:05`), each action in words and as its code, every field
 * quoted and formulas defused. Pure.
 */
import type { AuditEntry } from '@kyoso/contracts/audit';
import { auditActionLabel } from '@kyoso/contracts/audit-text';
import { adminMessages } from '@kyoso/i18n/catalogues/admin';
import { workflowMessages } from '@kyoso/i18n/catalogues/workflow';
import { translator } from '@kyoso/i18n/core';
import { pickText, type Language } from '@kyoso/i18n/languages';
import { spreadsheetDateTime } from '../proposals/export';
import { toCsv, type CsvCell } from '../shared/csv';

/** The CSV is for the city's staff and their Excel: Japanese, whatever the reader's language. */
const CSV_LANGUAGE: Language = 'ja';

export function auditCsv(entries: readonly AuditEntry[], truncated: boolean): string {
  const t = translator(adminMessages, CSV_LANGUAGE);
  const tw = translator(workflowMessages, CSV_LANGUAGE);
  const lines: CsvCell[][] = [
    [
      t('audit.column.at'),
      t('audit.column.kind'),
      t('audit.column.action'),
      t('audit.column.actionCode'),
      t('audit.column.person'),
      t('audit.column.role'),
      t('audit.column.department'),
      t('audit.column.subject'),
      t('audit.column.reference'),
      t('audit.column.details'),
      t('audit.column.ip'),
    ],
  ];
  for (const e of entries) {
    lines.push([
      spreadsheetDateTime(e.at),
      t(`audit.kind.${e.kind}`),
      auditActionLabel(e.action, { admin: t, workflow: tw }) ?? e.action,
      e.action,
      e.actor?.name ?? (e.actor ? '' : t('audit.system')),
      e.actor?.role ? tw(`role.${e.actor.role}`) : '',
      e.actor?.department ? pickText(e.actor.department.name, CSV_LANGUAGE) : '',
      [
        e.department ? pickText(e.department.name, CSV_LANGUAGE) : '',
        e.subjectId ? `${e.subjectType}:${e.subjectId}` : e.subjectType,
      ]
        .filter(Boolean)
        .join(' '),
      e.proposal?.referenceNumber ?? '',
      e.details.map((d) => `${d.key}=${d.value}`).join('; '),
      e.ip ?? '',
    ]);
  }
  if (truncated) {
    lines.push([t('audit.csvTruncated', { count: entries.length })]);
  }
  return toCsv(lines);
}
