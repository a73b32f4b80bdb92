import { appMessages } from '@kyoso/i18n/catalogues/app';
import { accountMessages } from '@kyoso/i18n/catalogues/account';
import { authMessages } from '@kyoso/i18n/catalogues/auth';
import { changePasswordBodySchema } from '@kyoso/contracts/auth';
import { Alert, ErrorSummary } from '../../../components/ui/feedback';
import { PasswordField } from '../../../components/ui/password-field';
import { useForm } from '../../../lib/form';
import { useT } from '../../../lib/i18n';
import { useFocusWhen } from '../../../lib/use-focus-when';
import { useChangePasswordMutation } from '../api/change-password';

/** A new password, with the current one; every other session ends. */
export function ChangePasswordForm() {
  const t = useT(accountMessages);
  const tu = useT(authMessages);
  const ta = useT(appMessages);
  const change = useChangePasswordMutation();
  const doneRef = useFocusWhen(change.isSuccess);
  const form = useForm({
    schema: changePasswordBodySchema,
    initialValues: { currentPassword: '', newPassword: '' },
    onSubmit: async (values) => {
      await change.mutateAsync(values);
      form.setValues(() => ({ currentPassword: '', newPassword: '' }));
    },
  });
  return (
    <section className="card" aria-labelledby="password-heading">
      <h2 id="password-heading">{t('changePassword')}</h2>
      {change.isSuccess ? (
        <div ref={doneRef} tabIndex={-1}>
          <Alert kind="success">{t('passwordChanged')}</Alert>
        </div>
      ) : null}
      <ErrorSummary errors={form.errors} message={form.formError} />
      <form onSubmit={form.handleSubmit} noValidate className="form">
        <PasswordField
          label={tu('currentPassword')}
          name="currentPassword"
          purpose="current"
          value={form.values.currentPassword}
          onChange={(v) => form.setValue('currentPassword', v)}
          error={form.errors.currentPassword}
        />
        <PasswordField
          label={tu('newPassword')}
          name="newPassword"
          purpose="new"
          value={form.values.newPassword}
          onChange={(v) => form.setValue('newPassword', v)}
          error={form.errors.newPassword}
        />
        <button type="submit" className="button" disabled={form.submitting}>
          {form.submitting ? ta('common.saving') : t('changePassword')}
        </button>
      </form>
    </section>
  );
}
