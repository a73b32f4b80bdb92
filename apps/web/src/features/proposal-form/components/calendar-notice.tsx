import { Link } from 'react-router';
import { calendarMessages } from '@kyoso/i18n/catalogues/calendar';
import { formatMessages } from '@kyoso/i18n/catalogues/formats';
import { proposalFormMessages } from '@kyoso/i18n/catalogues/proposal-form';
import type { CalendarAssessment } from '@kyoso/contracts/calendar';
import { needsCityBudget, type CityBudget } from '@kyoso/contracts/proposal-constants';
import { SCREENING_BUSINESS_DAYS } from '@kyoso/contracts/workflow';
import { Alert, LoadError, Loading } from '../../../components/ui/feedback';
import {
  formatBusinessDays,
  formatDate,
  formatFiscalYear,
  Rich,
  useI18n,
  useT,
} from '../../../lib/i18n';
import { useSubmissionAssessment } from '../api/get-submission-assessment';
import { stepOfField } from '../form-steps';

/** The after-cutoff notice of an assessment, if it has one (a warning, or information). */
function CutoffAlert({ assessment }: { assessment: CalendarAssessment }) {
  const t = useT(proposalFormMessages);
  const tc = useT(calendarMessages);
  const tf = useT(formatMessages);
  const { l } = useI18n();
  if (!assessment.flag) {
    return null;
  }
  const [, month = 1, day = 1] = assessment.cutoffDate.split('-').map(Number);
  const cutoff = tc('cutoff', { month, day, monthName: tf(`monthLong.${month}` as 'monthLong.1') });
  return (
    <Alert kind={assessment.flag.severity} title={t('notice.afterCutoff', { cutoff })}>
      {l(assessment.flag.message)}
    </Alert>
  );
}

/**
 * What submitting today means for the budget, said only once the proposer has answered whether
 * city money is needed: the warning when it is and the cutoff has passed, the information
 * notice when it is not. Never before the answer: a proposer who has not answered is not told
 * their proposal is late, nor that it is fine.
 */
export function CalendarNotice({ cityBudget }: { cityBudget: CityBudget | null }) {
  const assessment = useSubmissionAssessment(
    cityBudget === null ? null : needsCityBudget(cityBudget),
  );
  if (cityBudget === null || !assessment.data) {
    return null;
  }
  return (
    <div aria-live="polite">
      <CutoffAlert assessment={assessment.data} />
    </div>
  );
}

/** The review's calendar section: the fiscal year, the first-check date and the notice. */
export function CalendarReview({ cityBudget }: { cityBudget: CityBudget | null }) {
  const t = useT(proposalFormMessages);
  const { language } = useI18n();
  const needs = cityBudget === null ? null : needsCityBudget(cityBudget);
  const assessment = useSubmissionAssessment(needs);
  const a = assessment.data;
  return (
    <section className="card" aria-labelledby="calendar-heading">
      <h2 id="calendar-heading">{t('notice.title')}</h2>
      {needs === null ? (
        <p>
          <Rich
            text={t('notice.answerFirst')}
            parts={{
              link: (words) => <Link to={`?step=${stepOfField('cityBudget')}`}>{words}</Link>,
            }}
          />
        </p>
      ) : assessment.isError ? (
        <LoadError error={assessment.error} onRetry={() => void assessment.refetch()} />
      ) : !a ? (
        <Loading />
      ) : (
        <>
          <dl className="facts">
            <dt>{t('notice.fiscalYear')}</dt>
            <dd>{formatFiscalYear(a.fiscalYear, language)}</dd>
            <dt>{t('notice.firstCheck')}</dt>
            <dd>
              {t('notice.firstCheckDue', {
                date: formatDate(a.screeningDueDate, language),
                days: formatBusinessDays(SCREENING_BUSINESS_DAYS, language),
              })}
            </dd>
            {needs ? (
              <>
                <dt>{t('notice.earliest')}</dt>
                <dd>{formatFiscalYear(a.earliestBudgetFiscalYear, language)}</dd>
              </>
            ) : null}
          </dl>
          <CutoffAlert assessment={a} />
        </>
      )}
    </section>
  );
}
