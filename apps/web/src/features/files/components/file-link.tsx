import { collaborationMessages } from '@kyoso/i18n/catalogues/collaboration';
import { domainMessages } from '@kyoso/i18n/catalogues/domain';
import type { Attachment } from '@kyoso/contracts/attachments';
import { formatNumber, useI18n, useT } from '../../../lib/i18n';
import { attachmentHref } from '../api/attachment-href';

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
  const t = useT(collaborationMessages);
  const td = useT(domainMessages);
  const { language } = useI18n();
  const size = t('files.size', {
    kind: td(`attachmentKind.${a.kind}`),
    size: formatNumber(Math.max(1, Math.ceil(a.sizeBytes / 1024)), language),
  });
  if (a.redacted || !a.fileName) {
    return <span className="redacted">{t('files.redacted', { size })}</span>;
  }
  return (
    <>
      <a href={attachmentHref(proposalId, a.id)} download={a.fileName}>
        {a.fileName}
      </a>{' '}
      <span className="muted">（{size}）</span>
      {a.confidential ? (
        <span className="badge badge--confidential">{t('files.confidential')}</span>
      ) : null}
    </>
  );
}
