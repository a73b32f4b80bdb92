import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { authMessages } from '@kyoso/i18n/catalogues/auth';
import { TextField } from '../../../components/ui/field';
import { Alert, ErrorSummary } from '../../../components/ui/feedback';
import { PasswordField } from '../../../components/ui/password-field';
import { paths } from '../../../config/paths';
import { isApiError } from '../../../lib/api-client';
import { useForm } from '../../../lib/form';
import { useT } from '../../../lib/i18n';
import { useLoginMutation } from '../api/login';
import { useResendVerificationMutation } from '../api/resend-verification';

/** Only same-site paths are followed after login (no open redirect). */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : paths.home;
}

/**
 * E-mail and password; on success, back to where the visitor was going. An address not yet
 * confirmed gets a way forward: send the confirmation e-mail again.
 */
export function LoginForm({ next }: { next: string | null }) {
  const t = useT(authMessages);
  const ta = useT(appMessages);
  const navigate = useNavigate();
  const loginMutation = useLoginMutation();
  const resend = useResendVerificationMutation();
  const [unverified, setUnverified] = useState(false);
  const form = useForm({
    schema: () => import('@kyoso/contracts/auth').then((m) => m.loginBodySchema),
    initialValues: { email: '', password: '' },
    onSubmit: async (values) => {
      setUnverified(false);
      try {
        await loginMutation.mutateAsync(values);
        void navigate(safeNext(next), { replace: true });
      } catch (error) {
        if (isApiError(error) && error.code === 'auth.email_not_verified') {
          setUnverified(true);
        }
        throw error;
      }
    },
  });

  return (
    <>
      <ErrorSummary errors={form.errors} message={form.formError} />
      {unverified ? (
        <div className="stack">
          {resend.isSuccess ? <Alert kind="success">{t('login.resent')}</Alert> : null}
          <button
            type="button"
            className="button button--secondary"
            disabled={resend.isPending}
            onClick={() => resend.mutate({ email: form.values.email })}
          >
            {t('login.resend')}
          </button>
        </div>
      ) : null}
      <form onSubmit={form.handleSubmit} noValidate className="form">
        <TextField
          label={t('email')}
          name="email"
          type="email"
          autoComplete="email"
          required
          value={form.values.email}
          onChange={(v) => form.setValue('email', v)}
          error={form.errors.email}
        />
        <PasswordField
          label={t('password')}
          name="password"
          purpose="current"
          value={form.values.password}
          onChange={(v) => form.setValue('password', v)}
          error={form.errors.password}
        />
        <button type="submit" className="button" disabled={form.submitting}>
          {form.submitting ? ta('common.sending') : t('login.submit')}
        </button>
      </form>
      <p>
        <Link to={paths.forgotPassword}>{t('login.forgot')}</Link>
      </p>
      <p>
        {t('login.noAccount')} <Link to={paths.register}>{ta('nav.register')}</Link>
      </p>
    </>
  );
}
