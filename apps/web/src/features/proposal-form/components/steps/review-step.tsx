import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { domainMessages } from '@kyoso/i18n/catalogues/domain';
import { proposalFormMessages } from '@kyoso/i18n/catalogues/proposal-form';
import { fieldLabel, formatIssue, issuePath } from '@kyoso/i18n/validation';
import { findSubmissionIssues, type Proposal } from '@kyoso/contracts/proposals';
import { ChoiceGroup } from '../../../../components/ui/field';
import { Alert } from '../../../../components/ui/feedback';
import { isApiError } from '../../../../lib/api-client';
import { formatList, formatYearMonth, formatYen, useI18n, useT } from '../../../../lib/i18n';
import { useContinueAsFreeMutation } from '../../api/continue-as-free';
import { useSubmitProposalMutation } from '../../api/submit-proposal';
import { FORM_STEPS, stepOfField, type FieldName } from '../../form-steps';
import type { Draft } from '../../hooks/use-draft';
import { CalendarReview } from '../calendar-notice';

const CHECKS = ['check.1', 'check.2', 'check.3', 'check.4'] as const;

/** How each field of the draft reads in the review. */
function useSummaryValue(values: Draft['values']) {
  const t = useT(proposalFormMessages);
  const ta = useT(appMessages);
  const td = useT(domainMessages);
  const { language } = useI18n();
  return (field: FieldName): string => {
    switch (field) {
      case 'kpis':
        return formatList(
          values.kpis.map((k) => t('review.kpi', { name: k.name, target: k.target })),
          language,
        );
      case 'cityBudget':
        return values.cityBudget ? td(`cityBudget.${values.cityBudget}`) : '';
      case 'cityBudgetEstimateYen':
        return values.cityBudgetEstimateYen === null
          ? ''
          : formatYen(values.cityBudgetEstimateYen, language);
      case 'resourcesWanted':
        return formatList(
          values.resourcesWanted.map((r) => td(`resource.${r}`)),
          language,
        );
      case 'confidentialSections':
        return formatList(
          values.confidentialSections.map((s) => td(`section.${s}`)),
          language,
        );
      case 'pilot':
        return values.pilot === null ? '' : ta(values.pilot ? 'common.yes' : 'common.no');
      case 'desiredStart':
        return formatYearMonth(values.desiredStart, language);
      default:
        return values[field];
    }
  };
}

/**
 * Step 7: what is missing (each item links to its step), the four points to tick, the budget
 * calendar's view of submitting today, everything that will be sent, and the submit button.
 */
export function ReviewStep({
  draft,
  onSubmitted,
}: {
  draft: Draft;
  onSubmitted: (proposal: Proposal) => Promise<void> | void;
}) {
  const t = useT(proposalFormMessages);
  const td = useT(domainMessages);
  const { language } = useI18n();
  const submit = useSubmitProposalMutation({ onSubmitted });
  const continueAsFree = useContinueAsFreeMutation();
  // The theme's call closed: the proposer may go on with the same text as a free proposal.
  const [themeClosed, setThemeClosed] = useState(false);
  const [continued, setContinued] = useState(false);
  const summaryValue = useSummaryValue(draft.values);
  const [checks, setChecks] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [serverIssues, setServerIssues] = useState<Array<{ path: string; message: string }>>([]);
  // One key for this submission: a double click or a retry is the same request.
  const idempotencyKey = useMemo(() => `submit-${crypto.randomUUID()}`, []);
  const issues = findSubmissionIssues(draft.values).map((issue) => {
    const path = issuePath(issue.path);
    return { path, message: formatIssue(issue, language, fieldLabel(path, language)) };
  });
  const shown = serverIssues.length > 0 ? serverIssues : issues;
  const ready = issues.length === 0 && checks.length === CHECKS.length;
  const busy = saving || submit.isPending;

  async function send() {
    setError(null);
    setSaving(true);
    const saved = await draft.save();
    setSaving(false);
    if (!saved) {
      setError(t('review.unsaved'));
      return;
    }
    submit.mutate(
      { id: draft.proposal.id, version: draft.version(), idempotencyKey },
      {
        onError: (e) => {
          if (isApiError(e) && e.code === 'proposals.incomplete') {
            setServerIssues(e.details);
          }
          setThemeClosed(isApiError(e) && e.code === 'themes.closed_for_submission');
          setError(
            isApiError(e) && e.code !== 'network.error' ? e.message : t('review.networkError'),
          );
        },
      },
    );
  }

  return (
    <>
      {shown.length > 0 ? (
        <Alert kind="warning" title={t('review.missing', { count: shown.length })}>
          <ul>
            {shown.map((issue) => (
              <li key={issue.path}>
                <Link to={`?step=${stepOfField(issue.path)}`}>
                  {fieldLabel(issue.path, language) ?? issue.path}
                </Link>
                : {issue.message}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}

      <ChoiceGroup
        legend={t('review.selfCheck')}
        name="fourPoints"
        type="checkbox"
        required
        options={CHECKS.map((key) => ({ value: key, label: t(key) }))}
        selected={checks}
        onChange={setChecks}
      />

      <CalendarReview cityBudget={draft.values.cityBudget} />

      <section aria-labelledby="summary-heading">
        <h2 id="summary-heading">{t('review.summary')}</h2>
        <dl className="summary-list">
          {FORM_STEPS.flatMap((step, index) =>
            step.fields.map((field) => {
              const label = td(`field.${field}`);
              return (
                <div key={field} className="summary-list__row">
                  <dt>
                    {label}{' '}
                    <Link to={`?step=${index + 1}`} className="summary-list__edit">
                      {t('review.edit')}
                      <span className="visually-hidden">: {label}</span>
                    </Link>
                  </dt>
                  <dd className="prewrap">{summaryValue(field) || t('review.empty')}</dd>
                </div>
              );
            }),
          )}
        </dl>
      </section>

      {error ? (
        <Alert kind="error">
          {error}
          {themeClosed ? (
            <p>
              <button
                type="button"
                className="button button--secondary"
                disabled={continueAsFree.isPending}
                onClick={() =>
                  continueAsFree.mutate(draft.proposal.id, {
                    onSuccess: (data) => {
                      draft.adopt(data.proposal);
                      setThemeClosed(false);
                      setError(null);
                      setContinued(true);
                    },
                  })
                }
              >
                {t('review.continueAsFree')}
              </button>
            </p>
          ) : null}
        </Alert>
      ) : null}
      {continued ? <Alert kind="success">{t('review.continuedAsFree')}</Alert> : null}
      <div className="button-row">
        <button
          type="button"
          className="button button--large"
          disabled={!ready || busy}
          onClick={() => void send()}
        >
          {busy ? t('review.submitting') : t('review.submit')}
        </button>
        {!ready ? <p className="muted">{t('review.notReady')}</p> : null}
      </div>
    </>
  );
}
