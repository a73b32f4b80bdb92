import { Link } from 'react-router';
import { Alert, PageTitle } from '../../components/ui/feedback';
import { paths } from '../../config/paths';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { useT } from '../../lib/i18n';

export function NotFoundPage() {
  const t = useT(appMessages);
  return (
    <div className="narrow">
      <PageTitle>{t('error.notFound.title')}</PageTitle>
      <p>{t('error.notFound.body')}</p>
      <p>
        <Link to={paths.home}>{t('error.backHome')}</Link>
      </p>
    </div>
  );
}

/** Shown when a page crashes: never a blank screen, never a stack trace. */
export function ErrorPage() {
  const t = useT(appMessages);
  return (
    <div className="narrow">
      <PageTitle>{t('error.generic.title')}</PageTitle>
      <Alert kind="error">{t('error.generic.body')}</Alert>
      <p>
        <a href={paths.home}>{t('error.backHome')}</a>
      </p>
    </div>
  );
}
