import { workflowMessages } from '@kyoso/i18n/catalogues/workflow';
import { useState } from 'react';
import { STAFF_ROLES } from '@kyoso/contracts/auth';
import type { Role } from '@kyoso/contracts/roles';
import type { Department } from '@kyoso/contracts/departments';
import { createStaffUserBodySchema } from '@kyoso/contracts/users';
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
import { useForm } from '../../../lib/form';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { authMessages } from '@kyoso/i18n/catalogues/auth';
import { formatDateTime, useI18n, useT } from '../../../lib/i18n';
import { useApi } from '../../../lib/use-api';

type AdminUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  department: { id: string; name: { ja: string; en: string } } | null;
  organizationName: string | null;
  emailVerified: boolean;
  disabled: boolean;
  createdAt: string;
};

function CreateStaffForm({
  departments,
  onCreated,
}: {
  departments: Department[];
  onCreated: () => void;
}) {
  const tw = useT(workflowMessages);
  const t = useT(appMessages);
  const tu = useT(authMessages);
  const { l } = useI18n();
  const [created, setCreated] = useState<string | null>(null);
  const form = useForm({
    schema: createStaffUserBodySchema,
    initialValues: { email: '', name: '', role: 'department', language: 'ja', departmentId: '' },
    onSubmit: async (values) => {
      setCreated(null);
      await api('/api/admin/users', {
        method: 'POST',
        body: { ...values, departmentId: values.departmentId || null },
      });
      setCreated(values.email);
      form.setValues((current) => ({ ...current, email: '', name: '' }));
      onCreated();
    },
  });
  return (
    <section className="card" aria-labelledby="create-staff-heading">
      <h2 id="create-staff-heading">{t('admin.users.create')}</h2>
      <p>{t('admin.users.createIntro')}</p>
      {created ? (
        <Alert kind="success">{t('admin.users.created', { email: created })}</Alert>
      ) : null}
      <ErrorSummary errors={form.errors} message={form.formError} />
      <form onSubmit={form.handleSubmit} noValidate className="form">
        <TextField
          label={tu('name')}
          name="name"
          required
          value={form.values.name}
          onChange={(v) => form.setValue('name', v)}
          error={form.errors.name}
        />
        <TextField
          label={tu('email')}
          name="email"
          type="email"
          required
          value={form.values.email}
          onChange={(v) => form.setValue('email', v)}
          error={form.errors.email}
        />
        <SelectField
          label={t('admin.users.role')}
          name="role"
          required
          value={form.values.role}
          onChange={(v) => form.setValue('role', v)}
          options={STAFF_ROLES.map((r) => ({ value: r, label: tw(`role.${r}`) }))}
        />
        <SelectField
          label={t('admin.users.department')}
          name="departmentId"
          required={form.values.role === 'department'}
          value={form.values.departmentId}
          placeholder={t('admin.users.chooseDepartment')}
          onChange={(v) => form.setValue('departmentId', v)}
          options={departments.map((d) => ({ value: d.id, label: l(d.fullName) }))}
          error={form.errors.departmentId}
        />
        <SelectField
          label={tu('language')}
          name="language"
          required
          value={form.values.language}
          onChange={(v) => form.setValue('language', v)}
          options={[
            { value: 'ja', label: '日本語' },
            { value: 'en', label: 'English' },
          ]}
        />
        <button type="submit" className="button" disabled={form.submitting}>
          {form.submitting ? t('common.sending') : t('admin.users.create')}
        </button>
      </form>
    </section>
  );
}

function UsersContent() {
  const tw = useT(workflowMessages);
  const t = useT(appMessages);
  const tu = useT(authMessages);
  const { l, language } = useI18n();
  const [role, setRole] = useState('');
  const [q, setQ] = useState('');
  const query = new URLSearchParams({ ...(role ? { role } : {}), ...(q ? { q } : {}) }).toString();
  const users = useApi(
    (signal) => api<{ users: AdminUser[] }>(`/api/admin/users?${query}`, { signal }),
    query,
  );
  const departments = useApi(
    (signal) => api<{ departments: Department[] }>('/api/departments', { signal }),
    'departments',
  );

  async function toggle(user: AdminUser) {
    await api(`/api/admin/users/${user.id}`, {
      method: 'PATCH',
      body: { disabled: !user.disabled },
    });
    users.reload();
  }

  return (
    <>
      <PageTitle>{t('admin.users.title')}</PageTitle>
      {departments.data ? (
        <CreateStaffForm departments={departments.data.departments} onCreated={users.reload} />
      ) : null}
      <section aria-labelledby="users-heading">
        <h2 id="users-heading">{t('admin.users.title')}</h2>
        <div className="filters">
          <SelectField
            label={t('admin.users.role')}
            name="roleFilter"
            value={role}
            onChange={setRole}
            placeholder={t('admin.users.all')}
            options={(['proposer', ...STAFF_ROLES] as Role[]).map((r) => ({
              value: r,
              label: tw(`role.${r}`),
            }))}
          />
          <TextField
            label={t('admin.users.search')}
            name="q"
            type="search"
            value={q}
            onChange={setQ}
          />
        </div>
        {users.loading && !users.data ? <Loading /> : null}
        {users.error ? <LoadError error={users.error} onRetry={users.reload} /> : null}
        {users.data ? (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{tu('name')}</th>
                  <th scope="col">{tu('email')}</th>
                  <th scope="col">{t('admin.users.role')}</th>
                  <th scope="col">
                    {t('admin.users.department')} / {t('admin.users.organization')}
                  </th>
                  <th scope="col">{t('admin.users.status')}</th>
                  <th scope="col">{t('admin.users.createdAt')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('admin.users.disable')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {users.data.users.map((u) => (
                  <tr key={u.id}>
                    <td>{u.name}</td>
                    <td>{u.email}</td>
                    <td>{tw(`role.${u.role}`)}</td>
                    <td>{u.department ? l(u.department.name) : (u.organizationName ?? '')}</td>
                    <td>
                      {u.disabled
                        ? t('admin.users.disabled')
                        : u.emailVerified
                          ? t('admin.users.active')
                          : t('admin.users.pendingPassword')}
                    </td>
                    <td>{formatDateTime(u.createdAt, language)}</td>
                    <td>
                      {u.role !== 'proposer' ? (
                        <button
                          type="button"
                          className="button button--small button--ghost"
                          onClick={() => void toggle(u)}
                        >
                          {u.disabled ? t('admin.users.enable') : t('admin.users.disable')}
                          <span className="visually-hidden">: {u.email}</span>
                        </button>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
    </>
  );
}

export function AdminUsersPage() {
  return (
    <RequireAuth roles={['admin']}>
      <UsersContent />
    </RequireAuth>
  );
}
