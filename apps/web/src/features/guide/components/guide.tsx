import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { calendarMessages } from '@kyoso/i18n/catalogues/calendar';
import { formatMessages } from '@kyoso/i18n/catalogues/formats';
import { guideMessages } from '@kyoso/i18n/catalogues/guide';
import { earliestBudgetFiscalYear } from '@kyoso/calendar/budget-calendar';
import { DEFAULT_CALENDAR_SETTINGS, type CalendarSettings } from '@kyoso/contracts/calendar';
import { SCREENING_BUSINESS_DAYS } from '@kyoso/contracts/workflow';
import { PageTitle } from '../../../components/ui/feedback';
import { paths } from '../../../config/paths';
import {
  formatBusinessDays,
  formatDate,
  formatFiscalYear,
  Rich,
  useI18n,
  useT,
} from '../../../lib/i18n';

const POINTS = [
  ['point.1.title', 'point.1.body'],
  ['point.2.title', 'point.2.body'],
  ['point.3.title', 'point.3.body'],
  ['point.4.title', 'point.4.body'],
] as const;
const CAN = ['offer.can.1', 'offer.can.2', 'offer.can.3', 'offer.can.4', 'offer.can.5'] as const;
const CANNOT = ['offer.cannot.1', 'offer.cannot.2', 'offer.cannot.3', 'offer.cannot.4'] as const;
const COLLECTED = ['privacy.collect.1', 'privacy.collect.2', 'privacy.collect.3'] as const;
const TERMS = ['terms.1', 'terms.2', 'terms.3', 'terms.4', 'terms.5', 'terms.6'] as const;
const SECTIONS = [
  ['points', 'points.title'],
  ['steps', 'steps.title'],
  ['offer', 'offer.title'],
  ['faq', 'faq.title'],
  ['privacy', 'privacy.title'],
  ['terms', 'terms.title'],
] as const;

/** The city's calendar as the guide needs it: its rules (defaults until they load) and today. */
export type GuideCalendar = { settings: CalendarSettings; today: string } | undefined;

function Faq({ calendar }: { calendar: GuideCalendar }) {
  const t = useT(guideMessages);
  const tc = useT(calendarMessages);
  const tf = useT(formatMessages);
  const { language } = useI18n();
  const settings = calendar?.settings ?? DEFAULT_CALENDAR_SETTINGS;
  const { cutoffMonth: month, cutoffDay: day } = settings;
  const cutoff = tc('cutoff', { month, day, monthName: tf(`monthLong.${month}` as 'monthLong.1') });
  const faq: Array<{ id: string; q: string; a: string; more?: string | undefined }> = [
    { id: 'cost', q: t('faq.cost.q'), a: t('faq.cost.a') },
    { id: 'secret', q: t('faq.secret.q'), a: t('faq.secret.a') },
    {
      id: 'time',
      q: t('faq.time.q'),
      a: t('faq.time.a', { firstCheck: formatBusinessDays(SCREENING_BUSINESS_DAYS, language) }),
    },
    { id: 'no', q: t('faq.no.q'), a: t('faq.no.a') },
    {
      id: 'cutoff',
      q: t('faq.cutoff.q', { cutoff }),
      a: t('faq.cutoff.a', { cutoff }),
      more: calendar
        ? t('faq.cutoff.today', {
            today: formatDate(calendar.today, language, 'era'),
            fiscalYear: formatFiscalYear(
              earliestBudgetFiscalYear(calendar.today, calendar.settings),
              language,
            ),
          })
        : undefined,
    },
    { id: 'colleagues', q: t('faq.colleagues.q'), a: t('faq.colleagues.a') },
  ];
  return (
    <section id="faq" aria-labelledby="faq-heading">
      <h2 id="faq-heading">{t('faq.title')}</h2>
      {faq.map((item) => (
        <details key={item.id} className="card faq">
          <summary>{item.q}</summary>
          <p>{item.a}</p>
          {item.more ? <p>{item.more}</p> : null}
        </details>
      ))}
    </section>
  );
}

/**
 * How to propose: the four points, the STEPs (`steps`, the workflow's cards), what the city
 * offers, FAQ, privacy and terms.
 */
export function Guide({ calendar, steps }: { calendar: GuideCalendar; steps: ReactNode }) {
  const t = useT(guideMessages);
  return (
    <article className="guide">
      <PageTitle lead={t('lead')}>{t('title')}</PageTitle>
      <nav aria-label={t('toc.label')} className="card toc">
        <ul>
          {SECTIONS.map(([id, title]) => (
            <li key={id}>
              <a href={`#${id}`}>{t(title)}</a>
            </li>
          ))}
        </ul>
      </nav>

      <section id="points" aria-labelledby="points-heading">
        <h2 id="points-heading">{t('points.title')}</h2>
        <div className="grid-2">
          {POINTS.map(([title, body]) => (
            <div key={title} className="card">
              <h3>{t(title)}</h3>
              <p>{t(body)}</p>
            </div>
          ))}
        </div>
        <p>{t('points.also')}</p>
      </section>

      <section id="steps" aria-labelledby="steps-heading">
        <h2 id="steps-heading">{t('steps.title')}</h2>
        {steps}
        <p>
          <Rich
            text={t('steps.calendar')}
            parts={{ link: (words) => <Link to={paths.calendar}>{words}</Link> }}
          />
        </p>
      </section>

      <section id="offer" aria-labelledby="offer-heading">
        <h2 id="offer-heading">{t('offer.title')}</h2>
        <p>{t('offer.lead')}</p>
        <div className="grid-2">
          <div className="card">
            <h3>{t('offer.can.title')}</h3>
            <ul>
              {CAN.map((key) => (
                <li key={key}>{t(key)}</li>
              ))}
            </ul>
          </div>
          <div className="card">
            <h3>{t('offer.cannot.title')}</h3>
            <ul>
              {CANNOT.map((key) => (
                <li key={key}>{t(key)}</li>
              ))}
            </ul>
          </div>
        </div>
      </section>

      <Faq calendar={calendar} />

      <section id="privacy" aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">{t('privacy.title')}</h2>
        <p>{t('privacy.intro')}</p>
        <h3>{t('privacy.collect.title')}</h3>
        <ul>
          {COLLECTED.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
        <h3>{t('privacy.thirdParty.title')}</h3>
        <p>{t('privacy.thirdParty.body')}</p>
        <h3>{t('privacy.confidential.title')}</h3>
        <p>{t('privacy.confidential.body')}</p>
        <h3>{t('privacy.rights.title')}</h3>
        <p>{t('privacy.rights.body')}</p>
      </section>

      <section id="terms" aria-labelledby="terms-heading">
        <h2 id="terms-heading">{t('terms.title')}</h2>
        <ol>
          {TERMS.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ol>
      </section>
    </article>
  );
}
