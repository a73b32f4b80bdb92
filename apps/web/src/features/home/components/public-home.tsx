import { Link } from 'react-router';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { calendarMessages } from '@kyoso/i18n/catalogues/calendar';
import { domainMessages } from '@kyoso/i18n/catalogues/domain';
import { phaseOf } from '@kyoso/calendar/budget-calendar';
import { tokyoDate } from '@kyoso/calendar/dates';
import { PageTitle } from '../../../components/ui/feedback';
import { paths } from '../../../config/paths';
import { Rich, useT } from '../../../lib/i18n';

/** The portal for a visitor: what co-creation is and the two ways in. */
export function PublicIntro() {
  const t = useT(appMessages);
  const td = useT(domainMessages);
  return (
    <>
      <section className="hero">
        <PageTitle lead={t('app.tagline')}>{t('home.title')}</PageTitle>
        <p>{t('home.intro')}</p>
        <div className="button-row">
          <Link className="button button--large" to={paths.themes}>
            {t('home.seeThemes')}
          </Link>
          <Link className="button button--large button--secondary" to={paths.newProposal}>
            {t('home.startFree')}
          </Link>
        </div>
      </section>

      <section aria-labelledby="entrances-heading">
        <h2 id="entrances-heading">{t('home.entrances')}</h2>
        <div className="grid-2">
          <div className="card">
            <h3>{td('kind.theme')}</h3>
            <p>{t('home.theme.body')}</p>
            <Link to={paths.themes}>{t('home.theme.link')}</Link>
          </div>
          <div className="card">
            <h3>{td('kind.free')}</h3>
            <p>{t('home.free.body')}</p>
            <Link to={paths.newProposal}>{t('home.free.link')}</Link>
          </div>
        </div>
      </section>
    </>
  );
}

/** Where the city's year stands today, and what it means for a proposer. */
export function SeasonCallout() {
  const t = useT(appMessages);
  const tc = useT(calendarMessages);
  const { phase } = phaseOf(tokyoDate());
  return (
    <section className="card callout" aria-labelledby="season-heading">
      <h2 id="season-heading">{t('home.season.title')}</h2>
      <p>
        <Rich
          text={t('home.season.now', {
            phase: tc(`phase.${phase}.name`),
            city: tc(`phase.${phase}.city`),
          })}
          parts={{ strong: (words) => <strong>{words}</strong> }}
        />
      </p>
      <p>{tc(`phase.${phase}.advice`)}</p>
      <Link to={paths.calendar}>{t('home.season.link')}</Link>
    </section>
  );
}
