import { useId, useRef, useState } from 'react';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { recordsMessages } from '@kyoso/i18n/catalogues/records';
import { ATTACHMENT_LIMITS } from '@kyoso/contracts/attachments';
import {
  KPI_LIMITS,
  kpiReportAnswerBodySchema,
  kpiReportInputSchema,
  kpiReportReviewBodySchema,
} from '@kyoso/contracts/kpis';
import { ChoiceGroup, TextAreaField, TextField } from '../../../components/ui/field';
import { ErrorSummary } from '../../../components/ui/feedback';
import { FormButtons } from '../../../components/ui/form-buttons';
import { isApiError } from '../../../lib/api-client';
import { useForm } from '../../../lib/form';
import { formatNumber, useI18n, useT } from '../../../lib/i18n';
import { useAnswerKpiReportMutation } from '../api/answer-kpi-report';
import { useAttachKpiReportFileMutation, useReportKpiMutation } from '../api/report-kpi';
import { useReviewKpiReportMutation } from '../api/review-kpi-report';
import { parseNumber } from './kpi-values';

type FormProps = { proposalId: string; onDone: () => void; onCancel: () => void };

/** The proposer reports the actual of a period that has ended, with evidence if they have it. */
export function KpiReportForm({
  proposalId,
  kpiId,
  periodStart,
  periodLabel,
  unit,
  onReported,
  onCancel,
}: Omit<FormProps, 'onDone'> & {
  kpiId: string;
  periodStart: string;
  periodLabel: string;
  unit: string;
  /** The report was sent; `fileError` if its file was refused (the report stands). */
  onReported: (fileError: unknown) => void;
}) {
  const t = useT(recordsMessages);
  const ta = useT(appMessages);
  const { language } = useI18n();
  const fileId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const report = useReportKpiMutation(proposalId);
  const form = useForm({
    schema: kpiReportInputSchema,
    initialValues: { actual: '', comment: '' },
    toRequest: (v) => ({ periodStart, actual: parseNumber(v.actual), comment: v.comment }),
    onSubmit: async (body) => {
      const { fileError } = await report.mutateAsync({
        kpiId,
        body,
        file: fileInput.current?.files?.[0],
      });
      onReported(fileError);
    },
  });
  return (
    <form className="form card" onSubmit={form.handleSubmit} noValidate>
      <h5>{t('kpi.report.title', { period: periodLabel })}</h5>
      <ErrorSummary errors={form.errors} message={form.formError} />
      <TextField
        label={t('kpi.report.actual', { unit })}
        name="actual"
        required
        value={form.values.actual}
        onChange={(v) => form.setValue('actual', v)}
        error={form.errors.actual}
      />
      <TextAreaField
        label={t('kpi.report.comment')}
        name="comment"
        markOptional
        rows={3}
        maxLength={KPI_LIMITS.comment}
        value={form.values.comment}
        onChange={(v) => form.setValue('comment', v)}
        error={form.errors.comment}
      />
      <div className="field">
        <label htmlFor={fileId} className="field__label">
          {t('kpi.report.file')}
          <span className="badge badge--optional">{ta('common.optional')}</span>
        </label>
        <p className="field__hint" id={`${fileId}-hint`}>
          {t('kpi.report.fileHint', {
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
      <FormButtons
        submitting={form.submitting}
        label={t('kpi.report.submit')}
        onCancel={onCancel}
      />
    </form>
  );
}

/** The lead department verifies a report, or asks the proposer a question about it. */
export function KpiReviewForm({
  proposalId,
  reportId,
  onDone,
  onCancel,
}: FormProps & { reportId: string }) {
  const t = useT(recordsMessages);
  const review = useReviewKpiReportMutation(proposalId);
  const form = useForm({
    schema: kpiReportReviewBodySchema,
    initialValues: { verdict: 'verify', comment: '' },
    onSubmit: async (body) => {
      await review.mutateAsync({ reportId, body });
      onDone();
    },
  });
  return (
    <form className="form card" onSubmit={form.handleSubmit} noValidate>
      <ErrorSummary errors={form.errors} message={form.formError} />
      <ChoiceGroup
        legend={t('kpi.review.verdict')}
        name="verdict"
        type="radio"
        required
        options={[
          { value: 'verify', label: t('kpi.review.verify') },
          { value: 'question', label: t('kpi.review.question') },
        ]}
        selected={[form.values.verdict]}
        onChange={([v]) => form.setValue('verdict', v === 'question' ? 'question' : 'verify')}
        error={form.errors.verdict}
      />
      <TextAreaField
        label={t(
          form.values.verdict === 'question' ? 'kpi.review.questionText' : 'kpi.review.comment',
        )}
        name="comment"
        required={form.values.verdict === 'question'}
        markOptional
        rows={3}
        maxLength={KPI_LIMITS.comment}
        value={form.values.comment}
        onChange={(v) => form.setValue('comment', v)}
        error={form.errors.comment}
      />
      <FormButtons
        submitting={form.submitting}
        label={t('kpi.review.submit')}
        onCancel={onCancel}
      />
    </form>
  );
}

/** The proposer answers the department's question, correcting the figure if it was wrong. */
export function KpiAnswerForm({
  proposalId,
  reportId,
  unit,
  onDone,
  onCancel,
}: FormProps & { reportId: string; unit: string }) {
  const t = useT(recordsMessages);
  const answer = useAnswerKpiReportMutation(proposalId);
  const form = useForm({
    schema: kpiReportAnswerBodySchema,
    initialValues: { answer: '', actual: '' },
    toRequest: (v) => {
      const actual = parseNumber(v.actual);
      return actual === undefined ? { answer: v.answer } : { answer: v.answer, actual };
    },
    onSubmit: async (body) => {
      await answer.mutateAsync({ reportId, body });
      onDone();
    },
  });
  return (
    <form className="form card" onSubmit={form.handleSubmit} noValidate>
      <ErrorSummary errors={form.errors} message={form.formError} />
      <TextAreaField
        label={t('kpi.answer.answer')}
        name="answer"
        required
        rows={3}
        maxLength={KPI_LIMITS.comment}
        value={form.values.answer}
        onChange={(v) => form.setValue('answer', v)}
        error={form.errors.answer}
      />
      <TextField
        label={t('kpi.answer.actual', { unit })}
        name="actual"
        markOptional
        hint={t('kpi.answer.actualHint')}
        value={form.values.actual}
        onChange={(v) => form.setValue('actual', v)}
        error={form.errors.actual}
      />
      <FormButtons
        submitting={form.submitting}
        label={t('kpi.answer.submit')}
        onCancel={onCancel}
      />
    </form>
  );
}

/** The proposer attaches (or replaces) the evidence of a report not yet verified. */
export function KpiEvidenceForm({
  proposalId,
  reportId,
}: {
  proposalId: string;
  reportId: string;
}) {
  const t = useT(recordsMessages);
  const ta = useT(appMessages);
  const { language } = useI18n();
  const fileId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const attach = useAttachKpiReportFileMutation(proposalId);
  return (
    <form
      className="form form--inline"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const file = fileInput.current?.files?.[0];
        if (!file) {
          setError(t('kpi.evidence.missing'));
          return;
        }
        setError(null);
        attach.mutate(
          { reportId, file },
          {
            onError: (e) =>
              setError(
                isApiError(e) && e.code !== 'network.error'
                  ? e.message
                  : ta(isApiError(e) ? 'common.networkError' : 'error.generic.body'),
              ),
          },
        );
      }}
    >
      <div className={`field${error ? ' field--error' : ''}`}>
        <label htmlFor={fileId} className="field__label">
          {t('kpi.evidence.label')}
        </label>
        <p className="field__hint" id={`${fileId}-hint`}>
          {t('kpi.report.fileHint', {
            size: formatNumber(ATTACHMENT_LIMITS.maxBytes / 1024 / 1024, language),
          })}
        </p>
        {error ? (
          <p className="field__error" id={`${fileId}-error`} role="alert">
            {error}
          </p>
        ) : null}
        <input
          id={fileId}
          ref={fileInput}
          type="file"
          name="file"
          className="input"
          aria-invalid={error ? true : undefined}
          aria-describedby={`${fileId}-hint${error ? ` ${fileId}-error` : ''}`}
        />
      </div>
      <button
        type="submit"
        className="button button--secondary button--small"
        disabled={attach.isPending}
      >
        {attach.isPending ? ta('common.sending') : t('kpi.evidence.submit')}
      </button>
    </form>
  );
}
