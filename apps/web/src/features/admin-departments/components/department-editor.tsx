import { useState } from 'react';
import { adminMessages } from '@kyoso/i18n/catalogues/admin';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { DEPARTMENT_LIMITS, updateDepartmentBodySchema } from '@kyoso/contracts/departments';
import { SelectField, TextAreaField } from '../../../components/ui/field';
import { Alert, ErrorSummary } from '../../../components/ui/feedback';
import { isApiError } from '../../../lib/api-client';
import { useForm } from '../../../lib/form';
import { DepartmentNameFields } from './department-name-fields';
import { useI18n, useT } from '../../../lib/i18n';
import {
  useHandOverMutation,
  useRetireDepartmentMutation,
  useRoutingPreviewMutation,
  useUpdateDepartmentMutation,
  type AdminDepartment,
} from '../api/admin-departments';
import { handoverChoices, handoverLabel, parentChoices, parseKeywords } from '../department-tree';

function errorText(error: unknown, fallback: string): string {
  return isApiError(error) ? error.message : fallback;
}

/** Names, place in the chart and (for a 課) the routing profile, with a preview of the routing. */
function DetailsForm({
  department,
  departments,
}: {
  department: AdminDepartment;
  departments: readonly AdminDepartment[];
}) {
  const t = useT(adminMessages);
  const ta = useT(appMessages);
  const { l } = useI18n();
  const update = useUpdateDepartmentMutation();
  const preview = useRoutingPreviewMutation();
  const [saved, setSaved] = useState(false);
  const [sample, setSample] = useState('');
  const isSection = department.level === 'section';
  const parents = parentChoices(departments, department);
  const form = useForm({
    schema: updateDepartmentBodySchema,
    initialValues: {
      nameJa: department.name.ja,
      nameEn: department.name.en,
      parentId: department.parentId ?? '',
      mission: department.mission,
      keywords: department.keywords.join('\n'),
    },
    toRequest: (values) => ({
      nameJa: values.nameJa,
      nameEn: values.nameEn,
      ...(values.parentId ? { parentId: values.parentId } : {}),
      ...(isSection ? { mission: values.mission, keywords: parseKeywords(values.keywords) } : {}),
    }),
    onSubmit: async (body) => {
      setSaved(false);
      await update.mutateAsync({ id: department.id, body });
      setSaved(true);
    },
  });
  return (
    <>
      {saved ? <Alert kind="success">{t('departments.saved')}</Alert> : null}
      <ErrorSummary errors={form.errors} message={form.formError} />
      <form onSubmit={form.handleSubmit} noValidate className="form">
        <DepartmentNameFields form={form} />
        {parents.length > 0 ? (
          <SelectField
            label={t('departments.parent')}
            name="parentId"
            hint={t('departments.moveHint')}
            value={form.values.parentId}
            onChange={(v) => form.setValue('parentId', v)}
            options={parents.map((d) => ({ value: d.id, label: l(d.fullName) }))}
            error={form.errors.parentId}
          />
        ) : null}
        {isSection ? (
          <>
            <TextAreaField
              label={t('departments.mission')}
              name="mission"
              hint={t('departments.missionHint')}
              markOptional
              rows={3}
              maxLength={DEPARTMENT_LIMITS.mission}
              value={form.values.mission}
              onChange={(v) => form.setValue('mission', v)}
              error={form.errors.mission}
            />
            <TextAreaField
              label={t('departments.keywords')}
              name="keywords"
              hint={t('departments.keywordsHint')}
              markOptional
              rows={4}
              value={form.values.keywords}
              onChange={(v) => form.setValue('keywords', v)}
              error={form.errors.keywords}
            />
          </>
        ) : null}
        <button type="submit" className="button" disabled={form.submitting}>
          {form.submitting ? ta('common.sending') : t('departments.save')}
        </button>
      </form>
      {isSection ? (
        <section className="department-preview" aria-labelledby={`preview-${department.id}`}>
          <h4 id={`preview-${department.id}`}>{t('departments.preview')}</h4>
          <p>{t('departments.previewIntro')}</p>
          <TextAreaField
            label={t('departments.sample')}
            name="sample"
            rows={3}
            maxLength={DEPARTMENT_LIMITS.sampleText}
            value={sample}
            onChange={setSample}
          />
          <button
            type="button"
            className="button button--ghost"
            disabled={preview.isPending || sample.trim() === ''}
            onClick={() =>
              preview.mutate({
                text: sample,
                profile: {
                  departmentId: department.id,
                  mission: form.values.mission,
                  keywords: parseKeywords(form.values.keywords),
                },
              })
            }
          >
            {t('departments.runPreview')}
          </button>
          {preview.isError ? (
            <Alert kind="error">{errorText(preview.error, ta('error.generic.body'))}</Alert>
          ) : null}
          {preview.data ? (
            preview.data.suggestions.length === 0 ? (
              <p aria-live="polite">{t('departments.previewNone')}</p>
            ) : (
              <ol className="department-preview__list" aria-live="polite">
                {preview.data.suggestions.map((s) => (
                  <li
                    key={s.department.id}
                    className={
                      s.department.id === department.id ? 'department-preview__self' : undefined
                    }
                  >
                    <strong>{l(s.department.fullName)}</strong>{' '}
                    {t('departments.previewScore', { score: s.score })}
                    {s.matchedWords.length > 0 ? (
                      <span className="audit-table__meta">
                        {t('departments.previewWords', { words: s.matchedWords.join('、') })}
                      </span>
                    ) : null}
                  </li>
                ))}
              </ol>
            )
          ) : null}
        </section>
      ) : null}
    </>
  );
}

/** Hand the open proposals and the themes in use to another 課, then retire. */
function RetirePanel({
  department,
  departments,
}: {
  department: AdminDepartment;
  departments: readonly AdminDepartment[];
}) {
  const t = useT(adminMessages);
  const ta = useT(appMessages);
  const { l } = useI18n();
  const handOver = useHandOverMutation();
  const retire = useRetireDepartmentMutation();
  const [target, setTarget] = useState('');
  const [moved, setMoved] = useState<{ moved: number; themes: number } | null>(null);
  const choices = handoverChoices(departments, department.id);
  const handOverError =
    handOver.isError && isApiError(handOver.error)
      ? (handOver.error.fieldErrors().toDepartmentId ?? handOver.error.message)
      : undefined;
  return (
    <section className="department-retire" aria-labelledby={`retire-${department.id}`}>
      <h4 id={`retire-${department.id}`}>{t('departments.retire')}</h4>
      {moved !== null ? (
        <Alert kind="success">
          {t('departments.handedOver', { count: moved.moved })}
          {moved.themes > 0 ? ` ${t('departments.handedOverThemes', { count: moved.themes })}` : ''}
        </Alert>
      ) : null}
      {department.openProposals > 0 || department.openThemes > 0 ? (
        <>
          {department.openProposals > 0 ? (
            <p>{t('departments.openProposals', { count: department.openProposals })}</p>
          ) : null}
          {department.openThemes > 0 ? (
            <p>{t('departments.openThemes', { count: department.openThemes })}</p>
          ) : null}
          <form
            className="form"
            onSubmit={(event) => {
              event.preventDefault();
              setMoved(null);
              handOver.mutate(
                { id: department.id, toDepartmentId: target },
                { onSuccess: (result) => setMoved(result) },
              );
            }}
          >
            <SelectField
              label={t('departments.handoverTo')}
              name="toDepartmentId"
              required
              placeholder={t('departments.chooseSection')}
              value={target}
              onChange={setTarget}
              options={choices.map((d) => ({ value: d.id, label: l(d.fullName) }))}
              error={handOverError}
            />
            <button type="submit" className="button" disabled={handOver.isPending || target === ''}>
              {handOver.isPending ? ta('common.sending') : t(handoverLabel(department))}
            </button>
          </form>
        </>
      ) : (
        <p>{t('departments.noOpenProposals')}</p>
      )}
      {retire.isError ? (
        <Alert kind="error">{errorText(retire.error, ta('error.generic.body'))}</Alert>
      ) : null}
      <button
        type="button"
        className="button button--danger"
        disabled={retire.isPending}
        onClick={() => {
          if (window.confirm(t('departments.retireConfirm', { name: l(department.fullName) }))) {
            retire.mutate(department.id);
          }
        }}
      >
        {t('departments.retireNamed', { name: l(department.name) })}
      </button>
    </section>
  );
}

/** One department, opened for changes (a retired one only says when it was retired). */
export function DepartmentEditor({
  department,
  departments,
}: {
  department: AdminDepartment;
  departments: readonly AdminDepartment[];
}) {
  const t = useT(adminMessages);
  if (department.retiredAt) {
    return <p>{t('departments.retiredNote')}</p>;
  }
  return (
    <div className="department-editor">
      <DetailsForm key={department.id} department={department} departments={departments} />
      {department.isCoordinatorDesk ? null : (
        <RetirePanel key={`r-${department.id}`} department={department} departments={departments} />
      )}
    </div>
  );
}
