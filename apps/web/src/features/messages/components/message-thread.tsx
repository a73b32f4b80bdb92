import type { ReactNode } from 'react';
import { collaborationMessages } from '@kyoso/i18n/catalogues/collaboration';
import type { Attachment } from '@kyoso/contracts/attachments';
import type { Message } from '@kyoso/contracts/collaboration';
import { formatDateTime, useI18n, useT } from '../../../lib/i18n';

/** The messages, oldest first; the city signs as its department (its staff name for staff). */
export function MessageThread({
  messages,
  organizationName,
  renderFile,
}: {
  messages: readonly Message[];
  organizationName: string;
  renderFile: (attachment: Attachment) => ReactNode;
}) {
  const t = useT(collaborationMessages);
  const { l, language } = useI18n();
  const authorOf = (m: Message) => {
    if (m.side === 'proposer') {
      return m.author.name ?? organizationName;
    }
    const department = m.author.department ? l(m.author.department.name) : t('messages.city');
    return [department, m.author.name].filter(Boolean).join(' ・ ');
  };
  return (
    <ol className="thread">
      {messages.map((m) => (
        <li key={m.id} className={`thread__item thread__item--${m.side}`}>
          <p className="thread__head">
            <strong>{authorOf(m)}</strong> ・{' '}
            <time dateTime={m.createdAt}>{formatDateTime(m.createdAt, language)}</time>
          </p>
          <p className="thread__body">{m.body}</p>
          {m.attachments.length > 0 ? (
            <ul className="plain-list" aria-label={t('messages.attachments')}>
              {m.attachments.map((a) => (
                <li key={a.id}>{renderFile(a)}</li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
