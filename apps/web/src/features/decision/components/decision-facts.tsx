import { recordsMessages } from '@kyoso/i18n/catalogues/records';
import { workflowMessages } from '@kyoso/i18n/catalogues/workflow';
import type { DecisionPublicView } from '@kyoso/contracts/decisions';
import { formatDate, formatFiscalYear, formatYen, useI18n, useT } from '../../../lib/i18n';

/**
 * A decision's conclusions in plain words, criterion by criterion, each with the city's short
 * explanation; the hold's end or the reasons of a decline. The same for both sides (the staff
 * view adds its notes around it).
 */
export function DecisionFacts({
  decision,
  headingLevel = 3,
}: {
  decision: DecisionPublicView;
  headingLevel?: 3 | 4;
}) {
  const t = useT(recordsMessages);
  const tw = useT(workflowMessages);
  const { language } = useI18n();
  const H = headingLevel === 3 ? 'h3' : 'h4';
  const resumeOn = formatDate(decision.resumeOn, language);
  return (
    <div className="decision-facts">
      <p className={`decision-outcome decision-outcome--${decision.outcome}`}>
        <strong>{t(`decision.outcome.${decision.outcome}`)}</strong>
      </p>
      {decision.outcome === 'hold' && decision.resumeOn ? (
        <p>
          {decision.holdKind === 'budget_cycle' && decision.holdFiscalYear !== null
            ? t('decision.holdBudget', {
                fiscalYear: formatFiscalYear(decision.holdFiscalYear, language),
                date: resumeOn,
              })
            : t('decision.holdUntil', { date: resumeOn })}
        </p>
      ) : null}
      {decision.outcome === 'decline' ? (
        <>
          <H>{t('decision.declineReasons')}</H>
          <ul>
            {decision.declineReasonCodes.map((code) => (
              <li key={code}>{tw(`declineReason.${code}`)}</li>
            ))}
          </ul>
          <p className="prewrap">{decision.declineReason}</p>
        </>
      ) : null}

      <H>{t('decision.fiscalBurden.label')}</H>
      <p>{t(`decision.fiscalBurden.${decision.fiscalBurden}`)}</p>
      {decision.fiscalAmountYen !== null ? (
        <p>
          {t('decision.fiscalAmount', { amount: formatYen(decision.fiscalAmountYen, language) })}
        </p>
      ) : null}
      {decision.budgetFiscalYear !== null ? (
        <p>
          {t('decision.budgetFiscalYear', {
            fiscalYear: formatFiscalYear(decision.budgetFiscalYear, language),
          })}
        </p>
      ) : null}
      {decision.supplementaryBudget ? <p>{t('decision.supplementaryBudget')}</p> : null}
      <p className="prewrap muted">{decision.fiscalExplanation}</p>

      <H>{t('decision.original.label')}</H>
      <p>{t(decision.original ? 'decision.original.yes' : 'decision.original.no')}</p>
      <p className="prewrap muted">{decision.originalityJustification}</p>

      <H>{t('decision.exclusiveUse.label')}</H>
      <p>{t(`decision.exclusiveUse.${decision.exclusiveUse}`)}</p>
      {decision.fairnessMeasure ? (
        <p className="prewrap">
          {t('decision.fairnessMeasure', { measure: decision.fairnessMeasure })}
        </p>
      ) : null}

      <H>{t('decision.legal.label')}</H>
      <dl className="facts facts--stacked">
        <dt>{t('decision.legal.laws')}</dt>
        <dd>{decision.lawsExamined}</dd>
        {decision.conflictsFound ? (
          <>
            <dt>{t('decision.legal.conflicts')}</dt>
            <dd>{decision.conflictsFound}</dd>
          </>
        ) : null}
        {decision.specialZones ? (
          <>
            <dt>{t('decision.legal.zones')}</dt>
            <dd>{decision.specialZones}</dd>
          </>
        ) : null}
      </dl>
      <p className="muted">
        {t('decision.body', {
          body: decision.decisionBody,
          date: formatDate(decision.decidedOn, language),
        })}
      </p>
    </div>
  );
}
