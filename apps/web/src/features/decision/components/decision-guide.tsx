import { recordsMessages } from '@kyoso/i18n/catalogues/records';
import type { DecisionGuide } from '@kyoso/contracts/decisions';
import { formatDate, formatFiscalYear, useI18n, useT } from '../../../lib/i18n';

/**
 * What the budget calendar says to whoever records the decision: the earliest fiscal year whose
 * initial budget can still carry new city money, whether this year's cutoff has passed, and when
 * the next budget cycles start (the day a hold "until the budget of FY N" ends).
 */
export function DecisionGuideNotice({ guide }: { guide: DecisionGuide }) {
  const t = useT(recordsMessages);
  const { language } = useI18n();
  const cutoff = formatDate(guide.cutoffDate, language);
  return (
    <aside className="alert alert--info" aria-labelledby="decision-guide-heading">
      <h3 id="decision-guide-heading" className="alert__title">
        {t('decision.guide.title')}
      </h3>
      <div className="alert__body">
        <p>
          {guide.afterCutoff
            ? t('decision.guide.afterCutoff', { date: cutoff })
            : t('decision.guide.beforeCutoff', { date: cutoff })}{' '}
          {t('decision.guide.earliest', {
            fiscalYear: formatFiscalYear(guide.earliestBudgetFiscalYear, language),
          })}
        </p>
        {guide.budgetCycles.length > 0 ? (
          <ul>
            {guide.budgetCycles.map((cycle) => (
              <li key={cycle.fiscalYear}>
                {t('decision.guide.cycle', {
                  fiscalYear: formatFiscalYear(cycle.fiscalYear, language),
                  date: formatDate(cycle.startsOn, language),
                })}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </aside>
  );
}
