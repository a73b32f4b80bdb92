import { useSearchParams } from 'react-router';
import { authMessages } from '@kyoso/i18n/catalogues/auth';
import { PageTitle } from '../../../components/ui/feedback';
import { VerifyEmail } from '../../../features/auth/components/verify-email';
import { useT } from '../../../lib/i18n';

/** Opened from the confirmation e-mail. */
export function VerifyEmailPage() {
  const t = useT(authMessages);
  const [params] = useSearchParams();
  return (
    <div className="narrow">
      <PageTitle>{t('verify.title')}</PageTitle>
      <VerifyEmail token={params.get('token')} />
    </div>
  );
}
