import { domainMessages } from '@kyoso/i18n/catalogues/domain';
import { workflowMessages } from '@kyoso/i18n/catalogues/workflow';
import { useState } from 'react';
import { z } from 'zod';
import {
  changePasswordBodySchema,
  personNameSchema,
  type SessionUser,
} from '@kyoso/contracts/auth';
import { languageSchema } from '@kyoso/contracts/common';
import {
  inviteMemberBodySchema,
  ORGANIZATION_KINDS,
  updateOrganizationBodySchema,
} from '@kyoso/contracts/organizations';
import { RequireAuth } from '../../../components/layouts/require-auth';
import { SelectField, TextField } from '../../../components/ui/field';
import {
  Alert,
  ErrorSummary,
  LoadError,
  Loading,
  PageTitle,
} from '../../../components/ui/feedback';
import { api } from '../../../lib/api-client';
import { useAuth } from '../../../lib/auth';
import { useForm } from '../../../lib/form';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { formatDate, useI18n, useT } from '../../../lib/i18n';
import { useApi } from '../../../lib/use-api';

type OrganizationResponse = {
  organization: { id: string; name: string; kind: string; corporateNumber: string | null };
  members: Array<{
    id: string;
    name: string;
    email: string;
    emailVerified: boolean;
    joinedAt: string;
  }>;
  invitations: Array<{ id: string; email: string; expiresAt: string; createdAt: string }>;
};

function ProfileSection({ user }: { user: SessionUser }) {
  const t = useT(appMessages);
  const { setLanguage } = useI18n();
  const { setUser } = useAuth();
  const [saved, setSaved] = useState(false);
  const form = useForm({
    schema: z.object({ name: personNameSchema, language: languageSchema }),
    initialValues: { name: user.name, language: user.language },
    onSubmit: async (values) => {
      setSaved(false);
      const res = await api<{ user: SessionUser }>('/api/auth/me', {
        method: 'PATCH',
        body: values,
      });
      setUser(res.user);
      void setLanguage(res.user.language);
      setSaved(true);
    },
  });
  return (
    <section className="card" aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t('account.profile')}</h2>
      <dl className="facts">
        <dt>{t('auth.email')}</dt>
        <dd>{user.email}</dd>
      </dl>
      {saved ? <Alert kind="success">{t('common.saved')}</Alert> : null}
      <ErrorSummary errors={form.errors} message={form.formError} />
      <form onSubmit={form.handleSubmit} noValidate className="form">
        <TextField
          label={t('auth.name')}
          name="name"
          required
          value={form.values.name}
          onChange={(v) => form.setValue('name', v)}
          error={form.errors.name}
        />
        <SelectField
          label={t('auth.language')}
          name="language"
          required
          value={form.values.language}
          onChange={(v) => form.setValue('language', v === 'en' ? 'en' : 'ja')}
          options={[
            { value: 'ja', label: '日本語' },
            { value: 'en', label: 'English' },
          ]}
        />
        <button type="submit" className="button" disabled={form.submitting}>
          {form.submitting ? t('common.saving') : t('common.save')}
        </button>
      </form>
    </section>
  );
}

function PasswordSection() {
  const t = useT(appMessages);
  const { setUser } = useAuth();
  const [done, setDone] = useState(false);
  const form = useForm({
    schema: changePasswordBodySchema,
    initialValues: { currentPassword: '', newPassword: '' },
    onSubmit: async (values) => {
      setDone(false);
      const res = await api<{ user: SessionUser }>('/api/auth/password', {
        method: 'POST',
        body: values,
      });
      setUser(res.user);
      form.setValues(() => ({ currentPassword: '', newPassword: '' }));
      setDone(true);
    },
  });
  return (
    <section className="card" aria-labelledby="password-heading">
      <h2 id="password-heading">{t('account.changePassword')}</h2>
      {done ? <Alert kind="success">{t('account.passwordChanged')}</Alert> : null}
      <ErrorSummary errors={form.errors} message={form.formError} />
      <form onSubmit={form.handleSubmit} noValidate className="form">
        <TextField
          label={t('auth.currentPassword')}
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          value={form.values.currentPassword}
          onChange={(v) => form.setValue('currentPassword', v)}
          error={form.errors.currentPassword}
        />
        <TextField
          label={t('auth.newPassword')}
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          hint={t('auth.passwordHint')}
          value={form.values.newPassword}
          onChange={(v) => form.setValue('newPassword', v)}
          error={form.errors.newPassword}
        />
        <button type="submit" className="button" disabled={form.submitting}>
          {form.submitting ? t('common.saving') : t('account.changePassword')}
        </button>
      </form>
    </section>
  );
}

function OrganizationSection() {
  const t = useT(appMessages);
  const { language } = useI18n();
  const state = useApi(
    (signal) => api<OrganizationResponse>('/api/organizations/mine', { signal }),
    'org',
  );
  if (state.loading && !state.data) {
    return <Loading />;
  }
  if (state.error || !state.data) {
    return <LoadError error={state.error} onRetry={state.reload} />;
  }
  const data = state.data;
  return (
    <>
      <OrganizationForm data={data} onSaved={state.reload} />
      <section className="card" aria-labelledby="members-heading">
        <h2 id="members-heading">{t('account.members')}</h2>
        <p>{t('account.membersIntro')}</p>
        <ul className="plain-list">
          {data.members.map((m) => (
            <li key={m.id}>
              {m.name}（{m.email}）{m.emailVerified ? '' : ` — ${t('account.notVerified')}`}
            </li>
          ))}
        </ul>
        {data.invitations.length > 0 ? (
          <>
            <h3>{t('account.pendingInvitations')}</h3>
            <ul className="plain-list">
              {data.invitations.map((i) => (
                <li key={i.id}>
                  {i.email}（{t('account.expires', { date: formatDate(i.expiresAt, language) })}）{' '}
                  <button
                    type="button"
                    className="button button--small button--ghost"
                    onClick={() => {
                      void api(`/api/organizations/mine/invitations/${i.id}`, {
                        method: 'DELETE',
                      }).then(state.reload);
                    }}
                  >
                    {t('account.cancelInvitation')}
                  </button>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <InviteForm onInvited={state.reload} />
      </section>
    </>
  );
}

function OrganizationForm({ data, onSaved }: { data: OrganizationResponse; onSaved: () => void }) {
  const td = useT(domainMessages);
  const t = useT(appMessages);
  const [saved, setSaved] = useState(false);
  const form = useForm({
    schema: updateOrganizationBodySchema,
    initialValues: {
      name: data.organization.name,
      kind: data.organization.kind,
      corporateNumber: data.organization.corporateNumber ?? '',
    },
    onSubmit: async (values) => {
      setSaved(false);
      await api('/api/organizations/mine', { method: 'PUT', body: values });
      setSaved(true);
      onSaved();
    },
  });
  return (
    <section className="card" aria-labelledby="org-heading">
      <h2 id="org-heading">{t('account.organization')}</h2>
      {saved ? <Alert kind="success">{t('common.saved')}</Alert> : null}
      <ErrorSummary errors={form.errors} message={form.formError} />
      <form onSubmit={form.handleSubmit} noValidate className="form">
        <TextField
          label={t('auth.register.orgName')}
          name="name"
          required
          value={form.values.name}
          onChange={(v) => form.setValue('name', v)}
          error={form.errors.name}
        />
        <SelectField
          label={t('auth.register.orgKind')}
          name="kind"
          required
          value={form.values.kind}
          onChange={(v) => form.setValue('kind', v)}
          options={ORGANIZATION_KINDS.map((k) => ({
            value: k,
            label: td(`organizationKind.${k}`),
          }))}
          error={form.errors.kind}
        />
        <TextField
          label={t('auth.register.corporateNumber')}
          name="corporateNumber"
          markOptional
          inputMode="numeric"
          hint={t('auth.register.corporateNumberHint')}
          value={form.values.corporateNumber}
          onChange={(v) => form.setValue('corporateNumber', v)}
          error={form.errors.corporateNumber}
        />
        <button type="submit" className="button" disabled={form.submitting}>
          {form.submitting ? t('common.saving') : t('common.save')}
        </button>
      </form>
    </section>
  );
}

function InviteForm({ onInvited }: { onInvited: () => void }) {
  const t = useT(appMessages);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useForm({
    schema: inviteMemberBodySchema,
    initialValues: { email: '' },
    onSubmit: async (values) => {
      await api('/api/organizations/mine/invitations', { method: 'POST', body: values });
      setSentTo(values.email);
      form.setValues(() => ({ email: '' }));
      onInvited();
    },
  });
  return (
    <>
      <h3>{t('account.invite')}</h3>
      {sentTo ? <Alert kind="success">{t('account.inviteSent', { email: sentTo })}</Alert> : null}
      <ErrorSummary errors={form.errors} message={form.formError} />
      <form onSubmit={form.handleSubmit} noValidate className="form form--inline">
        <TextField
          label={t('auth.email')}
          name="email"
          type="email"
          required
          value={form.values.email}
          onChange={(v) => form.setValue('email', v)}
          error={form.errors.email}
        />
        <button type="submit" className="button" disabled={form.submitting}>
          {form.submitting ? t('common.sending') : t('account.invite')}
        </button>
      </form>
    </>
  );
}

function AccountContent() {
  const tw = useT(workflowMessages);
  const t = useT(appMessages);
  const { l } = useI18n();
  const { user } = useAuth();
  if (!user) {
    return null;
  }
  return (
    <>
      <PageTitle>{t('account.title')}</PageTitle>
      <dl className="facts">
        <dt>{t('account.role')}</dt>
        <dd>{tw(`role.${user.role}`)}</dd>
        {user.department ? (
          <>
            <dt>{t('account.department')}</dt>
            <dd>{l(user.department.name)}</dd>
          </>
        ) : null}
      </dl>
      <div className="grid-2">
        <ProfileSection user={user} />
        <PasswordSection />
      </div>
      {user.role === 'proposer' ? <OrganizationSection /> : null}
    </>
  );
}

export function AccountPage() {
  return (
    <RequireAuth>
      <AccountContent />
    </RequireAuth>
  );
}
