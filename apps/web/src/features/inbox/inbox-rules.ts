import type { ProposalSummary } from '@kyoso/contracts/proposals';
import { STATUSES } from '@kyoso/contracts/workflow';

/**
 * The after-cutoff badge: only where it changes something (the proposal needs city money, so the
 * budget calendar's flag is a warning) and only while the proposal is open.
 */
export function showsAfterCutoff(
  p: Pick<ProposalSummary, 'calendarAssessment' | 'status'>,
): boolean {
  return p.calendarAssessment?.flag?.severity === 'warning' && !STATUSES[p.status].terminal;
}

export type DepartmentState = { kind: 'days'; days: number } | { kind: 'awaiting' } | null;

/**
 * Where the proposal stands with the departments: the days without one while none is assigned,
 * and "waiting for acceptance" once it is routed.
 */
export function departmentState(
  p: Pick<ProposalSummary, 'leadDepartment' | 'daysWithoutDepartment' | 'status'>,
): DepartmentState {
  if (p.status === 'awaiting_department') {
    return { kind: 'awaiting' };
  }
  if (!p.leadDepartment && p.daysWithoutDepartment !== null && !STATUSES[p.status].terminal) {
    return { kind: 'days', days: p.daysWithoutDepartment };
  }
  return null;
}
