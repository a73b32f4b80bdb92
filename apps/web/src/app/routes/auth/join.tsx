import { useNavigate, useSearchParams } from 'react-router';
import { acceptInvitationBodySchema, type SessionUser } from '@kyoso/contracts/auth';
import { TextField } from '../../../components/ui/field';
import {
  Alert,
  ErrorSummary,
  LoadError,
  Loading,
  PageTitle,
} from '../../../components/ui/feedback';
import { paths } from '../../../config/paths';
import { api } from '../../../lib/api-client';
import { useAuth } from '../../../lib/auth';
import { useForm } from '../../../lib/form';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { useI18n, useT } from '../../../lib/i18n';
import { useApi } from '../../../lib/use-api';

type Preview = { invitation: { email: string; organizationName: string; expiresAt: string } };

/** A colleague invited by e-mail creates an account inside the organisation. */
export function JoinPage() {
  const t = useT(appMessages);
  const { language } = useI18n();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const navigate = useNavigate();
  const { setUser } = useAuth();
  const preview = useApi(
    (signal) => api<Preview>(`/api/auth/invitation?token=${encodeURIComponent(token)}`, { signal }),
    token || null,
  );
  const form = useForm({
    schema: acceptInvitationBodySchema,
    initialValues: { token, name: '', password: '', language },
    onSubmit: async (values) => {
      const res = await api<{ user: SessionUser }>('/api/auth/accept-invitation', {
        method: 'POST',
        body: values,
      });
      setUser(res.user);
      void navigate(paths.home);
    },
  });

  return (
    <div className="narrow">
      <PageTitle>{t('auth.join.title')}</PageTitle>
      {!token ? <Alert kind="error">{t('auth.verify.missing')}</Alert> : null}
      {preview.loading ? <Loading /> : null}
      {preview.error ? <LoadError error={preview.error} /> : null}
      {preview.data ? (
        <>
          <p>
            {t('auth.join.intro', {
              organization: preview.data.invitation.organizationName,
              email: preview.data.invitation.email,
            })}
          </p>
          <ErrorSummary errors={form.errors} message={form.formError} />
          <form onSubmit={form.handleSubmit} noValidate className="form">
            <TextField
              label={t('auth.name')}
              name="name"
              autoComplete="name"
              required
              value={form.values.name}
              onChange={(v) => form.setValue('name', v)}
              error={form.errors.name}
            />
            <TextField
              label={t('auth.password')}
              name="password"
              type="password"
              autoComplete="new-password"
              required
              hint={t('auth.passwordHint')}
              value={form.values.password}
              onChange={(v) => form.setValue('password', v)}
              error={form.errors.password}
            />
            <button type="submit" className="button" disabled={form.submitting}>
              {form.submitting ? t('common.sending') : t('auth.join.submit')}
            </button>
          </form>
        </>
      ) : null}
    </div>
  );
}
