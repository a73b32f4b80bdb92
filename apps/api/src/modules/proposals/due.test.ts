import { describe, expect, it } from 'vitest';
import { DEFAULT_SERVICE_LEVELS } from '@kyoso/contracts/service-levels';
import { currentDueDate, daysWithoutDepartment, dueStateOf } from './due';

describe('due dates', () => {
  const base = {
    screeningDueOn: '2026-12-07',
    departmentDueOn: '2026-12-01',
    holdResumeOn: '2027-04-01',
  };
  it.each([
    ['submitted', '2026-12-07'],
    ['routing', '2026-12-07'],
    ['more_info_requested', null],
    ['awaiting_department', '2026-12-01'],
    ['on_hold', '2027-04-01'],
    ['dialogue', null],
    ['declined', null],
  ] as const)('%s is due on %s', (status, due) => {
    expect(currentDueDate({ status, ...base })).toBe(due);
  });

  // Worked out by hand on the 2026–2027 calendar, with short service levels.
  const levels = {
    ...DEFAULT_SERVICE_LEVELS,
    dialogueBusinessDays: 5,
    decisionBusinessDays: 3,
    agreementBusinessDays: 10,
    evaluationBusinessDays: 2,
  };
  it.each([
    // Accepted Monday 2 November 2026; 3 November is a holiday: 4, 5, 6, 9, 10.
    ['nda', { leadAcceptedAt: new Date('2026-11-02T01:00:00Z') }, null, '2026-11-10'],
    ['dialogue', { leadAcceptedAt: new Date('2026-11-02T01:00:00Z') }, null, '2026-11-10'],
    ['dialogue', { leadAcceptedAt: null }, null, null],
    // Sent to review at 00:30 on Saturday 21 November in Japan; 23 November is a holiday.
    ['internal_review', { statusChangedAt: new Date('2026-11-20T15:30:00Z') }, null, '2026-11-26'],
    // Adopted 24 December: 25, 28, then the year-end closure and Coming of Age Day (11 January).
    ['agreement', { statusChangedAt: new Date('2026-12-24T00:00:00Z') }, null, '2027-01-14'],
    // Evaluation started Wednesday 10 February 2027; 11 February is a holiday: 12, 15.
    ['evaluation', { statusChangedAt: new Date('2027-02-10T03:00:00Z') }, null, '2027-02-15'],
    [
      'in_progress',
      { statusChangedAt: new Date('2027-02-10T03:00:00Z') },
      '2027-03-12',
      '2027-03-12',
    ],
    ['in_progress', { statusChangedAt: new Date('2027-02-10T03:00:00Z') }, null, null],
    ['completed', { statusChangedAt: new Date('2027-02-10T03:00:00Z') }, null, null],
  ] as const)('%s with %o and next report %s is due on %s', (status, dates, report, due) => {
    expect(currentDueDate({ status, ...base, ...dates }, levels, report)).toBe(due);
  });

  // Friday 20 November 2026; the next business days are 24 (Tue, after the Monday holiday) and 25.
  it.each([
    ['2026-11-19', 'overdue'],
    ['2026-11-20', 'due_soon'],
    ['2026-11-24', 'due_soon'],
    ['2026-11-25', 'due_soon'],
    ['2026-11-26', 'on_track'],
    [null, null],
  ] as const)('due on %s, seen on 2026-11-20: %s', (due, state) => {
    expect(dueStateOf(due, '2026-11-20')).toBe(state);
  });

  it('counts the days a proposal waited for a department', () => {
    const submittedAt = new Date('2026-11-02T00:00:00Z');
    expect(
      daysWithoutDepartment(
        { submittedAt, leadAcceptedAt: new Date('2026-11-12T05:00:00Z'), closedAt: null },
        new Date(),
      ),
    ).toBe(10);
    expect(
      daysWithoutDepartment(
        { submittedAt, leadAcceptedAt: null, closedAt: null },
        new Date('2026-11-05T00:00:00Z'),
      ),
    ).toBe(3);
    expect(
      daysWithoutDepartment(
        { submittedAt: null, leadAcceptedAt: null, closedAt: null },
        new Date(),
      ),
    ).toBeNull();
  });
});
