import { useState } from 'react';
import { adminMessages } from '@kyoso/i18n/catalogues/admin';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { authMessages } from '@kyoso/i18n/catalogues/auth';
import { workflowMessages } from '@kyoso/i18n/catalogues/workflow';
import { STAFF_ROLES } from '@kyoso/contracts/auth';
import { ROLES, type Role } from '@kyoso/contracts/roles';
import { SelectField, TextField } from '../../../components/ui/field';
import { Alert, LoadError, Loading } from '../../../components/ui/feedback';
import { isApiError } from '../../../lib/api-client';
import { formatDate, useI18n, useT } from '../../../lib/i18n';
import { useUsers, type AdminUser } from '../api/get-users';
import { useUpdateUserMutation } from '../api/update-user';
import { tokyoDate } from '../create-request';
import '../../../styles/staff-pages.css';

function StatusOf({ user }: { user: AdminUser }) {
  const t = useT(adminMessages);
  if (user.disabled) {
    return <>{t('users.disabled')}</>;
  }
  return <>{t(user.emailVerified ? 'users.active' : 'users.pendingPassword')}</>;
}

/**
 * Every account, filtered by role and searched by name or e-mail; staff can be disabled, and
 * department staff named the head of their department (who receives the escalations).
 */
export function UsersList() {
  const t = useT(adminMessages);
  const ta = useT(appMessages);
  const tu = useT(authMessages);
  const tw = useT(workflowMessages);
  const { l, language } = useI18n();
  const [role, setRole] = useState('');
  const [q, setQ] = useState('');
  const users = useUsers({
    ...(role ? { role: role as Role } : {}),
    ...(q.trim() ? { q: q.trim() } : {}),
  });
  const update = useUpdateUserMutation();

  return (
    <section aria-labelledby="users-heading">
      <h2 id="users-heading">{t('users.title')}</h2>
      <div className="filters">
        <SelectField
          label={t('users.role')}
          name="roleFilter"
          value={role}
          onChange={setRole}
          placeholder={t('users.all')}
          options={ROLES.map((r) => ({ value: r, label: tw(`role.${r}`) }))}
        />
        <TextField label={t('users.search')} name="q" type="search" value={q} onChange={setQ} />
      </div>
      {update.isError ? (
        <Alert kind="error">
          {isApiError(update.error) ? update.error.message : ta('error.generic.body')}
        </Alert>
      ) : null}
      {users.isPending ? <Loading /> : null}
      {users.isError ? (
        <LoadError error={users.error} onRetry={() => void users.refetch()} />
      ) : null}
      {users.data && users.data.users.length === 0 ? <p>{t('users.none')}</p> : null}
      {users.data && users.data.users.length > 0 ? (
        <div className="table-wrap" role="region" tabIndex={0} aria-label={t('users.caption')}>
          <table className="table">
            <caption className="visually-hidden">{t('users.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{tu('name')}</th>
                <th scope="col">{tu('email')}</th>
                <th scope="col">{t('users.role')}</th>
                <th scope="col">{t('users.departmentOrOrganization')}</th>
                <th scope="col">{t('users.status')}</th>
                <th scope="col">{t('users.head')}</th>
                <th scope="col">{t('users.createdAt')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('users.disable')}</span>
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
                    <StatusOf user={u} />
                  </td>
                  <td>
                    {u.role === 'department' ? (
                      <input
                        type="checkbox"
                        checked={u.departmentHead}
                        disabled={update.isPending}
                        aria-label={t('users.headFor', { email: u.email })}
                        onChange={(event) =>
                          update.mutate({
                            id: u.id,
                            body: { departmentHead: event.target.checked },
                          })
                        }
                      />
                    ) : null}
                  </td>
                  <td>
                    <time dateTime={u.createdAt}>
                      {formatDate(tokyoDate(u.createdAt), language)}
                    </time>
                  </td>
                  <td>
                    {(STAFF_ROLES as readonly Role[]).includes(u.role) ? (
                      <button
                        type="button"
                        className="button button--small button--ghost"
                        disabled={update.isPending}
                        aria-label={t('users.toggleFor', {
                          action: t(u.disabled ? 'users.enable' : 'users.disable'),
                          email: u.email,
                        })}
                        onClick={() => update.mutate({ id: u.id, body: { disabled: !u.disabled } })}
                      >
                        {t(u.disabled ? 'users.enable' : 'users.disable')}
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
  );
}
