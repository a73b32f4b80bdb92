import { useState } from 'react';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { accountMessages } from '@kyoso/i18n/catalogues/account';
import { authMessages } from '@kyoso/i18n/catalogues/auth';
import { inviteMemberBodySchema } from '@kyoso/contracts/organizations';
import { TextField } from '../../../components/ui/field';
import { Alert, ErrorSummary } from '../../../components/ui/feedback';
import { isApiError } from '../../../lib/api-client';
import { useForm } from '../../../lib/form';
import { formatDate, useI18n, useT } from '../../../lib/i18n';
import { useCancelInvitationMutation } from '../api/cancel-invitation';
import type { OrganizationResponse } from '../api/get-my-organization';
import { useInviteMemberMutation } from '../api/invite-member';

function InviteForm() {
  const t = useT(accountMessages);
  const tu = useT(authMessages);
  const ta = useT(appMessages);
  const invite = useInviteMemberMutation();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useForm({
    schema: inviteMemberBodySchema,
    initialValues: { email: '' },
    onSubmit: async (values) => {
      setSentTo(null);
      await invite.mutateAsync(values);
      setSentTo(values.email);
      form.setValues(() => ({ email: '' }));
    },
  });
  return (
    <>
      <h3>{t('invite')}</h3>
      {sentTo ? <Alert kind="success">{t('inviteSent', { email: sentTo })}</Alert> : null}
      <ErrorSummary errors={form.errors} message={form.formError} />
      <form onSubmit={form.handleSubmit} noValidate className="form form--inline">
        <TextField
          label={tu('email')}
          name="email"
          type="email"
          required
          value={form.values.email}
          onChange={(v) => form.setValue('email', v)}
          error={form.errors.email}
        />
        <button type="submit" className="button" disabled={form.submitting}>
          {form.submitting ? ta('common.sending') : t('invite')}
        </button>
      </form>
    </>
  );
}

/** Who shares the organisation's proposals, who is invited, and inviting a colleague. */
export function Members({ data }: { data: OrganizationResponse }) {
  const t = useT(accountMessages);
  const ta = useT(appMessages);
  const { language } = useI18n();
  const cancel = useCancelInvitationMutation();
  const [cancelled, setCancelled] = useState<string | null>(null);
  return (
    <section className="card" aria-labelledby="members-heading">
      <h2 id="members-heading">{t('members')}</h2>
      <p>{t('membersIntro')}</p>
      <ul className="plain-list">
        {data.members.map((m) => (
          <li key={m.id}>
            {t('member', { name: m.name, email: m.email })}
            {m.emailVerified ? null : (
              <span className="badge badge--optional">{t('notVerified')}</span>
            )}
          </li>
        ))}
      </ul>
      {cancelled ? (
        <Alert kind="success">{t('invitationCancelled', { email: cancelled })}</Alert>
      ) : null}
      {cancel.isError ? (
        <Alert kind="error">
          {isApiError(cancel.error) && cancel.error.code !== 'network.error'
            ? cancel.error.message
            : ta('common.networkError')}
        </Alert>
      ) : null}
      {data.invitations.length > 0 ? (
        <>
          <h3>{t('pendingInvitations')}</h3>
          <ul className="plain-list">
            {data.invitations.map((i) => (
              <li key={i.id}>
                {t('invitation', { email: i.email, date: formatDate(i.expiresAt, language) })}{' '}
                <button
                  type="button"
                  className="button button--small button--ghost"
                  disabled={cancel.isPending}
                  onClick={() => cancel.mutate(i.id, { onSuccess: () => setCancelled(i.email) })}
                >
                  {t('cancelInvitation')}
                  <span className="visually-hidden">: {i.email}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <InviteForm />
    </section>
  );
}
