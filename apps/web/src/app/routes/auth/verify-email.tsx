import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Alert, LoadError, Loading, PageTitle } from '../../../components/ui/feedback';
import { paths } from '../../../config/paths';
import { api } from '../../../lib/api-client';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { useT } from '../../../lib/i18n';

/** Opened from the e-mail: confirms the address at once (the link works only once). */
export function VerifyEmailPage() {
  const t = useT(appMessages);
  const [params] = useSearchParams();
  const token = params.get('token');
  const [state, setState] = useState<'working' | 'done' | { error: unknown }>('working');
  const started = useRef(false);

  useEffect(() => {
    if (!token || started.current) {
      return;
    }
    started.current = true;
    api('/api/auth/verify-email', { method: 'POST', body: { token } })
      .then(() => setState('done'))
      .catch((error: unknown) => setState({ error }));
  }, [token]);

  return (
    <div className="narrow">
      <PageTitle>{t('auth.verify.title')}</PageTitle>
      {!token ? (
        <Alert kind="error">{t('auth.verify.missing')}</Alert>
      ) : state === 'working' ? (
        <Loading />
      ) : state === 'done' ? (
        <>
          <Alert kind="success">{t('auth.verify.done')}</Alert>
          <p>
            <Link to={paths.login} className="button">
              {t('nav.login')}
            </Link>
          </p>
        </>
      ) : (
        <LoadError error={state.error} />
      )}
    </div>
  );
}
