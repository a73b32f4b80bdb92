import { useRef, useState } from 'react';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { domainMessages } from '@kyoso/i18n/catalogues/domain';
import { proposalFormMessages } from '@kyoso/i18n/catalogues/proposal-form';
import {
  ATTACHMENT_ACCEPT,
  ATTACHMENT_LIMITS,
  type Attachment,
} from '@kyoso/contracts/attachments';
import type { Proposal } from '@kyoso/contracts/proposals';
import { CheckboxField } from '../../../components/ui/field';
import { Alert } from '../../../components/ui/feedback';
import { isApiError } from '../../../lib/api-client';
import { formatNumber, useI18n, useT } from '../../../lib/i18n';
import { useDeleteAttachmentMutation } from '../api/delete-attachment';
import { attachmentHref } from '../api/get-attachment';
import { useUpdateAttachmentMutation } from '../api/update-attachment';
import { useUploadAttachmentMutation } from '../api/upload-attachment';

const MB = 1024 * 1024;

/**
 * The proposal's files: add one (confidential or not), mark one confidential, remove one. The
 * size is checked here to spare a long upload; the server checks the bytes (a program renamed
 * `.pdf` is refused) and the size again.
 */
export function AttachmentsEditor({
  proposal,
  onChange,
}: {
  proposal: Proposal;
  onChange: (attachments: Attachment[]) => void;
}) {
  const t = useT(proposalFormMessages);
  const ta = useT(appMessages);
  const td = useT(domainMessages);
  const { language } = useI18n();
  const [confidential, setConfidential] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const upload = useUploadAttachmentMutation();
  const update = useUpdateAttachmentMutation();
  const remove = useDeleteAttachmentMutation();
  const attachments = proposal.attachments;
  const maxSize = t('files.sizeMb', {
    mb: formatNumber(ATTACHMENT_LIMITS.maxBytes / MB, language),
  });
  const size = (bytes: number) =>
    bytes >= MB
      ? t('files.sizeMb', { mb: formatNumber(Math.round((bytes / MB) * 10) / 10, language) })
      : t('files.sizeKb', { kb: formatNumber(Math.ceil(bytes / 1024), language) });
  const explain = (e: unknown) =>
    isApiError(e) && e.code !== 'network.error' ? e.message : ta('common.networkError');

  function add(file: File) {
    setError(null);
    if (file.size > ATTACHMENT_LIMITS.maxBytes) {
      setError(t('files.tooLarge', { maxSize }));
      return;
    }
    upload.mutate(
      { proposalId: proposal.id, file, confidential },
      {
        onSuccess: ({ attachment }) => onChange([...attachments, attachment]),
        onError: (e) => setError(explain(e)),
        onSettled: () => {
          if (input.current) {
            input.current.value = '';
          }
        },
      },
    );
  }

  return (
    <section className="card" aria-labelledby="attachments-heading">
      <h2 id="attachments-heading">{t('files.title')}</h2>
      <p className="field__hint">
        {t('files.hint', { maxSize, max: ATTACHMENT_LIMITS.maxPerProposal })}
      </p>
      {error ? <Alert kind="error">{error}</Alert> : null}
      {attachments.length > 0 ? (
        <ul className="attachment-list">
          {attachments.map((a) => (
            <li key={a.id}>
              <a href={attachmentHref(proposal.id, a.id)}>{a.fileName}</a>
              {t('files.details', {
                kind: td(`attachmentKind.${a.kind}`),
                size: size(a.sizeBytes),
              })}
              {a.confidential ? (
                <span className="badge badge--confidential">{t('files.confidential')}</span>
              ) : null}
              <button
                type="button"
                className="button button--small button--ghost"
                onClick={() =>
                  update.mutate(
                    { proposalId: proposal.id, attachmentId: a.id, confidential: !a.confidential },
                    {
                      onSuccess: ({ attachment }) =>
                        onChange(attachments.map((x) => (x.id === a.id ? attachment : x))),
                      onError: (e) => setError(explain(e)),
                    },
                  )
                }
              >
                {t(a.confidential ? 'files.makeOpen' : 'files.makeConfidential')}
                <span className="visually-hidden">: {a.fileName}</span>
              </button>
              <button
                type="button"
                className="button button--small button--ghost"
                onClick={() =>
                  remove.mutate(
                    { proposalId: proposal.id, attachmentId: a.id },
                    {
                      onSuccess: () => onChange(attachments.filter((x) => x.id !== a.id)),
                      onError: (e) => setError(explain(e)),
                    },
                  )
                }
              >
                {t('files.remove')}
                <span className="visually-hidden">: {a.fileName}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {attachments.length < ATTACHMENT_LIMITS.maxPerProposal ? (
        <div className="stack">
          <CheckboxField
            name="attachmentConfidential"
            checked={confidential}
            onChange={setConfidential}
            label={t('files.nextConfidential')}
          />
          <label className="field__label" htmlFor="attachment-file">
            {t('files.choose')}
          </label>
          <input
            ref={input}
            id="attachment-file"
            type="file"
            accept={ATTACHMENT_ACCEPT}
            disabled={upload.isPending}
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) {
                add(file);
              }
            }}
          />
          {upload.isPending ? <p role="status">{t('files.uploading')}</p> : null}
        </div>
      ) : null}
    </section>
  );
}
