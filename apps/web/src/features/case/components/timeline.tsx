import { caseMessages } from '@kyoso/i18n/catalogues/case';
import { workflowMessages } from '@kyoso/i18n/catalogues/workflow';
import type { ProposalEvent } from '@kyoso/contracts/proposals';
import { formatDateTime, useI18n, useT } from '../../../lib/i18n';

/** Every event of a proposal, newest first, as the reader is entitled to see it. */
export function Timeline({ events }: { events: readonly ProposalEvent[] }) {
  const t = useT(caseMessages);
  const tw = useT(workflowMessages);
  const { l, language } = useI18n();
  if (events.length === 0) {
    return <p>{t('timeline.none')}</p>;
  }
  return (
    <ol className="timeline">
      {[...events].reverse().map((event) => {
        const who = [
          event.actor.department
            ? l(event.actor.department.name)
            : event.actor.role
              ? tw(`role.${event.actor.role}`)
              : null,
          event.actor.name,
        ]
          .filter(Boolean)
          .join(' ・ ');
        return (
          <li key={event.id} className="timeline__item">
            <p className="timeline__when">
              <time dateTime={event.createdAt}>{formatDateTime(event.createdAt, language)}</time>
            </p>
            <p className="timeline__what">{l(event.title)}</p>
            {event.label ? (
              <p className="timeline__label">{t('timeline.status', { status: l(event.label) })}</p>
            ) : null}
            {who ? <p className="timeline__who">{who}</p> : null}
            {event.reasonCodes && event.reasonCodes.length > 0 ? (
              <ul className="timeline__codes">
                {event.reasonCodes.map((code) => (
                  <li key={code}>{tw(`declineReason.${code}`)}</li>
                ))}
              </ul>
            ) : null}
            {event.reason ? <p className="timeline__reason">{event.reason}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}
