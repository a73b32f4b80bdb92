import { adminMessages } from '@kyoso/i18n/catalogues/admin';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { createNdaTemplateBodySchema, type NdaTemplate } from '@kyoso/contracts/ndas';
import { TextAreaField, TextField } from '../../../components/ui/field';
import { ErrorSummary } from '../../../components/ui/feedback';
import { useForm } from '../../../lib/form';
import { useT } from '../../../lib/i18n';
import { useCreateNdaTemplateMutation } from '../api/create-nda-template';
import type { NdaTemplateText } from '../api/get-standard-nda-template';

/** The limits the contract puts on a template (shown as counters). */
const LIMITS = { title: 200, body: 50_000 } as const;

/** A new version of the template, starting from the current one or the standard text. */
export function NdaTemplateForm({
  start,
  standard,
  known,
  onCreated,
}: {
  start: NdaTemplateText;
  standard: NdaTemplateText | undefined;
  known: readonly NdaTemplate[];
  onCreated: (template: NdaTemplate, reactivated: boolean) => void;
}) {
  const t = useT(adminMessages);
  const ta = useT(appMessages);
  const create = useCreateNdaTemplateMutation();
  const form = useForm({
    schema: createNdaTemplateBodySchema,
    initialValues: { title: start.title, body: start.body },
    onSubmit: async (values) => {
      const { template } = await create.mutateAsync(values);
      onCreated(
        template,
        known.some((k) => k.id === template.id),
      );
    },
  });
  return (
    <form className="form nda-template-form" onSubmit={form.handleSubmit} noValidate>
      <ErrorSummary errors={form.errors} message={form.formError} />
      <TextField
        label={t('ndaTemplates.title')}
        name="title"
        required
        maxLength={LIMITS.title}
        value={form.values.title}
        onChange={(v) => form.setValue('title', v)}
        error={form.errors.title}
      />
      <TextAreaField
        label={t('ndaTemplates.body')}
        name="body"
        required
        rows={24}
        maxLength={LIMITS.body}
        hint={t('ndaTemplates.bodyHint')}
        value={form.values.body}
        onChange={(v) => form.setValue('body', v)}
        error={form.errors.body}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={form.submitting}>
          {form.submitting ? ta('common.sending') : t('ndaTemplates.submit')}
        </button>
        {standard ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => form.setValues(() => ({ title: standard.title, body: standard.body }))}
          >
            {t('ndaTemplates.loadStandard')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
