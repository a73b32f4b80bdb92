import { appMessages } from '@kyoso/i18n/catalogues/app';
import { authMessages } from '@kyoso/i18n/catalogues/auth';
import { TextField } from '../../../components/ui/field';
import { Alert, ErrorSummary } from '../../../components/ui/feedback';
import { useForm } from '../../../lib/form';
import { useT } from '../../../lib/i18n';
import { useRequestPasswordResetMutation } from '../api/request-password-reset';

/** Asks for a reset link; the answer never tells whether the address has an account. */
export function ForgotPasswordForm() {
  const t = useT(authMessages);
  const ta = useT(appMessages);
  const request = useRequestPasswordResetMutation();
  const form = useForm({
    schema: () => import('@kyoso/contracts/auth').then((m) => m.passwordResetRequestBodySchema),
    initialValues: { email: '' },
    onSubmit: async (values) => {
      await request.mutateAsync(values);
    },
  });
  return (
    <>
      {request.isSuccess ? <Alert kind="success">{t('forgot.done')}</Alert> : null}
      <ErrorSummary errors={form.errors} message={form.formError} />
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
        <button type="submit" className="button" disabled={form.submitting}>
          {form.submitting ? ta('common.sending') : t('forgot.submit')}
        </button>
      </form>
    </>
  );
}
