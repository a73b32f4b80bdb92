import { inboxMessages } from '@kyoso/i18n/catalogues/inbox';
import type { DueState } from '@kyoso/contracts/proposals';
import { useT } from '../../../lib/i18n';

/** A stage that is overdue or due soon, in words (never in colour alone). */
export function DueBadge({ state }: { state: DueState | null }) {
  const t = useT(inboxMessages);
  if (!state || state === 'on_track') {
    return null;
  }
  return <span className={`badge badge--${state.replace('_', '-')}`}>{t(`due.${state}`)}</span>;
}
