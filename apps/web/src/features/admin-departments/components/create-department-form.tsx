import { useState } from 'react';
import { adminMessages } from '@kyoso/i18n/catalogues/admin';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { createDepartmentBodySchema, DEPARTMENT_LIMITS } from '@kyoso/contracts/departments';
import { SelectField, TextField } from '../../../components/ui/field';
import { Alert, ErrorSummary } from '../../../components/ui/feedback';
import { useForm } from '../../../lib/form';
import { DepartmentNameFields } from './department-name-fields';
import { useI18n, useT } from '../../../lib/i18n';
import { useCreateDepartmentMutation, type AdminDepartment } from '../api/admin-departments';
import { newParentChoices } from '../department-tree';

const EMPTY = { parentId: '', code: '', nameJa: '', nameEn: '' };

/** Adds a 局 (no parent), a 部 under a 局 or a 課 under a 部. */
export function CreateDepartmentForm({ departments }: { departments: readonly AdminDepartment[] }) {
  const t = useT(adminMessages);
  const ta = useT(appMessages);
  const { l } = useI18n();
  const create = useCreateDepartmentMutation();
  const [created, setCreated] = useState<string | null>(null);
  const form = useForm({
    schema: createDepartmentBodySchema,
    initialValues: EMPTY,
    toRequest: (values) => ({ ...values, parentId: values.parentId || null }),
    onSubmit: async (body) => {
      setCreated(null);
      const { department } = await create.mutateAsync(body);
      setCreated(l(department.fullName));
      form.setValues(() => EMPTY);
    },
  });
  return (
    <section className="card" aria-labelledby="create-department-heading">
      <h2 id="create-department-heading">{t('departments.create')}</h2>
      {created ? <Alert kind="success">{t('departments.created', { name: created })}</Alert> : null}
      <ErrorSummary errors={form.errors} message={form.formError} />
      <form onSubmit={form.handleSubmit} noValidate className="form">
        <SelectField
          label={t('departments.parent')}
          name="parentId"
          hint={t('departments.parentHint')}
          value={form.values.parentId}
          placeholder={t('departments.noParent')}
          onChange={(v) => form.setValue('parentId', v)}
          options={newParentChoices(departments).map((d) => ({
            value: d.id,
            label: l(d.fullName),
          }))}
          error={form.errors.parentId}
        />
        <TextField
          label={t('departments.code')}
          name="code"
          required
          hint={t('departments.codeHint')}
          maxLength={DEPARTMENT_LIMITS.code}
          value={form.values.code}
          onChange={(v) => form.setValue('code', v)}
          error={form.errors.code}
        />
        <DepartmentNameFields form={form} />
        <button type="submit" className="button" disabled={form.submitting}>
          {form.submitting ? ta('common.sending') : t('departments.create')}
        </button>
      </form>
    </section>
  );
}
