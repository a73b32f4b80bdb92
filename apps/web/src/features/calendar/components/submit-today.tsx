import { useState } from 'react';
import { calendarPageMessages } from '@kyoso/i18n/catalogues/calendar-page';
import { domainMessages } from '@kyoso/i18n/catalogues/domain';
import {
  CITY_BUDGET_OPTIONS,
  needsCityBudget,
  type CityBudget,
} from '@kyoso/contracts/proposal-constants';
import { SCREENING_BUSINESS_DAYS } from '@kyoso/contracts/workflow';
import { ChoiceGroup } from '../../../components/ui/field';
import { Alert, LoadError, Loading } from '../../../components/ui/feedback';
import { formatBusinessDays, formatDate, formatFiscalYear, useI18n, useT } from '../../../lib/i18n';
import { useCalendarAssessment } from '../api/get-calendar-assessment';

const NO_MONEY = ['noMoney.1', 'noMoney.2', 'noMoney.3', 'noMoney.4', 'noMoney.5'] as const;

/** "If I submit today": what the calendar says, with and without city money. */
export function SubmitToday({ today }: { today: string }) {
  const t = useT(calendarPageMessages);
  const td = useT(domainMessages);
  const { l, language } = useI18n();
  const [budget, setBudget] = useState<CityBudget>('none');
  const needs = needsCityBudget(budget);
  const assessment = useCalendarAssessment(today, needs);
  const a = assessment.data?.assessment;
  return (
    <section className="card callout" aria-labelledby="today-heading">
      <h2 id="today-heading">{t('today.title')}</h2>
      <ChoiceGroup
        legend={td('field.cityBudget')}
        name="cityBudget"
        type="radio"
        options={CITY_BUDGET_OPTIONS.map((o) => ({ value: o, label: td(`cityBudget.${o}`) }))}
        selected={[budget]}
        onChange={(v) => setBudget(CITY_BUDGET_OPTIONS.find((o) => o === v[0]) ?? 'none')}
      />
      {assessment.isError ? (
        <LoadError error={assessment.error} onRetry={() => void assessment.refetch()} />
      ) : null}
      {!a ? (
        <Loading />
      ) : (
        <div aria-live="polite">
          <dl className="facts">
            <dt>{t('today.received')}</dt>
            <dd>{formatDate(a.date, language)}</dd>
            <dt>{t('today.fiscalYear')}</dt>
            <dd>{formatFiscalYear(a.fiscalYear, language)}</dd>
            <dt>{t('today.cutoff')}</dt>
            <dd>
              {t(a.afterCutoff ? 'today.cutoffPassed' : 'today.cutoffUntil', {
                date: formatDate(a.cutoffDate, language),
              })}
            </dd>
            {needs ? (
              <>
                <dt>{t('today.earliest')}</dt>
                <dd>{formatFiscalYear(a.earliestBudgetFiscalYear, language)}</dd>
              </>
            ) : null}
            <dt>{t('today.firstCheck')}</dt>
            <dd>
              {t('today.firstCheckDue', {
                date: formatDate(a.screeningDueDate, language),
                days: formatBusinessDays(SCREENING_BUSINESS_DAYS, language),
              })}
            </dd>
            <dt>{t('today.council')}</dt>
            <dd>{l(a.nextCouncilSession.label)}</dd>
          </dl>
          {a.flag ? (
            <Alert kind={a.flag.severity} title={t('today.flag')}>
              {l(a.flag.message)}
            </Alert>
          ) : null}
          <h3>{t('noMoney.title')}</h3>
          <ul>
            {NO_MONEY.map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
