import { useNavigate } from 'react-router';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { authMessages } from '@kyoso/i18n/catalogues/auth';
import { TextField } from '../../../components/ui/field';
import { Alert, ErrorSummary, LoadError, Loading } from '../../../components/ui/feedback';
import { PasswordField } from '../../../components/ui/password-field';
import { paths } from '../../../config/paths';
import { useForm } from '../../../lib/form';
import { useI18n, useT } from '../../../lib/i18n';
import { useAcceptInvitationMutation } from '../api/accept-invitation';
import { useInvitation } from '../api/get-invitation';

/** A colleague invited by e-mail creates an account inside the organisation. */
export function JoinForm({ token }: { token: string }) {
  const t = useT(authMessages);
  const ta = useT(appMessages);
  const { language } = useI18n();
  const navigate = useNavigate();
  const invitation = useInvitation(token);
  const accept = useAcceptInvitationMutation();
  const form = useForm({
    schema: () => import('@kyoso/contracts/auth').then((m) => m.acceptInvitationBodySchema),
    initialValues: { token, name: '', password: '', language },
    onSubmit: async (values) => {
      await accept.mutateAsync(values);
      void navigate(paths.home);
    },
  });

  if (!token) {
    return <Alert kind="error">{t('link.missing')}</Alert>;
  }
  if (invitation.isError) {
    return <LoadError error={invitation.error} />;
  }
  if (invitation.isPending) {
    return <Loading />;
  }
  const { email, organizationName } = invitation.data.invitation;
  return (
    <>
      <p>{t('join.intro', { organization: organizationName, email })}</p>
      <ErrorSummary errors={form.errors} message={form.formError} />
      <form onSubmit={form.handleSubmit} noValidate className="form">
        <TextField
          label={t('name')}
          name="name"
          autoComplete="name"
          required
          value={form.values.name}
          onChange={(v) => form.setValue('name', v)}
          error={form.errors.name}
        />
        <PasswordField
          label={t('password')}
          name="password"
          purpose="new"
          value={form.values.password}
          onChange={(v) => form.setValue('password', v)}
          error={form.errors.password}
        />
        <button type="submit" className="button" disabled={form.submitting}>
          {form.submitting ? ta('common.sending') : t('join.submit')}
        </button>
      </form>
    </>
  );
}
