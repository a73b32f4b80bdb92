/**
 * The words of the workflow for one proposal, in every language at once: what the proposer
 * reads (the department only once it accepted, the resume date in the portal's date format) and
 * what city staff read. API answers and e-mails carry these; the web shows the reader's language.
 */
import { textOf } from '@kyoso/i18n/core';
import { dateVar } from '@kyoso/i18n/format';
import { workflowMessages } from '@kyoso/i18n/catalogues/workflow';
import type { LocalizedText } from '@kyoso/i18n/languages';
import { STATUSES, type ProposalStatus } from './workflow';

/**
 * The label the proposer sees. Before a department has accepted the proposal, the label names no
 * department; afterwards it names the lead department. Never a person.
 */
export function publicStatusLabel(
  status: ProposalStatus,
  context: { departmentName?: LocalizedText | null; resumeOn?: string | null } = {},
): Required<LocalizedText> {
  const resumeOn = context.resumeOn;
  return textOf(workflowMessages, `status.${status}.public`, {
    department: context.departmentName ?? textOf(workflowMessages, 'status.departmentUnknown'),
    resumeOn: resumeOn ? dateVar(resumeOn) : textOf(workflowMessages, 'status.resumeUnset'),
  });
}

/** The label city staff see. */
export function staffStatusLabel(status: ProposalStatus): Required<LocalizedText> {
  return textOf(workflowMessages, `status.${status}.staff`);
}

/** What happens next in a status, or null once the proposal has ended. */
export function nextActionText(status: ProposalStatus): Required<LocalizedText> | null {
  return STATUSES[status].terminal
    ? null
    : textOf(workflowMessages, `status.${status}.next` as 'status.draft.next');
}
