import { calendarMessages } from '@kyoso/i18n/catalogues/calendar';
import { calendarPageMessages } from '@kyoso/i18n/catalogues/calendar-page';
import { formatMessages } from '@kyoso/i18n/catalogues/formats';
import {
  councilSessionsOf,
  cutoffDateOf,
  fiscalYearOf,
  phaseOf,
} from '@kyoso/calendar/budget-calendar';
import type { CalendarSettings } from '@kyoso/contracts/calendar';
import { PageTitle } from '../../../components/ui/feedback';
import { formatDate, formatFiscalYear, formatList, useI18n, useT } from '../../../lib/i18n';
import { keyDatesHref } from '../api/get-key-dates';
import { PhaseList } from './phase-list';
import { SubmitToday } from './submit-today';
import { YearPicture } from './year-picture';

/** The city's year and what it means for a proposer, with today's position (和暦 years). */
export function BudgetCalendar({ today, settings }: { today: string; settings: CalendarSettings }) {
  const t = useT(calendarPageMessages);
  const tc = useT(calendarMessages);
  const tf = useT(formatMessages);
  const { l, language } = useI18n();
  const fy = fiscalYearOf(today, settings);
  const start = settings.fiscalYearStartMonth;
  const end = ((start + 10) % 12) + 1;
  return (
    <>
      <PageTitle
        lead={t('lead', {
          start: tf(`monthLong.${start}` as 'monthLong.1'),
          end: tf(`monthLong.${end}` as 'monthLong.1'),
          today: formatDate(today, language, 'era'),
          fiscalYear: formatFiscalYear(fy, language),
          phase: tc(`phase.${phaseOf(today).phase}.name`),
        })}
      >
        {t('title')}
      </PageTitle>

      <section aria-labelledby="year-heading">
        <h2 id="year-heading">{t('year.title', { fiscalYear: formatFiscalYear(fy, language) })}</h2>
        <YearPicture today={today} settings={settings} />
        <p className="muted">
          {t('year.note', {
            sessions: formatList(
              councilSessionsOf(fy, settings).map((s) => l(s.label)),
              language,
            ),
            cutoff: formatDate(cutoffDateOf(fy, settings), language, 'era'),
          })}
        </p>
      </section>

      <SubmitToday today={today} />

      <PhaseList today={today} />

      <section aria-labelledby="ics-heading">
        <h2 id="ics-heading">{t('ics.title')}</h2>
        <p>{t('ics.body')}</p>
        <div className="button-row">
          {[fy, fy + 1].map((year, index) => (
            <a
              key={year}
              className={`button ${index === 0 ? 'button--secondary' : 'button--ghost'}`}
              href={keyDatesHref(year, language)}
              download
            >
              {t('ics.download', { fiscalYear: formatFiscalYear(year, language, 'era') })}
            </a>
          ))}
        </div>
      </section>
    </>
  );
}
