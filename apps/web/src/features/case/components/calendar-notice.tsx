import { caseMessages } from '@kyoso/i18n/catalogues/case';
import type { Proposal } from '@kyoso/contracts/proposals';
import { STATUSES } from '@kyoso/contracts/workflow';
import { Alert } from '../../../components/ui/feedback';
import { useI18n, useT } from '../../../lib/i18n';

/**
 * The budget calendar's notice (submitted after the cutoff), while it can still matter: not on a
 * proposal that has ended (declined, withdrawn, completed).
 */
export function CalendarNotice({
  proposal,
}: {
  proposal: Pick<Proposal, 'calendarAssessment' | 'status'>;
}) {
  const t = useT(caseMessages);
  const { l } = useI18n();
  const flag = proposal.calendarAssessment?.flag;
  if (!flag || STATUSES[proposal.status].terminal) {
    return null;
  }
  return (
    <Alert kind={flag.severity === 'warning' ? 'warning' : 'info'} title={t('calendar.title')}>
      {l(flag.message)}
    </Alert>
  );
}
