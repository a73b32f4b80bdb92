import { Link } from 'react-router';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { authMessages } from '@kyoso/i18n/catalogues/auth';
import { Alert, ErrorSummary } from '../../../components/ui/feedback';
import { PasswordField } from '../../../components/ui/password-field';
import { paths } from '../../../config/paths';
import { useForm } from '../../../lib/form';
import { useT } from '../../../lib/i18n';
import { useConfirmPasswordResetMutation } from '../api/confirm-password-reset';

/** A new password from a reset e-mail, or a new staff member's first one. */
export function ResetPasswordForm({ token }: { token: string }) {
  const t = useT(authMessages);
  const ta = useT(appMessages);
  const confirm = useConfirmPasswordResetMutation();
  const form = useForm({
    schema: () => import('@kyoso/contracts/auth').then((m) => m.passwordResetConfirmBodySchema),
    initialValues: { token, password: '' },
    onSubmit: async (values) => {
      await confirm.mutateAsync(values);
    },
  });
  if (!token) {
    return <Alert kind="error">{t('link.missing')}</Alert>;
  }
  if (confirm.isSuccess) {
    return (
      <>
        <Alert kind="success">{t('reset.done')}</Alert>
        <p>
          <Link to={paths.login} className="button">
            {ta('nav.login')}
          </Link>
        </p>
      </>
    );
  }
  return (
    <>
      <ErrorSummary errors={form.errors} message={form.formError} />
      <form onSubmit={form.handleSubmit} noValidate className="form">
        <PasswordField
          label={t('newPassword')}
          name="password"
          purpose="new"
          value={form.values.password}
          onChange={(v) => form.setValue('password', v)}
          error={form.errors.password}
        />
        <button type="submit" className="button" disabled={form.submitting}>
          {form.submitting ? ta('common.sending') : t('reset.submit')}
        </button>
      </form>
    </>
  );
}
