import { useState } from 'react';
import { passwordResetRequestBodySchema } from '@kyoso/contracts/auth';
import { TextField } from '../../../components/ui/field';
import { Alert, ErrorSummary, PageTitle } from '../../../components/ui/feedback';
import { api } from '../../../lib/api-client';
import { useForm } from '../../../lib/form';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { useT } from '../../../lib/i18n';

export function ForgotPasswordPage() {
  const t = useT(appMessages);
  const [sent, setSent] = useState(false);
  const form = useForm({
    schema: passwordResetRequestBodySchema,
    initialValues: { email: '' },
    onSubmit: async (values) => {
      await api('/api/auth/password-reset/request', { method: 'POST', body: values });
      setSent(true);
    },
  });
  return (
    <div className="narrow">
      <PageTitle lead={t('auth.forgot.intro')}>{t('auth.forgot.title')}</PageTitle>
      {sent ? <Alert kind="success">{t('auth.forgot.done')}</Alert> : null}
      <ErrorSummary errors={form.errors} message={form.formError} />
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
        <button type="submit" className="button" disabled={form.submitting}>
          {form.submitting ? t('common.sending') : t('auth.forgot.submit')}
        </button>
      </form>
    </div>
  );
}
