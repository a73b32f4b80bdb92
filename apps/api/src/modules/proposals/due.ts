/**
 * Service-level dates of a proposal, in the city's business days: the due date of the current
 * stage and whether it is overdue or due soon. Pure functions; the workflow table says which
 * clock runs in each status, the settings how long the later stages take.
 */
import { addBusinessDays } from '@kyoso/calendar/business-days';
import { tokyoDate } from '@kyoso/calendar/dates';
import { DUE_SOON_BUSINESS_DAYS, type DueState } from '@kyoso/contracts/proposals';
import { DEFAULT_SERVICE_LEVELS, type ServiceLevels } from '@kyoso/contracts/service-levels';
import { STATUSES, type ProposalStatus } from '@kyoso/contracts/workflow';

type DueFields = {
  status: ProposalStatus;
  screeningDueOn: string | null;
  departmentDueOn: string | null;
  holdResumeOn: string | null;
  leadAcceptedAt?: Date | null;
  statusChangedAt?: Date | null;
};

/**
 * The due date of the stage the proposal is in: the first check, the department's acceptance,
 * the resumption of a hold, the dialogues (from the acceptance), the decision, the agreement and
 * the evaluation (from when the stage began). A KPI report's date comes from the KPIs
 * (`nextReportDue`, null when none is waiting).
 */
export function currentDueDate(
  p: DueFields,
  levels: ServiceLevels = DEFAULT_SERVICE_LEVELS,
  nextReportDue: string | null = null,
): string | null {
  const clock = STATUSES[p.status].clock;
  if (!clock) {
    return p.status === 'on_hold' ? p.holdResumeOn : null;
  }
  switch (clock.kind) {
    case 'screening':
      return p.screeningDueOn;
    case 'department_acceptance':
      return p.departmentDueOn;
    case 'kpi_report':
      return nextReportDue;
    default: {
      const start = clock.from === 'acceptance' ? p.leadAcceptedAt : p.statusChangedAt;
      return start ? addBusinessDays(tokyoDate(start), levels[clock.setting]) : null;
    }
  }
}

// The last day that counts as "due soon", for the last `today` asked (a list asks 20 times).
let dueSoon = { today: '', until: '' };

/** Overdue (past the date), due soon (within two business days) or on track. */
export function dueStateOf(dueOn: string | null, today: string): DueState | null {
  if (!dueOn) {
    return null;
  }
  if (dueOn < today) {
    return 'overdue';
  }
  if (dueSoon.today !== today) {
    dueSoon = { today, until: addBusinessDays(today, DUE_SOON_BUSINESS_DAYS) };
  }
  return dueOn <= dueSoon.until ? 'due_soon' : 'on_track';
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
