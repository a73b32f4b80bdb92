import { appMessages } from '@kyoso/i18n/catalogues/app';
import { Loading } from '../../components/ui/feedback';
import { PublicIntro, SeasonCallout } from '../../features/home/components/public-home';
import { UserHome } from '../../features/home/components/user-home';
import { HeadlineFigures } from '../../features/results/components/headline-figures';
import { OpenThemes } from '../../features/themes/components/open-themes';
import { StepCards } from '../../features/workflow/components/step-cards';
import { useAuth } from '../../lib/auth';
import { useT } from '../../lib/i18n';

/** The home page: the portal for a visitor, a person's own entrance once logged in. */
export function HomePage() {
  const t = useT(appMessages);
  const { user } = useAuth();
  if (user === undefined) {
    return <Loading />;
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
