import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { z } from 'zod';
import { loginBodySchema } from '@kyoso/contracts/auth';
import { TextField } from '../../../components/ui/field';
import { Alert, ErrorSummary, PageTitle } from '../../../components/ui/feedback';
import { paths } from '../../../config/paths';
import { api, isApiError } from '../../../lib/api-client';
import { useAuth } from '../../../lib/auth';
import { useForm } from '../../../lib/form';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { useT } from '../../../lib/i18n';

/** Only same-site paths are followed after login (no open redirect). */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : paths.home;
}

export function LoginPage() {
  const t = useT(appMessages);
  const { login } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [unverified, setUnverified] = useState(false);
  const [resent, setResent] = useState(false);
  const form = useForm({
    schema: loginBodySchema.extend({ password: z.string().min(1) }),
    initialValues: { email: '', password: '' },
    onSubmit: async (values) => {
      setUnverified(false);
      try {
        await login(values.email, values.password);
        void navigate(safeNext(params.get('next')), { replace: true });
      } catch (error) {
        if (isApiError(error) && error.code === 'auth.email_not_verified') {
          setUnverified(true);
        }
        throw error;
      }
    },
  });

  return (
    <div className="narrow">
      <PageTitle>{t('auth.login.title')}</PageTitle>
      <ErrorSummary errors={form.errors} message={form.formError} />
      {unverified ? (
        <div className="stack">
          {resent ? <Alert kind="success">{t('auth.login.resent')}</Alert> : null}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              void api('/api/auth/resend-verification', {
                method: 'POST',
                body: { email: form.values.email },
              }).then(() => setResent(true));
            }}
          >
            {t('auth.login.resend')}
          </button>
        </div>
      ) : null}
      <form onSubmit={form.handleSubmit} noValidate className="form">
        <TextField
          label={t('auth.email')}
          name="email"
          type="email"
          autoComplete="email"
          required
          value={form.values.email}
          onChange={(v) => form.setValue('email', v)}
          error={form.errors.email}
        />
        <TextField
          label={t('auth.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={form.values.password}
          onChange={(v) => form.setValue('password', v)}
          error={form.errors.password}
        />
        <button type="submit" className="button" disabled={form.submitting}>
          {form.submitting ? t('common.sending') : t('auth.login.submit')}
        </button>
      </form>
      <p>
        <Link to={paths.forgotPassword}>{t('auth.login.forgot')}</Link>
      </p>
      <p>
        {t('auth.login.noAccount')} <Link to={paths.register}>{t('nav.register')}</Link>
      </p>
    </div>
  );
}
