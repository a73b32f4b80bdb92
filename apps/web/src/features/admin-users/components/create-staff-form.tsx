import { useState } from 'react';
import { adminMessages } from '@kyoso/i18n/catalogues/admin';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { authMessages } from '@kyoso/i18n/catalogues/auth';
import { workflowMessages } from '@kyoso/i18n/catalogues/workflow';
import { isLanguage } from '@kyoso/i18n/languages';
import { STAFF_ROLES } from '@kyoso/contracts/auth';
import type { Department } from '@kyoso/contracts/departments';
import { createStaffUserBodySchema } from '@kyoso/contracts/users';
import { SelectField, TextField } from '../../../components/ui/field';
import { LanguageSelect } from '../../../components/ui/language-select';
import { Alert, ErrorSummary } from '../../../components/ui/feedback';
import { useForm } from '../../../lib/form';
import { useI18n, useT } from '../../../lib/i18n';
import { useCreateUserMutation } from '../api/create-user';
import { toCreateRequest, type CreateStaffValues } from '../create-request';

const EMPTY: CreateStaffValues = {
  email: '',
  name: '',
  role: 'department',
  language: 'ja',
  departmentId: '',
};

/** An administrator creates a staff account; its owner sets a password from the e-mail. */
export function CreateStaffForm({ departments }: { departments: readonly Department[] }) {
  const t = useT(adminMessages);
  const ta = useT(appMessages);
  const tu = useT(authMessages);
  const tw = useT(workflowMessages);
  const { l } = useI18n();
  const create = useCreateUserMutation();
  const [created, setCreated] = useState<string | null>(null);
  const form = useForm({
    schema: createStaffUserBodySchema,
    initialValues: EMPTY,
    toRequest: toCreateRequest,
    onSubmit: async (body) => {
      setCreated(null);
      await create.mutateAsync(body);
      setCreated(body.email);
      form.setValues((current) => ({ ...current, email: '', name: '' }));
    },
  });
  const departmentRequired = form.values.role === 'department';
  return (
    <section className="card" aria-labelledby="create-staff-heading">
      <h2 id="create-staff-heading">{t('users.create')}</h2>
      <p>{t('users.createIntro')}</p>
      {created ? <Alert kind="success">{t('users.created', { email: created })}</Alert> : null}
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
          label={t('users.role')}
          name="role"
          required
          value={form.values.role}
          onChange={(v) => form.setValue('role', v)}
          options={STAFF_ROLES.map((r) => ({ value: r, label: tw(`role.${r}`) }))}
          error={form.errors.role}
        />
        <SelectField
          label={t('users.department')}
          name="departmentId"
          required={departmentRequired}
          markOptional={!departmentRequired}
          hint={t('users.departmentHint')}
          value={form.values.departmentId}
          placeholder={t('users.chooseDepartment')}
          onChange={(v) => form.setValue('departmentId', v)}
          options={departments.map((d) => ({ value: d.id, label: l(d.fullName) }))}
          error={form.errors.departmentId}
        />
        <LanguageSelect
          label={tu('language')}
          value={isLanguage(form.values.language) ? form.values.language : 'ja'}
          onChange={(v) => form.setValue('language', v)}
          error={form.errors.language}
        />
        <button type="submit" className="button" disabled={form.submitting}>
          {form.submitting ? ta('common.sending') : t('users.create')}
        </button>
      </form>
    </section>
  );
}
