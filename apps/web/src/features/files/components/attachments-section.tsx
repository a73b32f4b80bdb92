import { collaborationMessages } from '@kyoso/i18n/catalogues/collaboration';
import type { Attachment } from '@kyoso/contracts/attachments';
import { useT } from '../../../lib/i18n';
import { FileLink } from './file-link';

/** The proposal's own files. */
export function AttachmentsSection({
  proposalId,
  attachments,
}: {
  proposalId: string;
  attachments: readonly Attachment[];
}) {
  const t = useT(collaborationMessages);
  return (
    <section className="proposal-section" aria-labelledby="attachments-heading">
      <h3 id="attachments-heading">{t('files.title')}</h3>
      {attachments.length === 0 ? (
        <p>{t('files.none')}</p>
      ) : (
        <ul className="plain-list">
          {attachments.map((a) => (
            <li key={a.id}>
              <FileLink proposalId={proposalId} attachment={a} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
