import { authMessages } from '@kyoso/i18n/catalogues/auth';
import { PageTitle } from '../../../components/ui/feedback';
import { ForgotPasswordForm } from '../../../features/auth/components/forgot-password-form';
import { useT } from '../../../lib/i18n';

export function ForgotPasswordPage() {
  const t = useT(authMessages);
  return (
    <div className="narrow">
      <PageTitle lead={t('forgot.intro')}>{t('forgot.title')}</PageTitle>
      <ForgotPasswordForm />
    </div>
  );
}
