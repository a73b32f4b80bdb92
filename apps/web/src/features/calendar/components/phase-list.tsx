import { calendarMessages } from '@kyoso/i18n/catalogues/calendar';
import { calendarPageMessages } from '@kyoso/i18n/catalogues/calendar-page';
import { formatMessages } from '@kyoso/i18n/catalogues/formats';
import { phaseOf, PHASES } from '@kyoso/calendar/budget-calendar';
import { formatList, Rich, useI18n, useT } from '../../../lib/i18n';

const strong = { strong: (words: string) => <strong>{words}</strong> };

/** Each phase of the year: its months, what the city does, and what a proposer should do. */
export function PhaseList({ today }: { today: string }) {
  const t = useT(calendarPageMessages);
  const tc = useT(calendarMessages);
  const tf = useT(formatMessages);
  const { language } = useI18n();
  const current = phaseOf(today).phase;
  return (
    <section aria-labelledby="phases-heading">
      <h2 id="phases-heading">{t('phases.title')}</h2>
      <ol className="phase-list">
        {PHASES.map(({ phase, months }) => {
          const isCurrent = phase === current;
          return (
            <li
              key={phase}
              className={`card phase${isCurrent ? ' phase--current' : ''}`}
              aria-current={isCurrent ? 'true' : undefined}
            >
              <h3>
                {t('phase.heading', {
                  months: formatList(
                    months.map((m) => tf(`month.${m}` as 'month.1')),
                    language,
                  ),
                  name: tc(`phase.${phase}.name`),
                })}
                {isCurrent ? <span className="badge badge--current">{t('phase.now')}</span> : null}
              </h3>
              <p>
                <Rich text={t('phase.city', { text: tc(`phase.${phase}.city`) })} parts={strong} />
              </p>
              <p>
                <Rich text={t('phase.you', { text: tc(`phase.${phase}.advice`) })} parts={strong} />
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
