import { useState } from 'react';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { recordsMessages } from '@kyoso/i18n/catalogues/records';
import {
  AGREEMENT_LIMITS,
  publicSummaryBodySchema,
  type Agreement,
} from '@kyoso/contracts/agreements';
import { TextAreaField } from '../../../components/ui/field';
import { Alert, ErrorSummary } from '../../../components/ui/feedback';
import { isApiError } from '../../../lib/api-client';
import { useForm } from '../../../lib/form';
import { formatDateTime, useI18n, useT } from '../../../lib/i18n';
import { useFocusWhen } from '../../../lib/use-focus-when';
import { useConsentToPublicSummaryMutation } from '../api/consent-public-summary';
import { useWritePublicSummaryMutation } from '../api/write-public-summary';

type Summary = NonNullable<Agreement['publicSummary']>;

function SummaryForm({ proposalId, text }: { proposalId: string; text: string }) {
  const t = useT(recordsMessages);
  const ta = useT(appMessages);
  const [saved, setSaved] = useState(false);
  const write = useWritePublicSummaryMutation(proposalId);
  const form = useForm({
    schema: publicSummaryBodySchema,
    initialValues: { text },
    onSubmit: async (body) => {
      await write.mutateAsync(body);
      setSaved(true);
    },
  });
  return (
    <form className="form" onSubmit={form.handleSubmit} noValidate>
      <ErrorSummary errors={form.errors} message={form.formError} />
      {saved ? (
        <p role="status" className="muted">
          {t('agreement.summary.saved')}
        </p>
      ) : null}
      <TextAreaField
        label={t('agreement.summary.text')}
        name="text"
        required
        rows={6}
        hint={t('agreement.summary.staffNotice')}
        value={form.values.text}
        onChange={(value) => {
          setSaved(false);
          form.setValue('text', value);
        }}
        maxLength={AGREEMENT_LIMITS.publicSummary}
        error={form.errors.text}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={form.submitting}>
          {form.submitting ? ta('common.sending') : t('agreement.summary.save')}
        </button>
      </div>
    </form>
  );
}

function ConsentButtons({ proposalId, summary }: { proposalId: string; summary: Summary }) {
  const t = useT(recordsMessages);
  const ta = useT(appMessages);
  const consent = useConsentToPublicSummaryMutation(proposalId);
  const doneRef = useFocusWhen<HTMLParagraphElement>(consent.isSuccess);
  const consented = summary.consentedAt !== null;
  return (
    <>
      {consent.isError ? (
        <Alert kind="error">
          {isApiError(consent.error) ? consent.error.message : ta('error.generic.body')}
        </Alert>
      ) : null}
      {consent.isSuccess ? (
        <p ref={doneRef} tabIndex={-1} role="status" className="muted">
          {t(
            consent.variables.consent
              ? 'agreement.summary.consentDone'
              : 'agreement.summary.withdrawDone',
          )}
        </p>
      ) : null}
      <div className="button-row">
        <button
          type="button"
          className={consented ? 'button button--secondary' : 'button'}
          disabled={consent.isPending}
          onClick={() => consent.mutate({ consent: !consented, text: summary.text })}
        >
          {t(consented ? 'agreement.summary.withdraw' : 'agreement.summary.consent')}
        </button>
      </div>
    </>
  );
}

/**
 * The public summary of the project: the lead department writes it, the proposer consents to
 * its very text or withdraws; it is on the portal's results pages only while consent stands.
 */
export function PublicSummarySection({
  proposalId,
  summary,
  canWrite,
  canConsent,
  audience,
}: {
  proposalId: string;
  summary: Summary | null;
  canWrite: boolean;
  canConsent: boolean;
  audience: 'proposer' | 'staff';
}) {
  const t = useT(recordsMessages);
  const { language } = useI18n();
  return (
    <section className="card" aria-labelledby="public-summary-heading">
      <h3 id="public-summary-heading">{t('agreement.summary.title')}</h3>
      {audience === 'proposer' ? (
        <Alert kind="info">{t('agreement.summary.proposerNotice')}</Alert>
      ) : null}
      {summary ? (
        <>
          <blockquote className="prewrap">{summary.text}</blockquote>
          <p>
            {summary.consentedAt
              ? t('agreement.summary.consented', {
                  date: formatDateTime(summary.consentedAt, language),
                })
              : t('agreement.summary.notConsented')}
            {summary.consentedBy?.name ? (
              <> {t('agreement.summary.consentedBy', { name: summary.consentedBy.name })}</>
            ) : null}
          </p>
        </>
      ) : (
        <p className="muted">{t('agreement.summary.none')}</p>
      )}
      {canConsent && summary ? <ConsentButtons proposalId={proposalId} summary={summary} /> : null}
      {canWrite ? <SummaryForm proposalId={proposalId} text={summary?.text ?? ''} /> : null}
    </section>
  );
}
