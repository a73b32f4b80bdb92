import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { authMessages } from '@kyoso/i18n/catalogues/auth';
import { Alert, LoadError, Loading } from '../../../components/ui/feedback';
import { paths } from '../../../config/paths';
import { useT } from '../../../lib/i18n';
import { useVerifyEmailMutation } from '../api/verify-email';

/** Confirms the address as soon as the page opens (the link works only once). */
export function VerifyEmail({ token }: { token: string | null }) {
  const t = useT(authMessages);
  const ta = useT(appMessages);
  const verify = useVerifyEmailMutation();
  const started = useRef(false);
  const { mutate } = verify;

  useEffect(() => {
    if (!token || started.current) {
      return;
    }
    started.current = true;
    mutate({ token });
  }, [mutate, token]);

  if (!token) {
    return <Alert kind="error">{t('link.missing')}</Alert>;
  }
  if (verify.isError) {
    return <LoadError error={verify.error} />;
  }
  if (!verify.isSuccess) {
    return <Loading />;
  }
  return (
    <>
      <Alert kind="success">{t('verify.done')}</Alert>
      <p>
        <Link to={paths.login} className="button">
          {ta('nav.login')}
        </Link>
      </p>
    </>
  );
}
