import { useId, useRef, useState } from 'react';
import { ATTACHMENT_LIMITS } from '@kyoso/contracts/attachments';
import {
  COLLABORATION_LIMITS,
  createMessageBodySchema,
  type Message,
} from '@kyoso/contracts/collaboration';
import type { Proposal } from '@kyoso/contracts/proposals';
import { TextAreaField } from '../../components/ui/field';
import { ErrorSummary, LoadError, Loading } from '../../components/ui/feedback';
import { api } from '../../lib/api-client';
import { useForm } from '../../lib/form';
import { formatDateTime, useI18n } from '../../lib/i18n';
import { useApi } from '../../lib/use-api';
import { FileLink } from './files';

/** Who may write: the proposer, the desk and the lead department (the API decides; this hides). */
function mayWrite(proposal: Proposal): boolean {
  return (
    proposal.status !== 'draft' &&
    proposal.viewerRelations.some(
      (r) => r === 'proposer' || r === 'coordinator' || r === 'lead_department',
    )
  );
}

/** The two-way thread between the city and the proposer, with files. */
export function MessagesPanel({ proposal }: { proposal: Proposal }) {
  const { l, language } = useI18n();
  const ja = language === 'ja';
  const isProposer = proposal.viewerRelations.includes('proposer');
  const state = useApi(
    (signal) => api<{ messages: Message[] }>(`/api/proposals/${proposal.id}/messages`, { signal }),
    proposal.id,
  );
  const fileId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [sent, setSent] = useState(false);
  const form = useForm({
    schema: createMessageBodySchema,
    initialValues: { body: '' },
    onSubmit: async (values) => {
      const file = fileInput.current?.files?.[0];
      let body: FormData | { body: string } = values;
      if (file) {
        const data = new FormData();
        data.append('body', values.body);
        data.append('file', file);
        body = data;
      }
      await api(`/api/proposals/${proposal.id}/messages`, { method: 'POST', body });
      form.setValue('body', '');
      if (fileInput.current) {
        fileInput.current.value = '';
      }
      setSent(true);
      state.reload();
    },
  });

  const authorOf = (m: Message) => {
    if (m.side === 'proposer') {
      return m.author.name ?? proposal.organization.name;
    }
    const department = m.author.department ? l(m.author.department.name) : ja ? '市' : 'The city';
    return m.author.name ? `${department} ・ ${m.author.name}` : department;
  };

  return (
    <section aria-labelledby="messages-heading">
      <h2 id="messages-heading">{ja ? 'メッセージ' : 'Messages'}</h2>
      <p className="muted">
        {isProposer
          ? ja
            ? '担当部署・共創窓口とのやり取りです。新しいメッセージはメールでもお知らせします。'
            : 'Your exchange with the department and the co-creation desk. New messages are also sent by e-mail.'
          : ja
            ? '提案者とのやり取りです。送信すると提案者にメールで通知されます（職員の氏名は表示されず、部署名で届きます）。'
            : 'The exchange with the proposer. They are e-mailed on each message and see your department, not your name.'}
      </p>
      {state.loading && !state.data ? <Loading /> : null}
      {state.error ? <LoadError error={state.error} onRetry={state.reload} /> : null}
      {state.data && state.data.messages.length === 0 ? (
        <p>{ja ? 'まだメッセージはありません。' : 'No messages yet.'}</p>
      ) : null}
      <ol className="thread">
        {state.data?.messages.map((m) => (
          <li key={m.id} className={`thread__item thread__item--${m.side}`}>
            <p className="thread__head">
              <strong>{authorOf(m)}</strong> ・{' '}
              <time dateTime={m.createdAt}>{formatDateTime(m.createdAt, language)}</time>
            </p>
            <p className="thread__body">{m.body}</p>
            {m.attachments.length > 0 ? (
              <ul className="plain-list">
                {m.attachments.map((a) => (
                  <li key={a.id}>
                    <FileLink proposalId={proposal.id} attachment={a} />
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
      {mayWrite(proposal) ? (
        <form className="form" onSubmit={form.handleSubmit} noValidate>
          <ErrorSummary errors={form.errors} message={form.formError} />
          {sent && !form.values.body ? (
            <p role="status" className="muted">
              {ja ? 'メッセージを送信しました。' : 'Message sent.'}
            </p>
          ) : null}
          <TextAreaField
            label={ja ? 'メッセージの本文' : 'Your message'}
            name="body"
            required
            rows={4}
            maxLength={COLLABORATION_LIMITS.messageBody}
            value={form.values.body}
            onChange={(v) => {
              setSent(false);
              form.setValue('body', v);
            }}
            error={form.errors.body}
          />
          <div className="field">
            <label htmlFor={fileId} className="field__label">
              {ja ? 'ファイルを添付（任意）' : 'Attach a file (optional)'}
            </label>
            <p className="field__hint" id={`${fileId}-hint`}>
              {ja
                ? `PDF、画像、Word・Excel・PowerPoint、${ATTACHMENT_LIMITS.maxBytes / 1024 / 1024}MBまで`
                : `PDF, images, Word, Excel or PowerPoint, up to ${ATTACHMENT_LIMITS.maxBytes / 1024 / 1024} MB`}
            </p>
            <input
              id={fileId}
              ref={fileInput}
              type="file"
              name="file"
              className="input"
              aria-describedby={`${fileId}-hint`}
            />
          </div>
          <div className="button-row">
            <button type="submit" className="button" disabled={form.submitting}>
              {form.submitting
                ? ja
                  ? '送信中…'
                  : 'Sending…'
                : ja
                  ? 'メッセージを送信する'
                  : 'Send the message'}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
