/**
 * Service-level dates of a proposal, in the city's business days: the due date of the current
 * stage and whether it is overdue or due soon. Pure functions.
 */
import { addBusinessDays } from '@kyoso/calendar/business-days';
import { DUE_SOON_BUSINESS_DAYS, type DueState } from '@kyoso/contracts/proposals';
import { STATUSES, type ProposalStatus } from '@kyoso/contracts/workflow';

type DueFields = {
  status: ProposalStatus;
  screeningDueOn: string | null;
  departmentDueOn: string | null;
  holdResumeOn: string | null;
};

/** The due date of the stage the proposal is in (first check, department acceptance, resumption). */
export function currentDueDate(p: DueFields): string | null {
  switch (STATUSES[p.status].clock?.kind) {
    case 'screening':
      return p.screeningDueOn;
    case 'department_acceptance':
      return p.departmentDueOn;
    default:
      return p.status === 'on_hold' ? p.holdResumeOn : null;
  }
}

/** Overdue (past the date), due soon (within two business days) or on track. */
export function dueStateOf(dueOn: string | null, today: string): DueState | null {
  if (!dueOn) {
    return null;
  }
  if (dueOn < today) {
    return 'overdue';
  }
  return dueOn <= addBusinessDays(today, DUE_SOON_BUSINESS_DAYS) ? 'due_soon' : 'on_track';
}

/** Calendar days from submission until a department accepted (or until now, or until it ended). */
export function daysWithoutDepartment(
  p: { submittedAt: Date | null; leadAcceptedAt: Date | null; closedAt: Date | null },
  now: Date,
): number | null {
  if (!p.submittedAt) {
    return null;
  }
  const end = p.leadAcceptedAt ?? p.closedAt ?? now;
  return Math.max(0, Math.floor((end.getTime() - p.submittedAt.getTime()) / 86_400_000));
}
