import { describe, expect, it } from 'vitest';
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
