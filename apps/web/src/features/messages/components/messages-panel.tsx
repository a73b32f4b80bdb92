import type { ReactNode } from 'react';
import { collaborationMessages } from '@kyoso/i18n/catalogues/collaboration';
import type { Attachment } from '@kyoso/contracts/attachments';
import { LoadError, Loading } from '../../../components/ui/feedback';
import { useT } from '../../../lib/i18n';
import { useMessages } from '../api/get-messages';
import { MessageForm } from './message-form';
import { MessageThread } from './message-thread';

/** The two-way thread between the city and the proposer, with files. */
export function MessagesPanel({
  proposalId,
  organizationName,
  audience,
  canWrite,
  renderFile,
}: {
  proposalId: string;
  organizationName: string;
  /** Who reads: the proposer, or city staff (the words differ). */
  audience: 'proposer' | 'staff';
  /** The API says the reader may write (`can.writeMessages`). */
  canWrite: boolean;
  /** A file of a message, as the page shows files. */
  renderFile: (attachment: Attachment) => ReactNode;
}) {
  const t = useT(collaborationMessages);
  const messages = useMessages(proposalId);
  return (
    <section aria-labelledby="messages-heading">
      <h2 id="messages-heading">{t('messages.title')}</h2>
      <p className="muted">{t(`messages.intro.${audience}`)}</p>
      {messages.isPending ? <Loading /> : null}
      {messages.isError ? (
        <LoadError error={messages.error} onRetry={() => void messages.refetch()} />
      ) : null}
      {messages.data && messages.data.messages.length === 0 ? <p>{t('messages.none')}</p> : null}
      {messages.data ? (
        <MessageThread
          messages={messages.data.messages}
          organizationName={organizationName}
          renderFile={renderFile}
        />
      ) : null}
      {canWrite ? <MessageForm proposalId={proposalId} /> : null}
    </section>
  );
}
