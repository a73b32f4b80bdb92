import { useSearchParams } from 'react-router';
import { authMessages } from '@kyoso/i18n/catalogues/auth';
import { PageTitle } from '../../../components/ui/feedback';
import { ResetPasswordForm } from '../../../features/auth/components/reset-password-form';
import { useT } from '../../../lib/i18n';

/** From a reset e-mail, or (with `welcome=1`) from a new staff member's welcome e-mail. */
export function ResetPasswordPage() {
  const t = useT(authMessages);
  const [params] = useSearchParams();
  const welcome = params.get('welcome') === '1';
  return (
    <div className="narrow">
      <PageTitle>{t(welcome ? 'reset.welcomeTitle' : 'reset.title')}</PageTitle>
      <ResetPasswordForm token={params.get('token') ?? ''} />
    </div>
  );
}
