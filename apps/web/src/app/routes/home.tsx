import type { QueryClient } from '@tanstack/react-query';
import { fiscalYearOf } from '@kyoso/calendar/budget-calendar';
import { tokyoDate } from '@kyoso/calendar/dates';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { Loading } from '../../components/ui/feedback';
import { PublicIntro, SeasonCallout } from '../../features/home/components/public-home';
import { UserHome } from '../../features/home/components/user-home';
import { statisticsQueryOptions } from '../../features/results/api/get-statistics';
import { HeadlineFigures } from '../../features/results/components/headline-figures';
import { themesQueryOptions } from '../../features/themes/api/get-themes';
import { OpenThemes } from '../../features/themes/components/open-themes';
import { StepCards } from '../../features/workflow/components/step-cards';
import { useAuth } from '../../lib/auth';
import { useT } from '../../lib/i18n';

/** The home page: the portal for a visitor, a person's own entrance once logged in. */
export function HomePage() {
  const t = useT(appMessages);
  const { user } = useAuth();
  if (user === undefined) {
    // Who is there is not known yet: the page keeps a page's height, so that the footer is not
    // shown under a short loading line and then pushed away when the home page arrives.
    return <Loading page />;
  }
  if (user) {
    return <UserHome user={user} />;
  }
  return (
    <>
      <PublicIntro />
      <OpenThemes />
      <HeadlineFigures />
      <section aria-labelledby="steps-heading">
        <h2 id="steps-heading">{t('home.steps')}</h2>
        <StepCards />
      </section>
      <SeasonCallout />
    </>
  );
}

/**
 * What a visitor's home page shows besides its words: asked at the start (main.tsx) together with
 * the session, so that the page renders once, complete, instead of asking only when the session
 * has answered and then filling in twice. Two small public requests.
 */
export function prefetchHomeData(queryClient: QueryClient) {
  void queryClient.prefetchQuery(themesQueryOptions({ window: 'open' }));
  void queryClient.prefetchQuery(statisticsQueryOptions(fiscalYearOf(tokyoDate())));
}
