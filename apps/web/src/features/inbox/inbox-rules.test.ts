import { describe, expect, it } from 'vitest';
import type { ProposalSummary } from '@kyoso/contracts/proposals';
import type { ProposalStatus } from '@kyoso/contracts/workflow';
import { departmentState, showsAfterCutoff } from './inbox-rules';

/** A text in two languages, as the API sends data (a department's name, a notice). */
function text(ja: string, en: string) {
  return { ja, en };
}

function assessment(severity: 'warning' | 'info' | null) {
  return {
    flag: severity ? { severity, code: 'calendar.after_cutoff', message: text('', '') } : null,
  } as unknown as ProposalSummary['calendarAssessment'];
}

describe('the after-cutoff badge', () => {
  it.each<[ProposalStatus, 'warning' | 'info' | null, boolean]>([
    ['submitted', 'warning', true],
    ['dialogue', 'warning', true],
    ['on_hold', 'warning', true],
    ['submitted', 'info', false],
    ['submitted', null, false],
    ['declined', 'warning', false],
    ['withdrawn', 'warning', false],
    ['completed', 'warning', false],
  ])('%s with a %s flag: %s', (status, severity, shown) => {
    expect(showsAfterCutoff({ status, calendarAssessment: assessment(severity) })).toBe(shown);
  });

  it('is not shown without an assessment', () => {
    expect(showsAfterCutoff({ status: 'submitted', calendarAssessment: null })).toBe(false);
  });
});

describe('the days without a department', () => {
  const lead = {
    id: '00000000-0000-4000-8000-000000000001',
    name: text('公園管理課', 'Parks'),
  };
  it.each<[ProposalStatus, boolean, number | null, ReturnType<typeof departmentState>]>([
    ['submitted', false, 3, { kind: 'days', days: 3 }],
    ['routing', false, 0, { kind: 'days', days: 0 }],
    ['more_info_requested', false, 5, { kind: 'days', days: 5 }],
    ['awaiting_department', true, 4, { kind: 'awaiting' }],
    ['nda', true, null, null],
    ['dialogue', true, 9, null],
    ['declined', false, 2, null],
    ['withdrawn', false, 2, null],
  ])('%s (department: %s, days: %s)', (status, hasLead, days, expected) => {
    expect(
      departmentState({
        status,
        leadDepartment: hasLead ? lead : null,
        daysWithoutDepartment: days,
      }),
    ).toEqual(expected);
  });
});
