/**
 * The inbox as a CSV for Excel: Japanese column names, labels instead of codes, dates in the
 * city's time zone. Only what every reader of the list may see: title and summary (never
 * confidential), no section a department could not read. Pure.
 */

import type { ProposalSummary } from '@kyoso/contracts/proposals';
import { translator } from '@kyoso/i18n/core';
import { domainMessages } from '@kyoso/i18n/catalogues/domain';
import { toCsv, type CsvCell } from '../shared/csv';

const DUE_LABELS = { overdue: '期限超過', due_soon: '期限間近', on_track: '期限内' } as const;

const tokyo = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Tokyo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

function tokyoDateTime(iso: string | null): string {
  return iso ? tokyo.format(new Date(iso)) : '';
}

export const INBOX_CSV_HEADER = [
  '受付番号',
  '提案名',
  '概要',
  '種別',
  'テーマ',
  '提案者',
  'STEP',
  '状況',
  '主担当部署',
  '移管回数',
  '部署未決定の日数',
  '窓口担当者',
  '提出日時',
  '現段階の期限',
  '期限の状況',
  '予算カレンダー',
  '最終更新',
] as const;

export function inboxCsv(rows: readonly ProposalSummary[], truncated: boolean): string {
  const lines: CsvCell[][] = [[...INBOX_CSV_HEADER]];
  for (const p of rows) {
    lines.push([
      p.referenceNumber,
      p.title,
      p.summary,
      translator(domainMessages, 'ja')(`kind.${p.kind}`),
      p.theme?.title ?? '',
      p.organization.name,
      p.step ?? '',
      p.staffStatusLabel.ja,
      p.leadDepartment?.name.ja ?? '',
      p.transferCount,
      p.daysWithoutDepartment,
      p.assignedCoordinator?.name ?? '',
      tokyoDateTime(p.submittedAt),
      p.dueDate,
      p.dueState ? DUE_LABELS[p.dueState] : '',
      p.calendarAssessment?.flag
        ? `締切後の提出（${p.calendarAssessment.earliestBudgetFiscalYearLabel}予算から）`
        : '',
      tokyoDateTime(p.updatedAt),
    ]);
  }
  if (truncated) {
    lines.push([
      `（該当する提案が多いため、先頭の${rows.length}件を出力しました。条件を絞り込んでください）`,
    ]);
  }
  return toCsv(lines);
}
