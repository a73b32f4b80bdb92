import { useSearchParams } from 'react-router';
import { authMessages } from '@kyoso/i18n/catalogues/auth';
import { PageTitle } from '../../../components/ui/feedback';
import { JoinForm } from '../../../features/auth/components/join-form';
import { useT } from '../../../lib/i18n';

/** A colleague invited by e-mail joins the organisation. */
export function JoinPage() {
  const t = useT(authMessages);
  const [params] = useSearchParams();
  return (
    <div className="narrow">
      <PageTitle>{t('join.title')}</PageTitle>
      <JoinForm token={params.get('token') ?? ''} />
    </div>
  );
}
