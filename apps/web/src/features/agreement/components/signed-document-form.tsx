import { useId, useRef, useState } from 'react';
import { z } from 'zod';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { recordsMessages } from '@kyoso/i18n/catalogues/records';
import { AGREEMENT_LIMITS } from '@kyoso/contracts/agreements';
import { dateStringSchema } from '@kyoso/contracts/common';
import { TextField, describedBy } from '../../../components/ui/field';
import { Alert, ErrorSummary } from '../../../components/ui/feedback';
import { useForm, type FieldErrors } from '../../../lib/form';
import { formatNumber, useI18n, useT } from '../../../lib/i18n';
import { useAddSignedDocumentMutation } from '../api/add-signed-document';
import { signedDocumentProblem } from './signed-document-problem';

const signedDocumentSchema = z.object({ signedOn: dateStringSchema });

/** The lead department adds the signed agreement (a PDF) and the date it was signed. */
export function SignedDocumentForm({
  proposalId,
  confirmed,
  signedOn,
}: {
  proposalId: string;
  /** The proposer confirmed the latest version (signing comes after). */
  confirmed: boolean;
  signedOn: string | null;
}) {
  const t = useT(recordsMessages);
  const ta = useT(appMessages);
  const { language } = useI18n();
  const fileId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [saved, setSaved] = useState(false);
  const add = useAddSignedDocumentMutation(proposalId);
  const maxMegabytes = formatNumber(AGREEMENT_LIMITS.documentBytes / 1024 / 1024, language);
  const form = useForm({
    schema: signedDocumentSchema,
    initialValues: { signedOn: signedOn ?? '' },
    validate: (): FieldErrors => {
      const problem = signedDocumentProblem(file, AGREEMENT_LIMITS.documentBytes);
      if (problem === 'missing') {
        return { file: t('agreement.document.missingFile') };
      }
      if (problem === 'tooLarge') {
        return { file: t('agreement.document.tooLarge', { size: maxMegabytes }) };
      }
      return {};
    },
    onSubmit: async ({ signedOn: date }) => {
      setSaved(false);
      await add.mutateAsync({ signedOn: date, file: file! });
      setFile(null);
      if (fileInput.current) {
        fileInput.current.value = '';
      }
      setSaved(true);
    },
  });
  const fileError = form.errors.file;
  return (
    <form className="form card" onSubmit={form.handleSubmit} noValidate>
      <h3>{t('agreement.field.document')}</h3>
      {!confirmed ? <Alert kind="warning">{t('agreement.document.beforeConfirm')}</Alert> : null}
      <ErrorSummary errors={form.errors} message={form.formError} />
      {saved ? (
        <p role="status" className="muted">
          {t('agreement.document.saved')}
        </p>
      ) : null}
      <TextField
        label={t('agreement.field.signedOn')}
        name="signedOn"
        type="date"
        required
        value={form.values.signedOn}
        onChange={(value) => {
          setSaved(false);
          form.setValue('signedOn', value);
        }}
        error={form.errors.signedOn}
      />
      <div className={`field${fileError ? ' field--error' : ''}`}>
        <label htmlFor={fileId} className="field__label">
          {t('agreement.document.file')}
          <span className="badge badge--required">{ta('common.required')}</span>
        </label>
        <p className="field__hint" id={`${fileId}-hint`}>
          {t('agreement.document.fileHint', { size: maxMegabytes })}
        </p>
        {fileError ? (
          <p className="field__error" id={`${fileId}-error`}>
            {fileError}
          </p>
        ) : null}
        <input
          id={fileId}
          ref={fileInput}
          type="file"
          name="file"
          accept="application/pdf,.pdf"
          required
          aria-required
          aria-invalid={fileError ? true : undefined}
          aria-describedby={describedBy(fileId, true, fileError)}
          className="input"
          onChange={(event) => {
            setSaved(false);
            setFile(event.target.files?.[0] ?? null);
            const rest = { ...form.errors };
            delete rest.file;
            form.setErrors(rest);
          }}
        />
      </div>
      <div className="button-row">
        <button type="submit" className="button" disabled={form.submitting}>
          {form.submitting ? ta('common.sending') : t('agreement.document.submit')}
        </button>
      </div>
    </form>
  );
}
