import { calendarMessages } from '@kyoso/i18n/catalogues/calendar';
import { calendarPageMessages } from '@kyoso/i18n/catalogues/calendar-page';
import { formatMessages } from '@kyoso/i18n/catalogues/formats';
import {
  councilSessionsOf,
  cutoffDateOf,
  fiscalYearOf,
  isBusySeason,
  PHASES,
} from '@kyoso/calendar/budget-calendar';
import type { CalendarSettings } from '@kyoso/contracts/calendar';
import { useT } from '../../../lib/i18n';

/** The twelve months of a fiscal year, in order. */
function fiscalMonths(
  fiscalYear: number,
  startMonth: number,
): Array<{ year: number; month: number }> {
  return Array.from({ length: 12 }, (_, i) => {
    const m = ((startMonth - 1 + i) % 12) + 1;
    return { year: m >= startMonth ? fiscalYear : fiscalYear + 1, month: m };
  });
}

/**
 * The year at a glance: each month's phase, the council sessions, the cutoff, the busy season
 * and today. A picture (hidden from screen readers): the text around it says the same.
 */
export function YearPicture({ today, settings }: { today: string; settings: CalendarSettings }) {
  const t = useT(calendarPageMessages);
  const tc = useT(calendarMessages);
  const tf = useT(formatMessages);
  const fy = fiscalYearOf(today, settings);
  const sessions = councilSessionsOf(fy, settings);
  const cutoff = cutoffDateOf(fy, settings);
  const [ty, tm, td] = today.split('-').map(Number);
  return (
    <div className="year" aria-hidden="true">
      {fiscalMonths(fy, settings.fiscalYearStartMonth).map(({ year, month }) => {
        const key = `${year}-${String(month).padStart(2, '0')}`;
        const phase = PHASES.find((p) => p.months.includes(month));
        const council = sessions.some((s) => s.startMonth <= key && key <= s.endMonth);
        const busy = isBusySeason(`${key}-01`);
        const current = year === ty && month === tm;
        return (
          <div
            key={key}
            className={`year__month year__month--${phase?.phase ?? ''}${busy ? ' year__month--busy' : ''}${current ? ' year__month--current' : ''}`}
          >
            <span className="year__label">{tf(`month.${month}` as 'month.1')}</span>
            <span className="year__phase">{phase ? tc(`phase.${phase.phase}.name`) : ''}</span>
            <span className="year__marks">
              {council ? (
                <span className="year__mark year__mark--council">{t('year.council')}</span>
              ) : null}
              {cutoff.startsWith(key) ? (
                <span className="year__mark year__mark--cutoff">{t('year.cutoff')}</span>
              ) : null}
            </span>
            {current ? (
              <span
                className="year__today"
                style={{ left: `${Math.min(100, ((td ?? 1) / 31) * 100)}%` }}
              >
                {t('year.today')}
              </span>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}
