import { appMessages } from '@kyoso/i18n/catalogues/app';
import { accountMessages } from '@kyoso/i18n/catalogues/account';
import { authMessages } from '@kyoso/i18n/catalogues/auth';
import { domainMessages } from '@kyoso/i18n/catalogues/domain';
import { ORGANIZATION_KINDS, updateOrganizationBodySchema } from '@kyoso/contracts/organizations';
import { SelectField, TextField } from '../../../components/ui/field';
import { Alert, ErrorSummary } from '../../../components/ui/feedback';
import { useForm } from '../../../lib/form';
import { useT } from '../../../lib/i18n';
import { useFocusWhen } from '../../../lib/use-focus-when';
import type { OrganizationResponse } from '../api/get-my-organization';
import { useUpdateOrganizationMutation } from '../api/update-organization';

/** The organisation's name, kind and corporate number (every member may change them). */
export function OrganizationForm({
  organization,
}: {
  organization: OrganizationResponse['organization'];
}) {
  const t = useT(accountMessages);
  const tu = useT(authMessages);
  const ta = useT(appMessages);
  const td = useT(domainMessages);
  const update = useUpdateOrganizationMutation();
  const savedRef = useFocusWhen(update.isSuccess);
  const form = useForm({
    schema: updateOrganizationBodySchema,
    initialValues: {
      name: organization.name,
      kind: organization.kind,
      corporateNumber: organization.corporateNumber ?? '',
    },
    onSubmit: async (values) => {
      await update.mutateAsync(values);
    },
  });
  return (
    <section className="card" aria-labelledby="org-heading">
      <h2 id="org-heading">{t('organization')}</h2>
      {update.isSuccess ? (
        <div ref={savedRef} tabIndex={-1}>
          <Alert kind="success">{ta('common.saved')}</Alert>
        </div>
      ) : null}
      <ErrorSummary errors={form.errors} message={form.formError} />
      <form onSubmit={form.handleSubmit} noValidate className="form">
        <TextField
          label={td('field.organization.name')}
          name="name"
          autoComplete="organization"
          required
          value={form.values.name}
          onChange={(v) => form.setValue('name', v)}
          error={form.errors.name}
        />
        <SelectField
          label={td('field.organization.kind')}
          name="kind"
          required
          value={form.values.kind}
          onChange={(v) =>
            form.setValue('kind', ORGANIZATION_KINDS.find((k) => k === v) ?? form.values.kind)
          }
          options={ORGANIZATION_KINDS.map((kind) => ({
            value: kind,
            label: td(`organizationKind.${kind}`),
          }))}
          error={form.errors.kind}
        />
        <TextField
          label={tu('organization.corporateNumber')}
          name="corporateNumber"
          markOptional
          inputMode="numeric"
          hint={tu('organization.corporateNumberHint')}
          value={form.values.corporateNumber}
          onChange={(v) => form.setValue('corporateNumber', v)}
          error={form.errors.corporateNumber}
        />
        <button type="submit" className="button" disabled={form.submitting}>
          {form.submitting ? ta('common.saving') : ta('common.save')}
        </button>
      </form>
    </section>
  );
}
