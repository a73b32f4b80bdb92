import { useId, useRef, useState } from 'react';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { collaborationMessages } from '@kyoso/i18n/catalogues/collaboration';
import { ATTACHMENT_LIMITS } from '@kyoso/contracts/attachments';
import { COLLABORATION_LIMITS, createMessageBodySchema } from '@kyoso/contracts/collaboration';
import { TextAreaField } from '../../../components/ui/field';
import { ErrorSummary } from '../../../components/ui/feedback';
import { useForm } from '../../../lib/form';
import { formatNumber, useI18n, useT } from '../../../lib/i18n';
import { useSendMessageMutation } from '../api/send-message';

/** A new message, with one file or none. */
export function MessageForm({ proposalId }: { proposalId: string }) {
  const t = useT(collaborationMessages);
  const ta = useT(appMessages);
  const { language } = useI18n();
  const fileId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [sent, setSent] = useState(false);
  const send = useSendMessageMutation(proposalId);
  const form = useForm({
    schema: createMessageBodySchema,
    initialValues: { body: '' },
    onSubmit: async (values) => {
      await send.mutateAsync({ body: values.body, file: fileInput.current?.files?.[0] });
      form.setValue('body', '');
      if (fileInput.current) {
        fileInput.current.value = '';
      }
      setSent(true);
    },
  });
  return (
    <form className="form" onSubmit={form.handleSubmit} noValidate>
      <ErrorSummary errors={form.errors} message={form.formError} />
      {sent && !form.values.body ? (
        <p role="status" className="muted">
          {t('messages.sent')}
        </p>
      ) : null}
      <TextAreaField
        label={t('messages.body')}
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
          {t('messages.file')}
        </label>
        <p className="field__hint" id={`${fileId}-hint`}>
          {t('messages.fileHint', {
            size: formatNumber(ATTACHMENT_LIMITS.maxBytes / 1024 / 1024, language),
          })}
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
          {form.submitting ? ta('common.sending') : t('messages.send')}
        </button>
      </div>
    </form>
  );
}
