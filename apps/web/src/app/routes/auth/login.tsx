import { useSearchParams } from 'react-router';
import { authMessages } from '@kyoso/i18n/catalogues/auth';
import { PageTitle } from '../../../components/ui/feedback';
import { LoginForm } from '../../../features/auth/components/login-form';
import { useT } from '../../../lib/i18n';

export function LoginPage() {
  const t = useT(authMessages);
  const [params] = useSearchParams();
  return (
    <div className="narrow">
      <PageTitle>{t('login.title')}</PageTitle>
      <LoginForm next={params.get('next')} />
    </div>
  );
}
