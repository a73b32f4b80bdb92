import { domainMessages } from '@kyoso/i18n/catalogues/domain';
import type { Attachment } from '@kyoso/contracts/attachments';
import { useI18n, useT } from '../../lib/i18n';

/**
 * A file as a download link, or, for a confidential file the reader may not open yet, a line
 * that says so (its name is not shown either).
 */
export function FileLink({
  proposalId,
  attachment: a,
}: {
  proposalId: string;
  attachment: Attachment;
}) {
  const td = useT(domainMessages);
  const { language } = useI18n();
  const ja = language === 'ja';
  const size = `${td(`attachmentKind.${a.kind}`)}、${Math.max(1, Math.ceil(a.sizeBytes / 1024)).toLocaleString()} KB`;
  if (a.redacted || !a.fileName) {
    return (
      <span className="redacted">
        {ja
          ? `秘密情報のファイル（${size}）: 秘密保持契約の締結後に閲覧できます`
          : `Confidential file (${size}): it can be opened once the NDA is in effect`}
      </span>
    );
  }
  return (
    <>
      <a href={`/api/proposals/${proposalId}/attachments/${a.id}`} download={a.fileName}>
        {a.fileName}
      </a>{' '}
      <span className="muted">（{size}）</span>
      {a.confidential ? (
        <span className="badge badge--confidential">{ja ? '秘密情報' : 'Confidential'}</span>
      ) : null}
    </>
  );
}

/** The proposal's own files. */
export function AttachmentsSection({
  proposalId,
  attachments,
}: {
  proposalId: string;
  attachments: Attachment[];
}) {
  const { language } = useI18n();
  const ja = language === 'ja';
  return (
    <section className="proposal-section" aria-labelledby="attachments-heading">
      <h3 id="attachments-heading">{ja ? '添付ファイル' : 'Attached files'}</h3>
      {attachments.length === 0 ? (
        <p>{ja ? '添付ファイルはありません。' : 'No files.'}</p>
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
