import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { passwordResetConfirmBodySchema } from '@kyoso/contracts/auth';
import { TextField } from '../../../components/ui/field';
import { Alert, ErrorSummary, PageTitle } from '../../../components/ui/feedback';
import { paths } from '../../../config/paths';
import { api } from '../../../lib/api-client';
import { useForm } from '../../../lib/form';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { useT } from '../../../lib/i18n';

/** From a reset e-mail, or (with `welcome=1`) from a new staff member's welcome e-mail. */
export function ResetPasswordPage() {
  const t = useT(appMessages);
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const welcome = params.get('welcome') === '1';
  const [done, setDone] = useState(false);
  const form = useForm({
    schema: passwordResetConfirmBodySchema,
    initialValues: { token, password: '' },
    onSubmit: async (values) => {
      await api('/api/auth/password-reset/confirm', { method: 'POST', body: values });
      setDone(true);
    },
  });
  return (
    <div className="narrow">
      <PageTitle>{welcome ? t('auth.reset.welcomeTitle') : t('auth.reset.title')}</PageTitle>
      {!token ? <Alert kind="error">{t('auth.verify.missing')}</Alert> : null}
      {done ? (
        <>
          <Alert kind="success">{t('auth.reset.done')}</Alert>
          <p>
            <Link to={paths.login} className="button">
              {t('nav.login')}
            </Link>
          </p>
        </>
      ) : (
        <>
          <ErrorSummary errors={form.errors} message={form.formError} />
          <form onSubmit={form.handleSubmit} noValidate className="form">
            <TextField
              label={t('auth.newPassword')}
              name="password"
              type="password"
              autoComplete="new-password"
              required
              hint={t('auth.passwordHint')}
              value={form.values.password}
              onChange={(v) => form.setValue('password', v)}
              error={form.errors.password}
            />
            <button type="submit" className="button" disabled={form.submitting || !token}>
              {form.submitting ? t('common.sending') : t('auth.reset.submit')}
            </button>
          </form>
        </>
      )}
    </div>
  );
}
